package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.store.GraphStore;

/** Extraction on several threads gives the store and the order of a single-threaded run. */
class ParallelBuildTest {
    @Test
    void twoThreadsStoreTheSameQuadsInTheSameOrderAsOne(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus.jsonl");
        new CorpusGenerator(60, 7).writeJsonLines(corpus);
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());

        List<String> oneThreadOrder = build(pipeline, 1, temp.resolve("one"), List.of(corpus.toString(), good));
        List<String> twoThreadOrder = build(pipeline, 2, temp.resolve("two"), List.of(corpus.toString(), good));

        List<String> one = StoreContents.sortedNQuads(temp.resolve("one"));
        assertThat(StoreContents.articleIds(temp.resolve("one"))).hasSize(68);
        assertThat(StoreContents.sortedNQuads(temp.resolve("two"))).isEqualTo(one);
        assertThat(twoThreadOrder).isEqualTo(oneThreadOrder).hasSize(68 / 5 + 1);
    }

    /** Builds with n threads in batches of 5; returns the batches in the order they were committed. */
    private static List<String> build(ExtractionPipeline pipeline, int threads, Path store, List<String> inputs) {
        List<String> batches = Collections.synchronizedList(new ArrayList<>());
        BuildOptions options = BuildOptions.defaults().withThreads(threads).withBatchSize(5)
                .withListener((articles, first, last, stored) -> batches.add(first + ".." + last));
        GraphStore graphStore = GraphStore.open(store);
        try {
            BuildSummary summary = new Builder(pipeline, graphStore, options).build(inputs, InputStream.nullInputStream(), null);
            assertThat(summary.ok()).as(summary.problems().toString()).isTrue();
        } finally {
            StoreContents.release(graphStore);
        }
        return batches;
    }
}
