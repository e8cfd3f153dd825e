package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelMem;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Journal bytes written by Jena's own {@link Journal}, as a transaction's prepare and commit write them: REDO
 * entries (one per component), then COMMIT. Where each channel write ends tells where a kill can cut them.
 */
public record JenaJournal(byte[] bytes, List<Long> entryEnds, List<Long> writeEnds) {
    /** REDO entries with data of these lengths, then COMMIT unless {@code commit} is false. */
    public static JenaJournal write(boolean commit, int... dataLengths) {
        BufferChannel memory = BufferChannelMem.create("journal");
        List<Long> writeEnds = new ArrayList<>();
        Journal journal = Journal.create(new WatchedChannel(memory, (operation, position, data) -> {
            if (operation.equals("write")) {
                writeEnds.add(position + data.remaining());
            }
        }));
        List<Long> entryEnds = new ArrayList<>();
        byte filler = 1;
        for (int length : dataLengths) {
            byte[] data = new byte[length];
            Arrays.fill(data, filler++);
            journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.wrap(data));
            entryEnds.add(journal.position());
        }
        if (commit) {
            journal.writeJournal(JournalEntry.COMMIT);
            entryEnds.add(journal.position());
        }
        ByteBuffer all = ByteBuffer.allocate((int) memory.size());
        memory.read(all, 0);
        return new JenaJournal(all.array(), entryEnds, writeEnds);
    }

    /** The first {@code length} bytes: what a process killed after writing them leaves. */
    public byte[] cut(long length) {
        return Arrays.copyOf(bytes, (int) length);
    }

    /** The store's active journal file. */
    public static Path journalOf(Path store) {
        return StoreFolder.activeGeneration(store).resolve(StoreRecovery.JOURNAL);
    }

    /** Appends bytes to the store's journal, as a process writing it would have. */
    public static void append(Path store, byte[] bytes) throws IOException {
        Files.write(journalOf(store), bytes, StandardOpenOption.APPEND);
    }

    /** A small store on disk holding the sample articles, closed and let go by this JVM; returns its folder. */
    public static Path sampleStore(Path folder) {
        GraphStore store = GraphStore.open(folder);
        store.replace(org.newsgraph.rdf.SampleArticles.all());
        TDBInternal.expel(store.dataset().asDatasetGraph());
        return folder;
    }
}
