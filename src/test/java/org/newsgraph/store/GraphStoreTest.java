package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SampleArticles;

/** The TDB2 store on disk: replace, remove and failed batches, one article graph at a time. */
class GraphStoreTest {
    @TempDir
    Path folder;
    GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(folder.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replacingTheSameArticlesAgainChangesNothing() {
        store.replace(SampleArticles.all());
        Set<Quad> first = quads();
        store.replace(SampleArticles.all());
        assertThat(store.quadCount()).isEqualTo(first.size());
        assertThat(quads()).isEqualTo(first);
    }

    @Test
    void eachArticleIsANamedGraphAndTheDefaultGraphIsTheirUnion() {
        store.replace(SampleArticles.all());
        Txn.executeRead(store.dataset(), () -> {
            assertThat(store.dataset().listNames()).toIterable()
                    .containsExactlyInAnyOrder(graphOf("sample-fisheries").getURI(), graphOf("sample-talks").getURI(),
                            graphOf("sample-empty").getURI());
            // shared entities are described in two graphs, so the union is smaller than the sum of the graphs
            long union = store.dataset().getUnionModel().size();
            assertThat(union).isPositive().isLessThan(store.quadCount());
        });
    }

    @Test
    void anOpenBatchIsSeenByReadersOnlyOnceCommittedAndLeavesNothingWhenAbandoned() throws Exception {
        try (ArticleStore.Batch batch = store.openBatch(Loader.TRANSACTIONAL)) {
            batch.add(SampleArticles.fisheries());
            // a reader on another thread sees the store as it was before the batch
            assertThat(onAnotherThread(store::quadCount)).isZero();
            batch.add(SampleArticles.talks());
            batch.commit();
        }
        long committed = store.quadCount();
        assertThat(committed).isPositive();

        try (ArticleStore.Batch abandoned = store.openBatch(Loader.TRANSACTIONAL)) {
            abandoned.add(SampleArticles.empty());
        }
        assertThat(store.quadCount()).isEqualTo(committed);
        assertThat(quadsOf("sample-empty")).isEmpty();
    }

    private static <T> T onAnotherThread(java.util.concurrent.Callable<T> read) throws Exception {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return pool.submit(read).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void replacingAnArticleDropsItsOldFacts() {
        store.replace(SampleArticles.all());
        ArticleFacts fisheries = SampleArticles.fisheries();
        ArticleFacts fewer = new ArticleFacts(fisheries.article(), fisheries.facts().subList(0, 1));
        Set<Quad> talksBefore = quadsOf("sample-talks");

        store.replace(List.of(fewer));

        assertThat(factsIn("sample-fisheries")).isEqualTo(1);
        assertThat(quadsOf("sample-talks")).isEqualTo(talksBefore);
        // nothing of the old facts is left: a fresh store holding the same articles has the same quads
        Set<Quad> replaced = quads();
        try (GraphStore fresh = GraphStore.open(folder.resolve("fresh"))) {
            fresh.replace(List.of(fewer, SampleArticles.talks(), SampleArticles.empty()));
            Set<Quad> rebuilt = Txn.calculateRead(fresh.dataset(), () -> fresh.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
            assertThat(rebuilt).isEqualTo(replaced);
        }
    }

    @Test
    void removeDropsExactlyThatArticle() {
        store.replace(SampleArticles.all());
        Set<Quad> talks = quadsOf("sample-talks");
        Set<Quad> empty = quadsOf("sample-empty");

        assertThat(store.remove("sample-fisheries")).isTrue();

        assertThat(quadsOf("sample-fisheries")).isEmpty();
        assertThat(quads()).isEqualTo(union(talks, empty));
        assertThat(store.remove("sample-fisheries")).as("already gone").isFalse();
        assertThat(store.remove("no-such-article")).isFalse();
        assertThat(quads()).isEqualTo(union(talks, empty));
    }

    @Test
    void aBatchThatFailsMidwayLeavesTheStoreAsBefore() {
        store.replace(List.of(SampleArticles.talks()));
        Set<Quad> before = quads();
        // the third article cannot be produced: the first two are already written inside the transaction
        List<ArticleFacts> failing = new AbstractList<>() {
            @Override
            public ArticleFacts get(int index) {
                if (index == 2) {
                    throw new IllegalStateException("input failed midway");
                }
                return index == 0 ? SampleArticles.fisheries() : SampleArticles.empty();
            }

            @Override
            public int size() {
                return 3;
            }
        };

        assertThatThrownBy(() -> store.replace(failing)).hasMessageContaining("input failed midway");

        assertThat(quads()).isEqualTo(before);
        assertThat(quadsOf("sample-fisheries")).isEmpty();
        store.replace(List.of(SampleArticles.fisheries()));
        assertThat(factsIn("sample-fisheries")).as("the store is usable after the failure").isEqualTo(7);
    }

    @Test
    void theBulkLoaderStoresWhatTransactionsStoreAndReplacesArticlesStoredBefore() {
        store.replace(SampleArticles.all());
        Set<Quad> transactional = quads();
        ArticleFacts fisheries = SampleArticles.fisheries();
        ArticleFacts fewer = new ArticleFacts(fisheries.article(), fisheries.facts().subList(0, 1));
        try (GraphStore bulk = GraphStore.open(folder.resolve("bulk"))) {
            bulk.write(List.of(fewer, SampleArticles.talks()), Loader.BULK);
            bulk.write(SampleArticles.all(), Loader.BULK);
            Set<Quad> loaded = Txn.calculateRead(bulk.dataset(), () -> bulk.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
            assertThat(loaded).isEqualTo(transactional);
            // the store takes ordinary transactions again afterwards
            bulk.write(List.of(fewer), Loader.TRANSACTIONAL);
            assertThat(bulk.quadCount()).isLessThan(transactional.size());
        }
    }

    @Test
    void aStoreBuiltWithSmallCachesReadsBackWithTheDefaultOnes() {
        Path built = folder.resolve("built");
        Set<Quad> written;
        try (GraphStore store = GraphStore.openForBuild(built)) {
            store.replace(SampleArticles.all());
            written = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
            org.apache.jena.tdb2.sys.TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        try (GraphStore reopened = GraphStore.open(built)) {
            assertThat(Txn.calculateRead(reopened.dataset(), () -> reopened.dataset().asDatasetGraph().stream().collect(Collectors.toSet())))
                    .isEqualTo(written);
        }
    }

    @Test
    void theStoreKeepsItsContentAcrossReopening() {
        store.replace(SampleArticles.all());
        Set<Quad> written = quads();
        // drop TDB2's cached connection so the reopened store really reads the files on disk
        org.apache.jena.tdb2.sys.TDBInternal.expel(store.dataset().asDatasetGraph());
        store.close();
        store = GraphStore.open(folder.resolve("store"));
        assertThat(quads()).isEqualTo(written);
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
    }

    private Set<Quad> quadsOf(String articleId) {
        return Txn.calculateRead(store.dataset(), () ->
                store.dataset().asDatasetGraph().stream(graphOf(articleId), Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet()));
    }

    private long factsIn(String articleId) {
        return quadsOf(articleId).stream()
                .filter(q -> q.getPredicate().getURI().equals(org.apache.jena.vocabulary.RDF.type.getURI())
                        && q.getObject().equals(NG.Fact.asNode()))
                .count();
    }

    private static Node graphOf(String articleId) {
        return GraphStore.graphOf(articleId);
    }

    private static Set<Quad> union(Set<Quad> one, Set<Quad> other) {
        Set<Quad> both = new java.util.HashSet<>(one);
        both.addAll(other);
        return both;
    }
}
