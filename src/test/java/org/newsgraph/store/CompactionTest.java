package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.SampleArticles;

/** Compaction keeps what the store holds, in one new generation, and frees what replaced batches left. */
class CompactionTest {
    @TempDir
    Path folder;

    @Test
    void compactionKeepsTheDataInOneNewGenerationAndFreesSpace() throws IOException {
        Path dir = folder.resolve("store");
        GraphStore store = GraphStore.open(dir);
        for (int batch = 0; batch < 40; batch++) {
            store.replace(SampleArticles.all()); // each batch leaves the blocks it replaced behind
        }
        Set<Quad> held = quads(store);
        OptionalLong before = StoreFolder.diskUse(dir);

        store.compact();
        assertThat(quads(store)).isEqualTo(held);
        assertThat(generations(dir)).containsExactly("Data-0002");
        OptionalLong after = StoreFolder.diskUse(dir);
        if (before.isPresent() && after.isPresent()) {
            assertThat(after.getAsLong()).isLessThan(before.getAsLong());
        }
        store.replace(SampleArticles.all()); // and it takes writes again
        TDBInternal.expel(store.dataset().asDatasetGraph());

        GraphStore reopened = GraphStore.open(dir);
        try {
            assertThat(quads(reopened)).isEqualTo(held);
        } finally {
            TDBInternal.expel(reopened.dataset().asDatasetGraph());
        }
    }

    @Test
    void generationsAKilledCompactionLeftAreDeletedByTheNext() throws IOException {
        Path dir = JenaJournal.sampleStore(folder.resolve("store"));
        GraphStore store = GraphStore.open(dir);
        store.compact();
        // a compaction killed after it switched to its new generation leaves the old one behind
        Files.createDirectories(dir.resolve("Data-0001"));
        Files.writeString(dir.resolve("Data-0001").resolve("SPO.dat"), "left behind");
        store.compact();
        assertThat(generations(dir)).containsExactly("Data-0003");
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }

    private static Set<Quad> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
    }

    private static Set<String> generations(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(entry -> entry.getFileName().toString()).filter(name -> name.startsWith("Data-")).collect(Collectors.toSet());
        }
    }
}
