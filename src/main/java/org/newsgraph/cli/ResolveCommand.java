package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph resolve}: resolution across the store's articles again, with a new file of merges and splits. */
@Command(name = "resolve", description = {
        "Resolve the store's persons, organisations and treaties across articles again (build does it after storing),",
        "with the user's merges and splits of --entities FILE, or those the store keeps. One transaction: a run",
        "stopped before it commits leaves the store as it was."})
public final class ResolveCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--entities", paramLabel = "FILE", description = {"merges and splits (merge<TAB>NAME<TAB>NAME, split<TAB>NAME[<TAB>ARTICLE-ID]);",
            "an empty file drops the rules the store keeps"})
    Path entities;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a dictionary folder, as for build: its persons.tsv is evidence too")
    List<Path> gazetteers = List.of();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        EntityRules rules;
        try {
            rules = entities == null ? null : EntityRules.read(entities);
        } catch (EntityRules.RulesException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        var server = store.server("resolve");
        if (server.isPresent()) {
            report(server.get().resolve(gazetteers, rules), err);
            return 0;
        }
        Gazetteer gazetteer = Gazetteer.load(text -> text.strip().split("\\s+"), gazetteers);
        try (GraphStore graphStore = store.open()) {
            report(EntityResolution.run(graphStore, gazetteer.officeHolders(), rules), err);
        }
        return 0;
    }

    static void report(EntityResolution.Report report, PrintStream err) {
        report.notes().forEach(note -> err.println("note: " + note));
        err.println(report);
    }
}
