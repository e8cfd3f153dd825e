package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page-reading benchmark (src/bench/pages: news pages in the layouts of common sites, each carrying a failure
 * of issue 12) stays read as well as it is now: `bin/newsgraph eval-pages src/bench/pages --errors` says where not.
 */
class PageBenchmarkTest {
    private static final Path PAGES = Path.of(System.getProperty("newsgraph.root", "."), "src/bench/pages");

    @Test
    void readsTheBenchmarkPages() throws Exception {
        List<PageBenchmark.Result> results = PageBenchmark.run(PageBenchmark.load(PAGES), 4);
        String errors = PageBenchmark.errors(results);
        assertThat(results).hasSize(40);
        assertThat(results).as(errors).noneMatch(PageBenchmark.Result::refused);
        double[] body = BodyOverlap.mean(results.stream().map(PageBenchmark.Result::overlap).toList());
        assertThat(body[2]).as("body F1\n" + errors).isGreaterThanOrEqualTo(0.97);
        assertThat(results).as("pages read with body F1 below 0.8\n" + errors).allMatch(r -> r.overlap().f1() >= 0.8);
        List<PageBenchmark.Result> dated = results.stream().filter(r -> r.expected().published() != null).toList();
        assertThat(dated).as("dates\n" + errors).allMatch(r -> r.expected().published().equals(r.date()));
        assertThat(results).as("no date invented\n" + errors).filteredOn(r -> r.expected().published() == null)
                .allMatch(r -> r.date() == null);
        assertThat(results.stream().filter(PageBenchmark.Result::titleRight).count()).as("titles\n" + errors).isGreaterThanOrEqualTo(38);
        assertThat(results).as("languages\n" + errors).allMatch(r -> r.expected().language().equals("en")
                ? r.problems().stream().noneMatch(p -> p.stage().equals("language")) : r.languageReported());
    }

    @Test
    void readsTheLayoutOfThePublicBenchmark(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"Minister Anna Lindqvist spoke in "
                + "Oslo on Monday about fishing quotas.\", \"url\": \"https://x.example/1\"}}");
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write("<html><body><article><h1>Quotas</h1><p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<PageBenchmark.Result> results = PageBenchmark.run(PageBenchmark.load(dir), 4);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.overlap().f1()).isEqualTo(1.0));
        assertThat(PageBenchmark.report(results, 4)).startsWith("pages     1\nbody      P 1.000  R 1.000  F1 1.000");
    }
}
