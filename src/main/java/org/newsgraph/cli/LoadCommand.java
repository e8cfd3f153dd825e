package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.ingest.Problems;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.PartsLoader;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph load PARTS...}: N-Quads of article graphs (a Spark job's output) into the store. */
@Command(name = "load", description = {
        "Load article graphs in N-Quads or TriG (.nq, .nq.gz, .trig; a folder: every such file in it, e.g. the",
        "output of bin/newsgraph-spark) into the store, creating it as build does. Each article's graph replaces",
        "the stored one, so loading again changes nothing; an article stored with another text is reported and",
        "kept unless --replace. For outputs of hundreds of millions of quads into a new store, Jena's",
        "tdb2.xloader is faster (docs/scale.md; run resolve after it). Then resolves entities across the store as",
        "build does. The exit status is 1 if anything failed."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PARTS", description = "N-Quads or TriG files, or folders holding them")
    List<String> parts;

    @Option(names = "--batch", defaultValue = "" + BuildOptions.DEFAULT_BATCH, description = "articles per store transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--replace", description = "an article stored with another text is replaced by the loaded one")
    boolean replace;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a dictionary folder, as for build: its persons.tsv is evidence for resolution")
    List<Path> gazetteers = List.of();

    @Mixin
    EntitiesOption entities;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        EntityRules rules = entities.rules();
        OfficeHolders dictionary = ResolveCommand.dictionary(gazetteers, err);
        Problems problems = new Problems(err);
        List<Path> files = PartsLoader.parts(parts, problems);
        try (GraphStore graphStore = StoreOption.announce(GraphStore.openForBuild(store.path()))) {
            err.println(new PartsLoader(graphStore, batch, replace).load(files, problems));
            // as after a build: the store's articles, loaded and earlier ones, resolved across the store in one transaction
            ResolveCommand.report(EntityResolution.run(graphStore, dictionary, rules), err);
        }
        // a part that is missing or not RDF is an error too, reported before the load
        return problems.errors("load") == 0 ? 0 : 1;
    }
}
