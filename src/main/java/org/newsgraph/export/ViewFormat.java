package org.newsgraph.export;

import java.util.function.Supplier;

/** The graph formats the view graph can be written in, each with its writer: one place to add a format. */
public enum ViewFormat {
    GRAPHML(GraphMlWriter::new),
    GEXF(GexfWriter::new),
    CYTOSCAPE(CytoscapeWriter::new),
    DOT(DotWriter::new);

    private final Supplier<ViewGraphWriter> writer;

    ViewFormat(Supplier<ViewGraphWriter> writer) {
        this.writer = writer;
    }

    public ViewGraphWriter writer() {
        return writer.get();
    }
}
