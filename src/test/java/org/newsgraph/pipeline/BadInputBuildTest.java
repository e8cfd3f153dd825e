package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.Problem;
import org.newsgraph.store.GraphStore;

/** A build over a corpus of broken files beside good ones: each failure is named and explained, no good article is lost. */
class BadInputBuildTest {
    /** Each bad input and what its one-line report must say. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("empty.txt", "empty.txt: read: empty file"),
            Map.entry("image.dat", "image.dat: read: binary file, not text"),
            Map.entry("utf16.txt", "utf16.txt: read: UTF-16 text: newsgraph reads UTF-8"),
            Map.entry("invalid-utf8.txt", "invalid-utf8.txt:4: read: invalid UTF-8"),
            Map.entry("invalid-utf8.jsonl", "invalid-utf8.jsonl:1: read: invalid UTF-8"),
            Map.entry("malformed.jsonl", "malformed.jsonl:1: read: malformed JSON"),
            Map.entry("no-text.jsonl", "no-text.jsonl:1: read: article 'nt1' has no \"text\""),
            Map.entry("no-id.jsonl", "no-id.jsonl:1: read: article without \"id\""),
            Map.entry("not-object.jsonl", "not-object.jsonl:1: read: a JSON object is expected, found array"),
            Map.entry("text-not-string.jsonl", "text-not-string.jsonl:1: read: article 'tns': \"text\" is a JSON object, not a string"),
            Map.entry("pretty-printed.jsonl", "pretty-printed.jsonl:1: read: not JSON Lines"),
            Map.entry("title-only.txt", "title-only.txt:1: read: empty article"),
            Map.entry("too-long.jsonl", "too-long.jsonl:1: read: article 'long' has 6,720 characters, over the limit of 5,000 (--max-chars); skipped"),
            Map.entry("nav-only.html", "nav-only.html: read: no article body"),
            Map.entry("scripts-only.html", "scripts-only.html: read: no article body"),
            Map.entry("not-xml.rss", "not-xml.rss:1: read: feed is not well-formed XML: Content is not allowed in prolog"),
            Map.entry("truncated.rss", "truncated.rss:4: read: feed is not well-formed XML: XML document structures must start and end within the same entity. (the 1 whole item(s) before it were read)"),
            Map.entry("html-root.xml", "html-root.xml:2: read: not an RSS or Atom feed: the root element is <html>"),
            Map.entry("empty-item.rss", "empty-item.rss:3 (item 1): read: empty article: the item has no description or content"),
            Map.entry("no-entries.atom", "no-entries.atom: read: empty feed"),
            Map.entry("xxe.rss", "xxe.rss:4: read: feed is not well-formed XML: The entity \"xxe\" was referenced, but not declared."),
            Map.entry("not-gzip.jsonl.gz", "not-gzip.jsonl.gz: read: not a gzip file"),
            Map.entry("truncated.jsonl.gz", "truncated.jsonl.gz: read: gzip data is corrupt or cut short"),
            Map.entry("mixed.jsonl", "mixed.jsonl:2: read: malformed JSON")));

    /** The articles of good-input/ and the good parts of bad-input/ (mixed.jsonl, the whole item of truncated.rss). */
    private static final Set<String> GOOD_IDS = Set.of("plain", "https://times.example/trade-deal", "https://wire.example/1", "https://wire.example/2",
            "urn:atom-desk:1", "jl-1", "jl-2", "gz-1", "mixed-1", "mixed-3", "cut-1");

    private static ExtractionPipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = ExtractionPipeline.standard(List.of());
    }

    @Test
    void reportsEveryBadInputOnOneLineAndStoresExactlyTheGoodArticles(@TempDir Path temp) throws Exception {
        Path bad = resource("bad-input");
        Path good = resource("good-input");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        BuildSummary summary;
        try (GraphStore store = GraphStore.open(temp.resolve("store"))) {
            BuildOptions options = BuildOptions.defaults().withThreads(2).withBatchSize(4).withMaxChars(5000);
            summary = new Builder(pipeline, store, options).build(List.of(bad.toString(), good.toString()),
                    InputStream.nullInputStream(), new PrintStream(errors, true, StandardCharsets.UTF_8));
        }

        assertThat(EXPECTED).hasSizeGreaterThanOrEqualTo(20);
        try (Stream<Path> files = Files.list(bad)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("every bad input has its expected report")
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
        List<String> report = errors.toString(StandardCharsets.UTF_8).lines().toList();
        for (var expected : EXPECTED.entrySet()) {
            assertThat(report).as("report for " + expected.getKey())
                    .anySatisfy(line -> assertThat(line).contains(bad.resolve(expected.getValue()).toString()));
        }
        assertThat(report).as("one line per problem, each naming its file")
                .allSatisfy(line -> assertThat(line).matches("(error|warning|skipped): " + java.util.regex.Pattern.quote(bad.toString()) + ".*"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("warning: ").contains("mixed.jsonl:3").contains("'last Tuesday'"));

        assertThat(StoreContents.articleIds(temp.resolve("store"))).containsExactlyInAnyOrderElementsOf(GOOD_IDS);
        long errorCount = summary.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        assertThat(summary.read()).isEqualTo(GOOD_IDS.size() + 1);
        assertThat(summary.stored()).isEqualTo(GOOD_IDS.size());
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(errorCount).isEqualTo(EXPECTED.size() - 1);
        assertThat(summary.ok()).isFalse();
    }

    @Test
    void goodInputAloneBuildsWithoutProblems(@TempDir Path temp) throws Exception {
        BuildSummary summary;
        try (GraphStore store = GraphStore.open(temp.resolve("store"))) {
            summary = new Builder(pipeline, store, BuildOptions.defaults())
                    .build(List.of(resource("good-input").toString()), InputStream.nullInputStream(), null);
        }
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.ok()).isTrue();
        assertThat(summary.stored()).isEqualTo(8);
    }

    @Test
    void failFastStopsAtTheFirstError(@TempDir Path temp) throws Exception {
        BuildSummary summary;
        try (GraphStore store = GraphStore.open(temp.resolve("store"))) {
            summary = new Builder(pipeline, store, BuildOptions.defaults().withFailFast(true))
                    .build(List.of(resource("bad-input").toString()), InputStream.nullInputStream(), null);
        }
        assertThat(summary.stoppedEarly()).isTrue();
        assertThat(summary.ok()).isFalse();
        assertThat(summary.problems()).hasSize(1);
        // files are read in name order: empty-item.rss is the first bad one
        assertThat(summary.problems().get(0).location()).endsWith("empty-item.rss:3 (item 1)");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BadInputBuildTest.class.getResource("/" + name).toURI());
    }
}
