package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.SampleArticles;
import org.newsgraph.store.GraphStore;

/** The web view's snapshot follows the store's writes, whichever request thread notices them. */
class ViewDataTest {
    @TempDir
    Path folder;

    @Test
    void everyWriteIsReadInTheBackgroundWhoeverAsks() throws Exception {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            ViewData view = new ViewData(store.dataset(), Duration.ofSeconds(30));
            view.snapshot();
            ExecutorService first = Executors.newSingleThreadExecutor();
            ExecutorService second = Executors.newSingleThreadExecutor();
            try {
                store.replace(List.of(SampleArticles.fisheries()));
                awaitCurrent(store, view, first);
                // a later write noticed by another thread is read too (a lock taken by one thread and released by
                // the background reader once left every other thread waiting for ever)
                store.replace(List.of(SampleArticles.talks()));
                awaitCurrent(store, view, second);
            } finally {
                first.shutdownNow();
                second.shutdownNow();
            }
        }
    }

    private static void awaitCurrent(GraphStore store, ViewData view, ExecutorService asker) throws Exception {
        long version = Txn.calculateRead(store.dataset(), () -> StoreVersion.current(store.dataset()));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (asker.submit(() -> view.snapshot().index().version()).get() != version) {
            assertThat(System.nanoTime()).as("the view reads store version %d", version).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
