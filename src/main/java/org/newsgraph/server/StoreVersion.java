package org.newsgraph.server;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the store a read transaction sees: TDB2's data version, which every committed write moves on,
 * whoever wrote (a build sent to this server, /update). The web view's caches (the search index, whole-store
 * graphs) are kept per version, so what a build adds shows without a restart.
 */
final class StoreVersion {
    /** For a dataset that is not TDB2 (never in the command, but possible in a test): every call a new version. */
    private static final AtomicLong UNVERSIONED = new AtomicLong(Long.MIN_VALUE / 2);

    private StoreVersion() {
    }

    /** The version the current read or write transaction sees; call inside one. */
    static long current(Dataset dataset) {
        if (TDBInternal.isTDB2(dataset.asDatasetGraph())) {
            Transaction txn = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getTxnSystem().getThreadTransaction();
            if (txn != null) {
                return txn.getDataVersion();
            }
        }
        return UNVERSIONED.incrementAndGet();
    }
}
