package org.newsgraph.export;

import java.util.function.Supplier;

/** The graph formats the view graph can be written in, each with its writer: one place to add a format. */
public enum ViewFormat {
    GRAPHML(GraphMlWriter::new, "graphml"),
    GEXF(GexfWriter::new, "gexf"),
    CYTOSCAPE(CytoscapeWriter::new, "cyjs"),
    DOT(DotWriter::new, "dot");

    private final Supplier<ViewGraphWriter> writer;
    private final String extension;

    ViewFormat(Supplier<ViewGraphWriter> writer, String extension) {
        this.writer = writer;
        this.extension = extension;
    }

    public ViewGraphWriter writer() {
        return writer.get();
    }

    /** The file name extension the tools expect: graphml, gexf, cyjs, dot. */
    public String extension() {
        return extension;
    }
}
