package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * The TDB2 store on disk. Each article lives in its own named graph; a batch of articles is written in
 * one transaction, so a failed or interrupted run leaves the store as it was before that batch.
 */
public final class GraphStore implements AutoCloseable, ArticleStore {
    private final Dataset dataset;
    private final FactMapper mapper = new FactMapper();
    private final Optional<String> recovery;

    private GraphStore(Dataset dataset, Optional<String> recovery) {
        this.dataset = dataset;
        this.recovery = recovery;
        // SPARQL's default graph is the union of the article graphs.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * A build writes evidence sentences and fact IRIs it seldom reads again: Jena's default node caches
     * (200,000 and 1,000,000 entries) would fill with them and grow the heap through the first hundred
     * thousand articles. This size holds the entities articles share (states, persons, classes); a build caches
     * about two entries per article, so the caches are full within its first 30,000 articles (measured: live heap
     * 40.6 MB at 10k, 47.7 at 30k, 48.2 at 90k) and the heap stays flat from there on.
     */
    static final int BUILD_NODE_CACHE = 20_000;

    /**
     * Opens (or creates) the store in a folder, with Jena's default caches: for reading and querying. A journal
     * torn by a killed run is repaired first ({@link StoreRecovery}); {@link #recovery()} says what was rolled back.
     */
    public static GraphStore open(Path directory) {
        Optional<String> recovery = StoreRecovery.recover(directory);
        return new GraphStore(DatasetFactory.wrap(connect(directory, null)), recovery);
    }

    /** Opens the store in a folder that must hold one: commands other than build never create a store. */
    public static GraphStore openExisting(Path directory) {
        StoreFolder.requireStore(directory);
        return open(directory);
    }

    /**
     * Opens (or creates) the store in a folder for a build, with small node caches. TDB2 keeps one connection
     * per folder in a JVM, so the first open of a folder decides its caches.
     */
    public static GraphStore openForBuild(Path directory) {
        StoreFolder.requireBuildable(directory);
        Optional<String> recovery = StoreRecovery.recover(directory);
        StoreParams params = StoreParams.builder("newsgraph-build", StoreParams.getDftStoreParams())
                .node2NodeIdCacheSize(BUILD_NODE_CACHE).nodeId2NodeCacheSize(BUILD_NODE_CACHE).build();
        return new GraphStore(DatasetFactory.wrap(connect(directory, params)), recovery);
    }

    /** TDB2's connection; a store held by another process is a one-line error, not a stack trace. */
    private static DatasetGraph connect(Path directory, StoreParams params) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(directory), params);
        } catch (DBOpEnvException e) {
            throw new StoreInUseException(directory, "store " + directory + " is in use by " + StoreHolder.describe(directory)
                    + "; TDB2 lets one process at a time open a store", e);
        } catch (TransactionException e) {
            throw new StoreException("store " + directory + " cannot be opened: " + e.getMessage(), e);
        } catch (RuntimeIOException e) {
            // another user's process holds it, or the folder is not ours to write: TDB2 cannot open its lock file
            String cause = e.getCause() instanceof java.nio.file.AccessDeniedException ? "no permission to write " + e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            var holder = StoreHolder.pid(directory);
            if (holder.isPresent() && ProcessHandle.of(holder.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                throw new StoreInUseException(directory, "store " + directory + " is in use by " + StoreHolder.describe(directory)
                        + " (and " + cause + ")", e);
            }
            throw new StoreException("store " + directory + " cannot be opened: " + cause, e);
        }
    }

    /** The line saying what a repair of a killed run's journal rolled back when the store was opened, if any. */
    public Optional<String> recovery() {
        return recovery;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces each article's graph with its new facts, all in one write transaction. */
    public void replace(Collection<ArticleFacts> batch) {
        try (Batch transaction = new TransactionBatch()) {
            batch.forEach(transaction::add);
            transaction.commit();
        }
    }

    /** A write transaction held open while the batch's articles come, each written when it comes (not BULK: its loader takes a whole batch). */
    @Override
    public Batch openBatch(Loader loader) {
        return loader == Loader.BULK ? ArticleStore.super.openBatch(loader) : new TransactionBatch();
    }

    /** One write transaction, begun at the first article on the thread that adds them. */
    private final class TransactionBatch implements Batch {
        private StreamRDF sink;

        @Override
        public void add(ArticleFacts facts) {
            if (sink == null) {
                dataset.begin(TxnType.WRITE);
                sink = StreamRDFLib.dataset(dataset.asDatasetGraph());
            }
            dataset.asDatasetGraph().deleteAny(graphOf(facts.article().id()), Node.ANY, Node.ANY, Node.ANY);
            mapper.write(facts, sink);
        }

        @Override
        public void commit() {
            if (sink != null) {
                dataset.commit(); // a failed commit leaves sink set, for close() to abort
                sink = null;
                dataset.end();
            }
        }

        @Override
        public void close() {
            if (sink != null) {
                sink = null;
                try {
                    if (dataset.isInTransaction()) {
                        dataset.abort();
                    }
                } finally {
                    dataset.end();
                }
            }
        }
    }

    @Override
    public boolean holdsNoArticle() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().listGraphNodes().hasNext());
    }

    @Override
    public boolean holdsUnchanged(Article article) {
        Node graph = graphOf(article.id());
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            return dsg.contains(graph, graph, NG.text.asNode(), NodeFactory.createLiteralString(article.text()))
                    && dsg.contains(graph, graph, NG.title.asNode(), NodeFactory.createLiteralString(article.title()));
        });
    }

    @Override
    public boolean holdsOtherText(String id, String text) {
        Node graph = graphOf(id);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            return dsg.contains(graph, graph, NG.articleId.asNode(), Node.ANY)
                    && !dsg.contains(graph, graph, NG.text.asNode(), NodeFactory.createLiteralString(text));
        });
    }

    /** Writes a batch the way {@code loader} says. */
    @Override
    public void write(Collection<ArticleFacts> batch, Loader loader) {
        if (loader == Loader.BULK) {
            bulkLoad(batch);
        } else {
            replace(batch);
        }
    }

    /**
     * Replaces each article's graph through Jena's parallel TDB2 bulk loader (see {@link Loader#BULK}): the
     * graphs of articles stored before are removed first, in a transaction of their own.
     */
    public void bulkLoad(Collection<ArticleFacts> batch) {
        List<Node> stored = Txn.calculateRead(dataset, () -> batch.stream()
                .map(facts -> graphOf(facts.article().id()))
                .filter(dataset.asDatasetGraph()::containsGraph)
                .toList());
        if (!stored.isEmpty()) {
            Txn.executeWrite(dataset, () -> stored.forEach(graph ->
                    dataset.asDatasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY)));
        }
        DataLoader loader = LoaderFactory.parallelLoader(dataset.asDatasetGraph(), (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            sink.start();
            batch.forEach(facts -> mapper.write(facts, sink));
            sink.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** Removes an article and its facts; true if it was there. */
    public boolean remove(String articleId) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node graph = graphOf(articleId);
            boolean present = dsg.containsGraph(graph);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return present;
        });
    }

    /** The number of quads in all article graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                count++;
            }
            return count;
        });
    }

    /**
     * Compacts the store: TDB2 copies what the store holds now into a new generation ({@code Data-NNNN}) and
     * deletes the old one, whose copy-on-write blocks keep every version a write transaction replaced, so a store
     * built in many small batches shrinks to its data. Older generations a killed compaction left are deleted too.
     */
    public void compact() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        DatabaseMgr.compact(dsg, true);
        StoreFolder.deleteOldGenerations(Path.of(DatabaseMgr.location(dsg).getDirectoryPath()));
    }

    public static Node graphOf(String articleId) {
        return NodeFactory.createURI(Iris.article(articleId));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
