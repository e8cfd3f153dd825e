package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.Builder;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph build INPUT...}: extract articles and load their facts into the store. */
@Command(name = "build", description = "Extract facts from articles (files, folders, - for stdin) into the store.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders (recursive) or - for standard input")
    List<String> inputs;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a folder of extra gazetteer files (same names as the bundled ones)")
    List<Path> gazetteers = List.of();

    @Option(names = "--batch", defaultValue = "64", description = "articles per store transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public Integer call() {
        ExtractionPipeline pipeline = ExtractionPipeline.standard(gazetteers);
        try (GraphStore graphStore = GraphStore.open(store.path())) {
            BuildSummary summary = new Builder(pipeline, graphStore, batch).build(inputs, System.in, System.err);
            System.err.println(summary);
            return summary.ok() ? 0 : 1;
        }
    }
}
