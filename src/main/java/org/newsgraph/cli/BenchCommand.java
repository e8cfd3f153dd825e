package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsgraph.pipeline.Benchmark;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.ResolutionBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench}: how fast the NLP pass, extraction, the build and loading are, in one run. */
@Command(name = "bench", description = {
        "Measure on one corpus: the bare OpenNLP pass, extraction, the whole build with 1 and N threads, our",
        "loading against Jena's TDB2 loaders, and the heap at 10%% and 100%% of the build."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "articles to generate (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--input", paramLabel = "FILE", description = "measure on these inputs instead of a generated corpus")
    List<String> inputs = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "threads of the multi-threaded build (default: the number of cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_BATCH, description = "articles per store transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--work", paramLabel = "DIR", description = "where the corpus and stores go (default: a temporary folder, removed after)")
    Path work;

    @Option(names = "--resolution", paramLabel = "N", split = ",", description = {"only time resolution across the store, on stores of",
            "N synthetic articles each (no NLP pass): e.g. --resolution 10000,100000"})
    List<Integer> resolution = List.of();

    @Override
    public Integer call() throws IOException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-bench");
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            if (!resolution.isEmpty()) {
                resolution.forEach(size -> ResolutionBench.run(size, dir, System.out));
                return 0;
            }
            new Benchmark(new Benchmark.Settings(articles, inputs, n, batch, dir), System.out).run();
        } finally {
            if (work == null) {
                delete(dir);
            }
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
