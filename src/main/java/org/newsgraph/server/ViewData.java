package org.newsgraph.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * What the web view reads, kept per version of the store: the {@link EntityIndex}, the store's counts and its
 * outlets, and recent whole-store graph views. When a write moves the store on (a build sent to this server),
 * the next request has them read again in the background; requests are answered from the previous version until
 * the new one is read, rather than kept waiting.
 */
final class ViewData {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Whole-store graph views kept. */
    private static final int CACHED_VIEWS = 16;

    /** One version's index, facts, counts and outlets. */
    record Snapshot(EntityIndex index, FactTable facts, ObjectNode stats, ArrayNode outlets) {
    }

    private final Dataset dataset;
    private final Duration timeout;
    /** One reading of the store at a time; a permit, not a lock, since the background reader releases what a request took. */
    private final Semaphore rebuilding = new Semaphore(1);
    private volatile Snapshot snapshot;
    private final Map<String, ObjectNode> views = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > CACHED_VIEWS;
        }
    };

    ViewData(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    Dataset dataset() {
        return dataset;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * The snapshot of the store's current version. The first is read while the caller waits; after a write, the
     * caller gets the previous one while a background thread reads the new one (a few seconds on 10,000 articles),
     * so that no request waits for it.
     */
    Snapshot snapshot() {
        long version = Txn.calculateRead(dataset, () -> StoreVersion.current(dataset));
        Snapshot known = snapshot;
        if (known != null && known.index().version() == version) {
            return known;
        }
        if (known != null) {
            if (rebuilding.tryAcquire()) {
                Thread reader = new Thread(() -> {
                    try {
                        snapshot = Txn.calculateRead(dataset, this::read);
                    } catch (RuntimeException e) {
                        System.err.println("newsgraph: the web view could not read the store's new version: " + e);
                    } finally {
                        rebuilding.release();
                    }
                }, "newsgraph-view-reader");
                reader.setDaemon(true);
                try {
                    reader.start();
                } catch (RuntimeException | Error e) {
                    rebuilding.release();
                    throw e;
                }
            }
            return known;
        }
        rebuilding.acquireUninterruptibly();
        try {
            if (snapshot == null || snapshot.index().version() != version) {
                snapshot = Txn.calculateRead(dataset, this::read);
            }
            return snapshot;
        } finally {
            rebuilding.release();
        }
    }

    private Snapshot read() {
        long version = StoreVersion.current(dataset);
        FactTable table = FactTable.read(dataset);
        EntityIndex index = EntityIndex.read(dataset, version, table.factCounts());
        DatasetGraph quads = dataset.asDatasetGraph();
        ObjectNode stats = JSON.createObjectNode();
        stats.put("version", version);
        // the article graphs, not the entities graph that resolution across articles writes beside them
        stats.put("articles", count(quads.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode())));
        ObjectNode facts = stats.putObject("facts");
        for (var kind : List.of(NG.Statement, NG.RoleHolding, NG.TreatySigning, NG.Quotation)) {
            facts.put(kind.getLocalName(), count(quads.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind.asNode())));
        }
        ObjectNode entities = stats.putObject("entities");
        Map<String, Integer> kinds = new TreeMap<>();
        for (EntityIndex.Entry entry : index.search("", null, Integer.MAX_VALUE)) {
            kinds.merge(entry.kind(), 1, Integer::sum);
        }
        kinds.forEach(entities::put);
        String[] range = {null, null};
        Map<String, Integer> sources = new HashMap<>();
        each(quads.find(Node.ANY, Node.ANY, NG.published.asNode(), Node.ANY), quad -> {
            String day = quad.getObject().isLiteral() ? quad.getObject().getLiteralLexicalForm() : null;
            if (day != null) {
                range[0] = range[0] == null || day.compareTo(range[0]) < 0 ? day : range[0];
                range[1] = range[1] == null || day.compareTo(range[1]) > 0 ? day : range[1];
            }
        });
        each(quads.find(Node.ANY, Node.ANY, NG.source.asNode(), Node.ANY), quad -> {
            if (quad.getObject().isLiteral()) {
                sources.merge(quad.getObject().getLiteralLexicalForm(), 1, Integer::sum);
            }
        });
        stats.put("firstPublished", range[0]);
        stats.put("lastPublished", range[1]);
        ArrayNode outlets = JSON.createArrayNode();
        sources.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> outlets.addObject().put("label", e.getKey()).put("articles", e.getValue()).put("kind", "publisher"));
        for (EntityIndex.Entry outlet : index.search("", "NewsOutlet", 500)) {
            outlets.addObject().put("label", outlet.label()).put("facts", outlet.facts()).put("kind", "reporting").put("iri", outlet.iri());
        }
        return new Snapshot(index, table, stats, outlets);
    }

    /** A whole-store graph view from the cache, or computed (and kept) for this version. */
    ObjectNode wholeStoreView(String key, java.util.function.Supplier<ObjectNode> compute) {
        synchronized (views) {
            ObjectNode cached = views.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ObjectNode view = compute.get();
        synchronized (views) {
            views.put(key, view);
        }
        return view;
    }

    private static long count(Iterator<Quad> quads) {
        long[] n = {0};
        each(quads, q -> n[0]++);
        return n[0];
    }

    private static void each(Iterator<Quad> quads, java.util.function.Consumer<Quad> action) {
        try {
            quads.forEachRemaining(action);
        } finally {
            Iter.close(quads);
        }
    }
}
