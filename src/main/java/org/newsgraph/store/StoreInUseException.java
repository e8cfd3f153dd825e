package org.newsgraph.store;

import java.nio.file.Path;

/** The store is held by another process: TDB2 lets one process at a time open a store. */
public final class StoreInUseException extends StoreException {
    private final transient Path folder;

    public StoreInUseException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
