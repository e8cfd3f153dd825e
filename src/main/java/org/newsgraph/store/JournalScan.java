package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;

/**
 * A TDB2 transaction journal ({@code journal.jrnl}) read as Jena 5.6's {@code Journal} writes it: entries of a
 * 16-byte header (data length, Adler-32 checksum, type, component id) and their data. The scan finds where the
 * whole entries end and what follows them.
 *
 * @param size            the file's length
 * @param wholeEnd        where the run of whole entries (complete, checksum right) from the start ends
 * @param wholeEntries    how many whole entries there are
 * @param commits         how many of them are COMMIT entries
 * @param tailIsTorn      true if what follows the whole entries is one incomplete or garbled last entry, which
 *                        no COMMIT follows: what a process killed while it wrote the entry leaves
 */
public record JournalScan(long size, long wholeEnd, int wholeEntries, int commits, boolean tailIsTorn) {
    static final int HEADER = 16;
    static final int REDO = 1;
    static final int COMMIT = 3;
    static final int ABORT = 4;

    /** True if the journal holds nothing but whole entries (TDB2 can recover from it by itself). */
    public boolean whole() {
        return wholeEnd == size;
    }

    /** The bytes after the whole entries. */
    public long tailBytes() {
        return size - wholeEnd;
    }

    /** Scans a journal file; a missing file is an empty journal. */
    public static JournalScan of(Path journal) {
        if (!Files.exists(journal)) {
            return new JournalScan(0, 0, 0, 0, false);
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = channel.size();
            long position = 0;
            int entries = 0;
            int commits = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                if (size - position < HEADER) {
                    return new JournalScan(size, position, entries, commits, true);
                }
                header.clear();
                readFully(channel, header, position);
                int length = Math.max(header.getInt(0), 0);
                long end = position + HEADER + length;
                if (end > size) {
                    // the data runs past the end of the file: the entry was being written when the process died
                    return new JournalScan(size, position, entries, commits, true);
                }
                int type = header.getInt(8);
                if (!checksumHolds(channel, header, position, length) || type < REDO || type > ABORT) {
                    // garbled: a torn tail only if it is the last entry; damage in the middle is no kill's doing
                    return new JournalScan(size, position, entries, commits, end == size);
                }
                entries++;
                if (type == COMMIT) {
                    commits++;
                }
                position = end;
            }
            return new JournalScan(size, size, entries, commits, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + journal, e);
        }
    }

    /** Jena's checksum: Adler-32 over the header with its checksum field zeroed, then the data. */
    private static boolean checksumHolds(FileChannel channel, ByteBuffer header, long position, int length) throws IOException {
        int stored = header.getInt(4);
        byte[] zeroed = header.array().clone();
        ByteBuffer.wrap(zeroed).putInt(4, 0);
        Adler32 adler = new Adler32();
        adler.update(zeroed);
        if (length > 0) {
            ByteBuffer data = ByteBuffer.allocate(length);
            readFully(channel, data, position + HEADER);
            adler.update(data.array());
        }
        return (int) adler.getValue() == stored;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at " + (position + buffer.position()));
            }
        }
    }
}
