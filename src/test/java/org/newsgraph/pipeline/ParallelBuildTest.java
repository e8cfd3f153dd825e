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
import org.newsgraph.store.Loader;

/** Extraction on several threads, and the bulk loader, give the store and the order of a single-threaded run. */
class ParallelBuildTest {
    @Test
    void twoThreadsStoreTheSameQuadsInTheSameOrderAsOne(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus.jsonl");
        new CorpusGenerator(60, 7).writeJsonLines(corpus);
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());

        List<String> inputs = List.of(corpus.toString(), good);
        List<String> oneThreadOrder = build(pipeline, 1, temp.resolve("one"), inputs, Loader.TRANSACTIONAL);
        List<String> twoThreadOrder = build(pipeline, 2, temp.resolve("two"), inputs, Loader.TRANSACTIONAL);
        List<String> bulkOrder = build(pipeline, 2, temp.resolve("bulk"), inputs, Loader.BULK);

        List<String> one = StoreContents.sortedNQuads(temp.resolve("one"));
        assertThat(StoreContents.articleIds(temp.resolve("one"))).hasSize(68);
        assertThat(StoreContents.sortedNQuads(temp.resolve("two"))).isEqualTo(one);
        assertThat(twoThreadOrder).isEqualTo(oneThreadOrder).hasSize(68 / 5 + 1);
        assertThat(StoreContents.sortedNQuads(temp.resolve("bulk"))).as("--loader bulk").isEqualTo(one);
        assertThat(bulkOrder).isEqualTo(oneThreadOrder);
    }

    /** Builds with n threads in batches of 5 through the loader; returns the batches in the order they were committed. */
    private static List<String> build(ExtractionPipeline pipeline, int threads, Path store, List<String> inputs, Loader loader) {
        List<String> batches = Collections.synchronizedList(new ArrayList<>());
        BuildOptions options = BuildOptions.defaults().withThreads(threads).withBatchSize(5).withLoader(loader)
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
