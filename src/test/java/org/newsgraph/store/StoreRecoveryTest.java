package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose journal a kill tore opens again with its committed data, after the torn entry is cut off and
 * the journal copied; whole entries are never cut, damage is refused, and a store in use is never touched.
 */
class StoreRecoveryTest {
    @TempDir
    Path folder;
    Path store;
    Set<Quad> committed;
    /** One prepare's REDO entries and the COMMIT, as Jena writes them: 24 bytes is a B+tree's state. */
    final JenaJournal commit = JenaJournal.write(true, 24, 24, 8);

    @BeforeEach
    void sampleStore() {
        store = JenaJournal.sampleStore(folder.resolve("store"));
        committed = quads(store);
    }

    /** Jena's side of it, and the reproduction in docs/upstream/: if this fails, TDB2 recovers by itself now. */
    @Test
    void tdb2AloneCannotOpenAStoreWhoseJournalEndsInATornEntry() throws IOException {
        JenaJournal.append(store, commit.cut(commit.writeEnds().get(0))); // killed after the first header
        assertThatThrownBy(() -> DatabaseMgr.connectDatasetGraph(Location.create(store)))
                .isInstanceOf(TransactionException.class)
                .hasMessage("Failed to read the journal entry data: wanted 24 bytes, got -1");
    }

    @Test
    void openingCutsATornLastEntryAfterCopyingTheJournalAndSaysSo() throws IOException {
        byte[] torn = commit.cut(commit.writeEnds().get(2)); // a whole entry, then the header of the second
        JenaJournal.append(store, torn);

        GraphStore reopened = GraphStore.open(store);
        try {
            assertThat(reopened.recovery()).hasValueSatisfying(line -> assertThat(line)
                    .startsWith("store " + store + ": rolled back the transaction a killed run never committed")
                    .contains("16 bytes cut, 1 whole entries kept").doesNotContain("\n"));
            assertThat(quads(reopened)).isEqualTo(committed);
        } finally {
            TDBInternal.expel(reopened.dataset().asDatasetGraph());
        }
        try (Stream<Path> files = Files.list(store)) {
            List<Path> copies = files.filter(file -> file.getFileName().toString().startsWith("torn-journal-")).toList();
            assertThat(copies).hasSize(1);
            assertThat(Files.readAllBytes(copies.get(0))).isEqualTo(torn);
        }
    }

    @Test
    void wholeEntriesAreNeverCutTdb2DropsTheUncommittedOnes() throws IOException {
        JenaJournal uncommitted = JenaJournal.write(false, 24, 24, 8);
        JenaJournal.append(store, uncommitted.bytes());
        assertThat(StoreRecovery.recover(store)).isEmpty();
        assertThat(Files.readAllBytes(JenaJournal.journalOf(store))).isEqualTo(uncommitted.bytes());
        assertThat(quads(store)).isEqualTo(committed);
    }

    @Test
    void damageBeforeTheLastEntryIsRefusedAndLeftAsItWas() throws IOException {
        byte[] damaged = JenaJournal.write(false, 24, 24).bytes();
        damaged[JournalScan.HEADER + 2] ^= 0x55;
        JenaJournal.append(store, damaged);
        assertThatThrownBy(() -> StoreRecovery.recover(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged at byte 0 of 80");
        assertThat(Files.readAllBytes(JenaJournal.journalOf(store))).isEqualTo(damaged);
    }

    @Test
    void aStoreOpenInThisJvmIsNeverRepairedItsJournalMayBeHalfWritten() throws IOException {
        GraphStore open = GraphStore.open(store);
        byte[] halfWritten = commit.cut(commit.writeEnds().get(0));
        JenaJournal.append(store, halfWritten);
        assertThat(StoreRecovery.recover(store)).isEmpty();
        assertThat(Files.readAllBytes(JenaJournal.journalOf(store))).isEqualTo(halfWritten);
        TDBInternal.expel(open.dataset().asDatasetGraph());
        assertThat(StoreRecovery.recover(store)).as("once let go, it is repaired").isPresent();
    }

    private static Set<Quad> quads(Path folder) {
        GraphStore store = GraphStore.open(folder);
        try {
            return quads(store);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    private static Set<Quad> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().collect(Collectors.toSet()));
    }
}
