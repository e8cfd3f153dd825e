package org.newsgraph.cli;

import java.nio.file.Path;

import org.newsgraph.resolve.EntityRules;
import picocli.CommandLine.Option;

/** The {@code --entities FILE} option of build, load and resolve: the user's merges and splits across articles. */
public final class EntitiesOption {
    @Option(names = "--entities", paramLabel = "FILE", description = {"merges and splits that override resolution across articles",
            "(merge<TAB>NAME<TAB>NAME..., split<TAB>NAME[<TAB>ARTICLE-ID]; README: One entity across articles); the store",
            "keeps them for later runs until another file is given, and an empty file drops them"})
    Path file;

    /**
     * The file's rules, or null when none was given (those the store keeps apply). A file with errors throws
     * {@link EntityRules.RulesException}: {@link Main} prints every problem and exits with status 2.
     */
    EntityRules rules() {
        return file == null ? null : EntityRules.read(file);
    }
}
