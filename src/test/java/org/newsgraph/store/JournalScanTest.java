package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal scan reads what Jena's own Journal writes, and tells a torn last entry from damage. */
class JournalScanTest {
    @TempDir
    Path folder;

    @Test
    void readsWhatJenasJournalWritesAsWholeEntries() throws IOException {
        JenaJournal written = JenaJournal.write(true, 24, 8, 0, 40);
        JournalScan scan = scan(written.bytes());
        assertThat(scan.whole()).isTrue();
        assertThat(scan.wholeEntries()).isEqualTo(5);
        assertThat(scan.commits()).isEqualTo(1);
        assertThat(scan.tailIsTorn()).isFalse();
    }

    @Test
    void everyCutOfJenasWritesIsWholeEntriesAndATornTail() throws IOException {
        JenaJournal written = JenaJournal.write(true, 24, 8, 40);
        for (long length = 0; length <= written.bytes().length; length++) {
            JournalScan scan = scan(written.cut(length));
            long cut = length;
            long wholeEnd = written.entryEnds().stream().filter(end -> end <= cut).mapToLong(Long::longValue).max().orElse(0);
            assertThat(scan.wholeEnd()).as("whole entries in the first %d bytes", length).isEqualTo(wholeEnd);
            assertThat(scan.whole()).as("cut at %d", length).isEqualTo(wholeEnd == length);
            assertThat(scan.tailIsTorn()).as("cut at %d", length).isEqualTo(wholeEnd != length);
        }
        // a kill lands between two writes: after a header and before its data is the case TDB2 cannot open
        long afterFirstHeader = written.writeEnds().get(0);
        JournalScan torn = scan(written.cut(afterFirstHeader));
        assertThat(torn.tailBytes()).isEqualTo(JournalScan.HEADER);
        assertThat(torn.wholeEntries()).isZero();
    }

    @Test
    void aGarbledLastEntryIsTornButAGarbledEarlierOneIsDamage() throws IOException {
        JenaJournal written = JenaJournal.write(false, 24, 24);
        byte[] lastGarbled = written.bytes().clone();
        lastGarbled[lastGarbled.length - 1] ^= 0x55;
        JournalScan last = scan(lastGarbled);
        assertThat(last.tailIsTorn()).isTrue();
        assertThat(last.wholeEnd()).isEqualTo(written.entryEnds().get(0));

        byte[] firstGarbled = written.bytes().clone();
        firstGarbled[JournalScan.HEADER + 3] ^= 0x55;
        JournalScan first = scan(firstGarbled);
        assertThat(first.whole()).isFalse();
        assertThat(first.tailIsTorn()).as("damage with a whole entry after it is no kill's doing").isFalse();
        assertThat(first.wholeEnd()).isZero();
    }

    @Test
    void aMissingJournalIsAnEmptyOne() {
        assertThat(JournalScan.of(folder.resolve("none.jrnl")).whole()).isTrue();
    }

    private JournalScan scan(byte[] bytes) throws IOException {
        Path file = folder.resolve("journal.jrnl");
        Files.write(file, bytes);
        return JournalScan.of(file);
    }
}
