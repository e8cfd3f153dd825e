// Reproduction for an Apache Jena report (see tdb2-torn-journal.md beside this file): a TDB2 database whose
// journal ends in a torn entry -- what a process killed inside Journal.write leaves -- cannot be opened,
// although every committed transaction is whole.
//
// Run with Jena 5.6.0 on the class path (Java 17):
//   java -cp "$(cat jena-classpath.txt)" TornJournal.java
// where jena-classpath.txt is `mvn dependency:build-classpath` of a project depending on jena-tdb2.
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelMem;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

public class TornJournal {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tdb2-torn-journal");
        Location location = Location.create(dir);

        // 1. A database with one committed triple, closed cleanly.
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location);
        Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(NodeFactory.createURI("http://example/s"),
                NodeFactory.createURI("http://example/p"), NodeFactory.createLiteralString("committed")));
        TDBInternal.expel(dsg);

        // 2. The next transaction's prepare writes a REDO entry (a B+tree state is 24 bytes). Journal.write
        //    writes it as two channel writes, header then data; a SIGKILL between them leaves the header alone.
        BufferChannel memory = BufferChannelMem.create("journal");
        Journal.create(memory).write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.allocate(24));
        ByteBuffer written = ByteBuffer.allocate((int) memory.size());
        memory.read(written, 0);
        byte[] headerOnly = Arrays.copyOf(written.array(), 16);
        Path journal = dir.resolve("Data-0001").resolve("journal.jrnl");
        Files.write(journal, headerOnly, StandardOpenOption.APPEND);
        System.out.println("journal.jrnl: " + Files.size(journal) + " bytes (a REDO header whose 24 bytes of data were never written)");

        // A copy whose torn entry is cut off again opens with the committed triple: nothing committed was lost.
        Path copy = Files.createTempDirectory("tdb2-torn-journal-cut");
        try (var files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(dir.relativize(file).toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(copy.resolve("Data-0001").resolve("journal.jrnl"), new byte[0]);
        DatasetGraph cut = DatabaseMgr.connectDatasetGraph(Location.create(copy));
        System.out.println("the copy with the torn entry cut off opens: "
                + Txn.calculateRead(cut, () -> cut.getDefaultGraph().size()) + " triple(s)");

        // 3. Reopen: recovery throws, and so does every later attempt, although the data is whole.
        try {
            DatabaseMgr.connectDatasetGraph(location);
            System.out.println("opened: not reproduced (fixed?)");
        } catch (RuntimeException e) {
            System.out.println("cannot open: " + e);
        }
    }
}
