package org.newsgraph.store;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.Builder;

/**
 * A build in a child JVM (see {@link KilledBuildTest}) that can stop dead before one operation on the store's
 * journal and wait there for the parent's SIGKILL: a kill at exactly that moment. On standard output, flushed:
 * {@code op N KIND POSITION BYTES} for each journal operation when asked (KIND: header, data, sync,
 * truncate); {@code committed STORED} after each batch; {@code trap N KIND POSITION BYTES} where it stops;
 * {@code done}.
 */
public final class TrappedBuild {
    private static final PrintStream OUT = System.out;

    private TrappedBuild() {
    }

    /** Arguments: store folder, corpus file, batch size, the journal operation to stop before (0: none), log ops (true/false). */
    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int batch = Integer.parseInt(args[2]);
        long trap = Long.parseLong(args[3]);
        boolean log = Boolean.parseBoolean(args[4]);
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());
        try (GraphStore graphStore = GraphStore.openForBuild(store)) {
            watchJournal(graphStore, new Trap(trap, log));
            BuildOptions options = BuildOptions.defaults().withBatchSize(batch).withThreads(2)
                    .withListener((articles, first, last, stored) -> say("committed " + stored));
            new Builder(pipeline, graphStore, options).build(List.of(args[1]), System.in, System.err);
        }
        say("done");
    }

    /** Puts a watched channel between TDB2's journal and its file (Jena offers no hook there). */
    private static void watchJournal(GraphStore store, WatchedChannel.Hook hook) throws ReflectiveOperationException {
        Journal journal = TDBInternal.getTransactionCoordinator(store.dataset().asDatasetGraph()).getJournal();
        Field channel = Journal.class.getDeclaredField("channel");
        channel.setAccessible(true);
        channel.set(journal, new WatchedChannel((BufferChannel) channel.get(journal), hook));
    }

    /** Numbers the journal's operations, tells headers from data by the length each header announces, stops at one. */
    private static final class Trap implements WatchedChannel.Hook {
        private final long stopBefore;
        private final boolean log;
        private long count;
        private long dataDue;

        Trap(long stopBefore, boolean log) {
            this.stopBefore = stopBefore;
            this.log = log;
        }

        @Override
        public void before(String operation, long position, ByteBuffer data) {
            count++;
            String kind = operation;
            long bytes = 0;
            if (data != null) {
                bytes = data.remaining();
                kind = dataDue > 0 ? "data" : "header";
                dataDue = dataDue > 0 ? 0 : Math.max(data.getInt(data.position()), 0);
            } else if (operation.equals("truncate")) {
                dataDue = 0;
            }
            String line = count + " " + kind + " " + position + " " + bytes;
            if (log) {
                say("op " + line);
            }
            if (count == stopBefore) {
                say("trap " + line);
                while (true) {
                    try {
                        Thread.sleep(60_000); // until the parent's SIGKILL
                    } catch (InterruptedException e) {
                        // still waiting
                    }
                }
            }
        }
    }

    private static synchronized void say(String line) {
        OUT.println(line);
        OUT.flush();
    }
}
