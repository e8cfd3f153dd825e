package org.newsgraph.store;

/** How a batch of articles is written to the store. */
public enum Loader {
    /**
     * One TDB2 write transaction per batch: a killed or failed run leaves whole batches only. The default.
     */
    TRANSACTIONAL,
    /**
     * Jena's parallel TDB2 bulk loader per batch: one thread per index, faster on several cores, but its
     * indexes commit one by one, so a run killed while it commits can leave a damaged store. For first loads
     * of large corpora into a store that can be rebuilt.
     */
    BULK
}
