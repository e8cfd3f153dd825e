package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;

/**
 * The TDB2 store on disk. Each article lives in its own named graph; a batch of articles is written in
 * one transaction, so a failed or interrupted run leaves the store as it was before that batch.
 */
public final class GraphStore implements AutoCloseable {
    private final Dataset dataset;
    private final FactMapper mapper = new FactMapper();

    private GraphStore(Dataset dataset) {
        this.dataset = dataset;
        // SPARQL's default graph is the union of the article graphs.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the store in a folder. */
    public static GraphStore open(Path directory) {
        return new GraphStore(TDB2Factory.connectDataset(directory.toString()));
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces each article's graph with its new facts, all in one write transaction. */
    public void replace(Collection<ArticleFacts> batch) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            for (ArticleFacts articleFacts : batch) {
                Node graph = graphOf(articleFacts.article().id());
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                mapper.write(articleFacts, sink);
            }
        });
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

    public static Node graphOf(String articleId) {
        return NodeFactory.createURI(Iris.article(articleId));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
