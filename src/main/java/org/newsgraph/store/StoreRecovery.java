package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * Makes a killed store open again. TDB2 writes a journal entry as two writes (header, then data), so a process
 * killed between them leaves a torn last entry, and Jena 5.6 refuses to open the store ("Failed to read the
 * journal entry data") although every committed transaction is whole (docs/upstream/tdb2-torn-journal.md).
 * A torn last entry belongs to a transaction whose COMMIT was never written: before TDB2 opens the store, it
 * is cut off, after the journal is copied beside the store. Whole entries are never cut; TDB2 then replays the
 * committed transactions and drops the uncommitted one as usual.
 */
public final class StoreRecovery {
    static final String JOURNAL = "journal.jrnl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StoreRecovery() {
    }

    /**
     * Recovers the store in a folder if its journal ends in a torn entry; the line saying what was rolled back,
     * or empty when there was nothing to do (no store, a whole journal, or the store open in this or another
     * process, whose journal may be half-written because it is being written).
     */
    public static Optional<String> recover(Path folder) {
        Path generation = StoreFolder.isStore(folder) ? StoreFolder.activeGeneration(folder) : null;
        if (generation == null || isEmpty(generation.resolve(JOURNAL))) {
            return Optional.empty();
        }
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(folder));
        if (lock.isLockedHere()) {
            return Optional.empty(); // TDB2 holds the store in this JVM
        }
        try {
            if (!lock.tryLock()) {
                ProcessFileLock.release(lock);
                return Optional.empty(); // another process holds it: TDB2's open says so
            }
        } catch (AlreadyLocked e) {
            return Optional.empty(); // this JVM's TDB2 has the lock object: leave it be
        }
        try {
            return repair(folder, generation);
        } finally {
            // the next holder is TDB2 itself, with a lock object of its own
            ProcessFileLock.release(lock);
        }
    }

    private static Optional<String> repair(Path folder, Path generation) {
        Path journal = generation.resolve(JOURNAL);
        JournalScan scan = JournalScan.of(journal);
        if (scan.whole()) {
            return Optional.empty();
        }
        if (!scan.tailIsTorn()) {
            throw new StoreException("store " + folder + ": " + folder.relativize(journal) + " is damaged at byte " + scan.wholeEnd()
                    + " of " + scan.size() + ", before its last entry (no kill leaves that); copy the store aside before anything else");
        }
        try {
            Path copy = folder.resolve("torn-journal-" + LocalDateTime.now().format(STAMP) + "-" + generation.getFileName() + ".jrnl");
            Files.copy(journal, copy);
            force(copy);
            try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                channel.truncate(scan.wholeEnd());
                channel.force(true);
            }
            return Optional.of(String.format(
                    "store %s: rolled back the transaction a killed run never committed (its last journal entry was torn: %d bytes cut, %d whole entries kept); the journal was copied to %s",
                    folder, scan.tailBytes(), scan.wholeEntries(), copy.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the journal " + journal, e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
