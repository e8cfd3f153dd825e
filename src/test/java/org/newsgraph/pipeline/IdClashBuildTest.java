package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.Problem;
import org.newsgraph.store.GraphStore;

/** No article overwrites another in silence: ids from paths and content, clashes kept apart and reported, --replace. */
class IdClashBuildTest {
    private static ExtractionPipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadModels() {
        pipeline = ExtractionPipeline.standard(List.of());
    }

    @Test
    void twoIndexPagesInDifferentFoldersAreBothStored() throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("world"));
        Files.createDirectories(site.resolve("sport"));
        Files.writeString(site.resolve("world/index.html"), "<html><body><article><p>Talks in Oslo.</p></article></body></html>");
        Files.writeString(site.resolve("sport/index.html"), "<html><body><article><p>A match in Rome.</p></article></body></html>");
        BuildSummary summary = build(BuildOptions.defaults(), site.toString());
        assertThat(summary.stored()).isEqualTo(2);
        assertThat(summary.problems()).isEmpty();
        assertThat(texts()).containsOnlyKeys("sport/index", "world/index");
    }

    @Test
    void anIdRepeatedInOneRunIsKeptUnderADerivedIdAndReported() throws Exception {
        Path lines = Files.writeString(temp.resolve("lines.jsonl"), """
                {"id": "a", "text": "First text."}
                {"id": "a", "text": "Second text."}
                {"id": "a", "text": "First text."}
                """);
        BuildSummary first = build(BuildOptions.defaults(), lines.toString());
        Map<String, String> texts = texts();
        assertThat(texts).hasSize(2).containsEntry("a", "First text.");
        String derived = texts.keySet().stream().filter(id -> !id.equals("a")).findFirst().orElseThrow();
        assertThat(derived).matches("a~[0-9a-f]{8}");
        assertThat(texts).containsEntry(derived, "Second text.");
        assertThat(first.problems()).extracting(Problem::toString).containsExactly(
                lines + ":2: id: id 'a' is already taken by another article of this run; this article is stored as '" + derived + "'",
                lines + ":3: id: article 'a' was read before in this run with the same text; skipped");
        assertThat(first.problems()).extracting(Problem::severity).containsExactly(Problem.Severity.WARNING, Problem.Severity.SKIPPED);
        assertThat(first).extracting(BuildSummary::read, BuildSummary::stored, BuildSummary::skipped, BuildSummary::failed)
                .containsExactly(3L, 2L, 1L, 0L);

        List<String> quads = StoreContents.sortedNQuads(temp.resolve("store"));
        build(BuildOptions.defaults(), lines.toString());
        assertThat(StoreContents.sortedNQuads(temp.resolve("store"))).as("building again adds nothing").isEqualTo(quads);
    }

    @Test
    void anArticleStoredWithAnotherTextIsKeptApartUnlessReplaced() throws Exception {
        Path v1 = Files.writeString(temp.resolve("v1.jsonl"), "{\"id\": \"a\", \"text\": \"First version.\"}\n");
        Path v2 = Files.writeString(temp.resolve("v2.jsonl"), "{\"id\": \"a\", \"text\": \"Second version.\"}\n");
        Path v3 = Files.writeString(temp.resolve("v3.jsonl"), "{\"id\": \"a\", \"text\": \"Third version.\"}\n");
        build(BuildOptions.defaults(), v1.toString());
        BuildSummary second = build(BuildOptions.defaults(), v2.toString());
        Map<String, String> texts = texts();
        assertThat(texts).hasSize(2).containsEntry("a", "First version.").containsValue("Second version.");
        assertThat(second.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(problem.message()).startsWith("id 'a' is already stored with another text; this article is stored as 'a~")
                    .endsWith("(build --replace replaces the stored one)");
        });

        List<String> quads = StoreContents.sortedNQuads(temp.resolve("store"));
        build(BuildOptions.defaults(), v1.toString(), v2.toString());
        assertThat(StoreContents.sortedNQuads(temp.resolve("store"))).as("building again adds nothing").isEqualTo(quads);

        BuildSummary replaced = build(BuildOptions.defaults().withReplace(true), v3.toString());
        assertThat(replaced.problems()).isEmpty();
        assertThat(texts()).hasSize(2).containsEntry("a", "Third version.").containsValue("Second version.");
    }

    @Test
    void eachRunOfStandardInputKeepsItsOwnArticle() throws Exception {
        buildStdin("Talks\nThe ministers met in Oslo.\n");
        buildStdin("Match\nThe teams met in Rome.\n");
        buildStdin("Talks\nThe ministers met in Oslo.\n");
        assertThat(texts()).hasSize(2).containsValues("The ministers met in Oslo.", "The teams met in Rome.");
    }

    private void buildStdin(String text) {
        build(BuildOptions.defaults(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-");
    }

    private BuildSummary build(BuildOptions options, String... inputs) {
        return build(options, InputStream.nullInputStream(), inputs);
    }

    private BuildSummary build(BuildOptions options, InputStream stdin, String... inputs) {
        GraphStore store = GraphStore.open(temp.resolve("store"));
        try {
            return new Builder(pipeline, store, options.withThreads(2)).build(List.of(inputs), stdin, null);
        } finally {
            StoreContents.release(store);
        }
    }

    /** Each stored article's text by its id. */
    private Map<String, String> texts() {
        GraphStore store = GraphStore.open(temp.resolve("store"));
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<String, String> texts = new TreeMap<>();
                String query = "PREFIX ng: <" + org.newsgraph.rdf.NG.NS + "> SELECT ?id ?text { GRAPH ?g { ?a ng:articleId ?id ; ng:text ?text } }";
                try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    execution.execSelect().forEachRemaining(row -> texts.put(row.getLiteral("id").getString(), row.getLiteral("text").getString()));
                }
                return texts;
            });
        } finally {
            StoreContents.release(store);
        }
    }
}
