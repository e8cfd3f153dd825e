package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.Problem;
import org.newsgraph.store.GraphStore;

/** Inputs built to hurt a run: none ends it, none takes the good articles with it, each is reported on its line. */
class HostileInputBuildTest {
    private static ExtractionPipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadModels() {
        pipeline = ExtractionPipeline.standard(List.of());
    }

    @Test
    void aFolderOfGoodArticlesAndOneHugeFileStoresEveryGoodArticle() throws Exception {
        Path corpus = goodArticles(5);
        Path bomb = corpus.resolve("c-bomb.txt.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] line = "All work and no play makes a dull article.\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 4 << 20; written += line.length) {
                out.write(line);
            }
        }
        BuildSummary summary = build(BuildOptions.defaults().withMaxBytes(1 << 20).withBatchSize(2), corpus.toString());
        assertThat(StoreContents.articleIds(temp.resolve("store"))).hasSize(5).allMatch(id -> id.startsWith("good-"));
        assertThat(summary.problems()).extracting(Problem::toString).containsExactly(bomb
                + ": read: larger than the limit of 1,048,576 bytes once decompressed (--max-bytes): skipped without reading the rest");
        assertThat(summary).extracting(BuildSummary::stored, BuildSummary::skipped, BuildSummary::failed).containsExactly(5L, 1L, 0L);
        assertThat(summary.ok()).isTrue();
    }

    @Test
    void theTitleCountsTowardsMaxChars() throws Exception {
        Path file = Files.writeString(temp.resolve("long-title.txt"), "Headline ".repeat(50) + "\n\nShort body.\n");
        BuildSummary summary = build(BuildOptions.defaults().withMaxChars(100), file.toString());
        assertThat(summary.stored()).isZero();
        assertThat(summary.problems()).extracting(Problem::toString).containsExactly(file
                + ": read: article 'long-title' has 460 characters with its title, over the limit of 100 (--max-chars); skipped");
    }

    @Test
    void anImpossiblePublicationDateIsDroppedAndTheArticleStored() throws Exception {
        Path file = Files.writeString(temp.resolve("year-zero.txt"), """
                Friendship treaty signed
                published: 0000-01-01

                Russia and China signed the Treaty of Friendship on Tuesday in Moscow.
                """);
        BuildSummary summary = build(BuildOptions.defaults(), file.toString());
        assertThat(summary).extracting(BuildSummary::stored, BuildSummary::failed).containsExactly(1L, 0L);
        assertThat(summary.facts()).isPositive();
        assertThat(summary.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(problem.toString()).startsWith(file + ":2: read: impossible date '0000-01-01'");
        });
    }

    @Test
    void anExtractionErrorFailsThatArticleOnly() throws Exception {
        Path corpus = goodArticles(4);
        Files.writeString(corpus.resolve("good-1.txt"), "Cursed\n\nThe word BOOM breaks the extractor.\n");
        List<Extractor> extractors = new ArrayList<>(ExtractionPipeline.builtInExtractors());
        extractors.add(new Extractor() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public List<org.newsgraph.model.Fact> extract(org.newsgraph.extract.ArticleContext context) {
                if (context.article().text().contains("BOOM")) {
                    throw new IllegalStateException("extractor bug");
                }
                return List.of();
            }
        });
        ExtractionPipeline breaking = new ExtractionPipeline(pipeline.models(), pipeline.gazetteer(), extractors);
        BuildSummary summary;
        GraphStore store = GraphStore.open(temp.resolve("store"));
        try {
            summary = new Builder(breaking, store, BuildOptions.defaults().withThreads(2).withBatchSize(2))
                    .build(List.of(corpus.toString()), InputStream.nullInputStream(), null);
        } finally {
            StoreContents.release(store);
        }
        assertThat(StoreContents.articleIds(temp.resolve("store"))).containsExactlyInAnyOrder("good-0", "good-2", "good-3");
        assertThat(summary.stoppedEarly()).isFalse();
        assertThat(summary.problems()).extracting(Problem::toString).containsExactly(corpus.resolve("good-1.txt")
                + ": extract: article 'good-1': java.lang.IllegalStateException: extractor bug");
    }

    @Test
    void aStoreInsideTheInputFolderIsNotRead() throws Exception {
        Path project = goodArticles(3);
        Path store = project.resolve("output/store");
        build(store, BuildOptions.defaults(), project.toString());
        // built again from the folder that now holds the store, into that very store: as `build .` at the project root
        BuildSummary again = build(store, BuildOptions.defaults(), project.toString());
        assertThat(again.problems()).extracting(Problem::toString).containsExactly(store + ": read: a TDB2 store, not articles: its files are not read");
        assertThat(again).extracting(BuildSummary::read, BuildSummary::failed).containsExactly(3L, 0L);
        assertThat(StoreContents.articleIds(store)).containsExactlyInAnyOrder("good-0", "good-1", "good-2");
    }

    /** A folder of n short articles good-0.txt ... */
    private Path goodArticles(int n) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < n; i++) {
            Files.writeString(corpus.resolve("good-" + i + ".txt"), "Article " + i + "\n\nFrench President Emmanuel Macron met "
                    + "German Chancellor Olaf Scholz in Berlin on day " + i + ".\n");
        }
        return corpus;
    }

    private BuildSummary build(BuildOptions options, String... inputs) {
        return build(temp.resolve("store"), options, inputs);
    }

    private BuildSummary build(Path storeDir, BuildOptions options, String... inputs) {
        GraphStore store = GraphStore.open(storeDir);
        try {
            return new Builder(pipeline, store, options.withThreads(2)).build(List.of(inputs), InputStream.nullInputStream(), null);
        } finally {
            StoreContents.release(store);
        }
    }
}
