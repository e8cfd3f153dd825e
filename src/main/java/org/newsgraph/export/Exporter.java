package org.newsgraph.export;

import java.io.OutputStream;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.store.GraphStore;

/**
 * Writes an {@link ExportRequest} from the store: the command line calls it on a store it opened, the server on
 * the store it holds (for {@code export} run while {@code serve} holds the store). RDF is written with the
 * {@link Prefixes} ({@code @prefix} lines, JSON-LD's {@code @context}).
 */
public final class Exporter {
    private final GraphStore store;
    private final Consumer<String> warnings;

    /** {@code warnings} receives one line per odd value met on the way (a date that is not ISO, say). */
    public Exporter(GraphStore store, Consumer<String> warnings) {
        this.store = store;
        this.warnings = warnings;
    }

    /** Writes the export to {@code out} (left open); returns a one-line summary, or null for RDF. */
    public String write(ExportRequest request, OutputStream out) throws java.io.IOException {
        ExportFormat format = request.format();
        if (format.view() != null) {
            ViewGraphReader reader = new ViewGraphReader(store, warnings);
            ViewGraph view = request.restriction() == null ? reader.read(request.filter()) : reader.read(request.filter(), request.restriction());
            format.view().writer().write(view, out);
            return view.nodes().size() + " nodes, " + view.edges().size() + " edges as " + format;
        }
        if (format == ExportFormat.CSV_EVENTS) {
            long rows = new EventTable(store).write(request.filter(), request.noText(), out);
            return rows + " events as " + format;
        }
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dataset = store.dataset().asDatasetGraph();
            if (request.noText()) {
                dataset = WithoutText.of(dataset);
            }
            dataset = new WithPrefixes(dataset);
            Context context = new Context();
            // "@prefix" lines rather than Jena 5's default "PREFIX": older Turtle readers know only the former
            context.set(RIOT.symTurtleDirectiveStyle, "at");
            if (format.quads()) {
                RDFWriterRegistry.getWriterDatasetFactory(format.rdf()).create(format.rdf())
                        .write(out, dataset, Prefixes.prefixMap(), null, context);
            } else {
                RDFWriterRegistry.getWriterGraphFactory(format.rdf()).create(format.rdf())
                        .write(out, new PrefixedGraph(dataset.getUnionGraph()), Prefixes.prefixMap(), null, context);
            }
        });
        return null;
    }

    /** The graph with our prefixes: the RDF/XML writer takes its namespaces from the graph. */
    private static final class PrefixedGraph extends GraphWrapper {
        private final PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.all()).lock();

        PrefixedGraph(Graph graph) {
            super(graph);
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return prefixes;
        }
    }

    /** The dataset with our prefixes: the JSON-LD writer takes its {@code @context} from the dataset, not from the map it is given. */
    private static final class WithPrefixes extends DatasetGraphWrapper {
        private final PrefixMap prefixes = Prefixes.prefixMap();

        WithPrefixes(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public PrefixMap prefixes() {
            return prefixes;
        }
    }
}
