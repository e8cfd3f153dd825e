package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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
     * For commands that only read: true (and a one-line error on stderr) when there is no store, so that a
     * mistyped --store never silently creates an empty one.
     */
    public boolean reportMissing() {
        if (Files.isDirectory(store)) {
            return false;
        }
        System.err.println("error: no store at " + store + " (build one first: newsgraph build --store " + store + " INPUT...)");
        return true;
    }
}
