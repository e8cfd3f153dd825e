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
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
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

    /**
     * Replaces each article's graph with its new facts, all in one write transaction. A batch of articles the
     * store does not hold yet goes through TDB2's bulk loader (itself one transaction); a batch that replaces
     * stored articles deletes their old graphs in the same transaction as it writes the new ones.
     */
    public void replace(Collection<ArticleFacts> batch) {
        if (noneStored(batch)) {
            DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), QUIET);
            loader.startBulk();
            try {
                StreamRDF sink = loader.stream();
                for (ArticleFacts articleFacts : batch) {
                    mapper.write(articleFacts, sink);
                }
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            loader.finishBulk();
            return;
        }
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

    /** The loader's progress lines are not for our users (and a null output stalls its worker threads). */
    private static final MonitorOutput QUIET = (format, args) -> { };

    private boolean noneStored(Collection<ArticleFacts> batch) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ArticleFacts articleFacts : batch) {
                if (dsg.contains(graphOf(articleFacts.article().id()), Node.ANY, Node.ANY, Node.ANY)) {
                    return false;
                }
            }
            return true;
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
