package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.ingest.Problems;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.PartsLoader;
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
        "tdb2.xloader is faster (docs/scale.md). The exit status is 1 if anything failed."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PARTS", description = "N-Quads or TriG files, or folders holding them")
    List<String> parts;

    @Option(names = "--batch", defaultValue = "" + BuildOptions.DEFAULT_BATCH, description = "articles per store transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--replace", description = "an article stored with another text is replaced by the loaded one")
    boolean replace;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Problems problems = new Problems(err);
        List<Path> files = PartsLoader.parts(parts, problems);
        PartsLoader.Summary summary;
        try (GraphStore graphStore = StoreOption.announce(GraphStore.openForBuild(store.path()))) {
            summary = new PartsLoader(graphStore, batch, replace).load(files, problems);
        }
        err.println(summary);
        // a part that is missing or not RDF is an error too, reported before the load
        return problems.errors("load") == 0 ? 0 : 1;
    }
}
