package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph compact}: TDB2's compaction, which frees the space of replaced copy-on-write blocks. */
@Command(name = "compact", description = {
        "Compact the store: TDB2 copies what it holds into a new generation and deletes the old one, freeing the",
        "blocks that every committed batch left behind. Reports the size before and after."})
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (GraphStore graphStore = store.open()) {
            System.err.println(compact(graphStore, store.path()));
        }
        return 0;
    }

    /** Compacts the store in a folder; the line saying how long it took and the sizes before and after. */
    static String compact(GraphStore graphStore, Path folder) {
        long started = System.nanoTime();
        Sizes before = Sizes.of(folder);
        graphStore.compact();
        Sizes after = Sizes.of(folder);
        return String.format(Locale.ROOT, "compacted %s in %.1f s: %s", folder, (System.nanoTime() - started) / 1e9, before.to(after));
    }

    /** A store's disk use (where du tells it) and the lengths of its files, which TDB2 grows sparse. */
    record Sizes(OptionalLong disk, long lengths) {
        static Sizes of(Path folder) {
            return new Sizes(StoreFolder.diskUse(folder), StoreFolder.size(folder));
        }

        String to(Sizes after) {
            String files = "file lengths " + megabytes(lengths) + " -> " + megabytes(after.lengths);
            return disk.isPresent() && after.disk.isPresent()
                    ? "on disk " + megabytes(disk.getAsLong()) + " -> " + megabytes(after.disk.getAsLong()) + " (" + files + ")"
                    : files;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
