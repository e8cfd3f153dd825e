package org.newsgraph.cli;

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
}
