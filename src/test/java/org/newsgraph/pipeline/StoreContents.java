package org.newsgraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** What a TDB2 store holds, read the way a test compares it: article ids, and all quads as sorted N-Quads. */
final class StoreContents {
    private StoreContents() {
    }

    /** The ng:articleId values in the store. */
    static Set<String> articleIds(Path storeDir) {
        GraphStore store = GraphStore.open(storeDir);
        try {
            return articleIds(store);
        } finally {
            release(store);
        }
    }

    /**
     * Closes the store and lets go of its folder: TDB2 keeps a closed database (and its lock file) in a cache
     * of this JVM, which would keep another process from opening it.
     */
    static void release(GraphStore store) {
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }

    static Set<String> articleIds(GraphStore store) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("SELECT ?id WHERE { GRAPH ?g { ?a ?articleId ?id } }");
        query.setIri("articleId", NG.articleId.getURI());
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> ids = new TreeSet<>();
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query.asQuery()).build()) {
                execution.execSelect().forEachRemaining(row -> ids.add(row.getLiteral("id").getString()));
            }
            return ids;
        });
    }

    /** Every quad of the store as N-Quads lines, sorted: two stores hold the same data iff these are equal. */
    static List<String> sortedNQuads(Path storeDir) {
        GraphStore store = GraphStore.open(storeDir);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset().asDatasetGraph(), Lang.NQUADS));
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return List.of(lines);
        } finally {
            release(store);
        }
    }
}
