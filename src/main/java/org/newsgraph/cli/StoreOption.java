package org.newsgraph.cli;

import java.nio.file.Path;

import java.util.Optional;

import org.newsgraph.server.StoreClient;
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

    /**
     * The running {@code serve} that holds this store, when there is one this user may use (its file in the store
     * folder is readable and the server answers to its token): build, query, facts and export then work through it,
     * and say so on one line of stderr.
     */
    public Optional<StoreClient> server(String command) {
        Optional<StoreClient> server = StoreClient.forStore(store);
        server.ifPresent(client -> System.err.println("newsgraph: " + store + " is held by the server at " + client.url() + "; "
                + command + " works through it"));
        return server;
    }

    /** Says on stderr what the repair of a killed run's journal rolled back, if the store needed one. */
    static GraphStore announce(GraphStore graphStore) {
        graphStore.recovery().ifPresent(line -> System.err.println("newsgraph: " + line));
        return graphStore;
    }
}
