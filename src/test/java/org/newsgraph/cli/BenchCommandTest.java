package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Not a timing test: only that the benchmark runs on a tiny corpus and reports every measure. */
class BenchCommandTest {
    @Test
    void benchOnTwentyArticlesPrintsEveryMeasure(@TempDir Path work) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.run("bench", "--articles", "20", "--threads", "2", "--work", work.toString());
        } finally {
            System.setOut(original);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("corpus: 20 generated articles",
                "bare OpenNLP (sentences+tokens+POS), 1 thread: 20 articles",
                "extraction (annotation, lemmas, extractors), 1 thread: 20 articles", "extraction, 2 threads: 20 articles",
                "whole build into a fresh TDB2 store, 1 thread: 20 articles",
                "whole build into a fresh TDB2 store, 2 threads: 20 articles",
                "at 100%: live heap after GC", "live heap at 100% / at 10% of the build:",
                "loading, round 2 of 2", "ours, transactional (default): one transaction per", "ours, --loader bulk:",
                "Jena: TDB2 LoaderFactory.createLoader", "Jena: TDB2 LoaderFactory.parallelLoader", "Jena: TDB2 LoaderFactory.basicLoader",
                "whole build / bare OpenNLP (1 thread):", "our loading / Jena's default TDB2 loader", "transactional / Jena's basic loader:",
                "extraction with 2 threads / 1 thread:", "build with 2 threads / 1 thread:", "resolution across the store after the build: resolved");
        assertThat(report).containsPattern("tokens/s").containsPattern("[0-9,]+ quads/s").containsPattern("at [0-9]+% \\([0-9]+ articles\\): live heap");
    }

    @Test
    void benchOfResolutionAloneTimesBothRunsAtEachSize(@TempDir Path work) {
        CommandRun run = CommandRun.of("bench", "--resolution", "40,80", "--work", work.toString());
        assertThat(run.exit).as(run.out + run.err).isZero();
        assertThat(run.out).contains("resolution across the store, 40 synthetic articles", "resolution across the store, 80 synthetic articles")
                .containsPattern("second run: resolved 240 entities of 80 articles into [0-9]+ nodes .*; 0 article graphs repointed")
                .contains("CPU time of the process:");
    }
}
