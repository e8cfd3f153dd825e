package org.newsgraph.cli;

import java.nio.file.Path;

import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command shares. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "output/store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    public Path path() {
        return store;
    }

    /**
     * For commands that only read: opens the store, which must exist (a mistyped --store never creates an empty
     * one; {@link Main} reports the StoreException on one line), and says on stderr what a recovery rolled back.
     */
    public GraphStore open() {
        return announce(GraphStore.openExisting(store));
    }

    /** Says on stderr what the repair of a killed run's journal rolled back, if the store needed one. */
    static GraphStore announce(GraphStore graphStore) {
        graphStore.recovery().ifPresent(line -> System.err.println("newsgraph: " + line));
        return graphStore;
    }
}
