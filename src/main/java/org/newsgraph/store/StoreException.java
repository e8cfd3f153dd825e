package org.newsgraph.store;

/** A store that cannot be used as asked: no store in the folder, a file instead of a folder, a store in use. One line. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
