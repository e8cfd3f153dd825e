package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/** GraphML (Gephi, yEd, Cytoscape desktop, NetworkX), written by JGraphT's exporter with typed keys. */
public final class GraphMlWriter implements ViewGraphWriter {
    @Override
    public void write(ViewGraph graph, OutputStream out) {
        GraphMLExporter<ViewGraph.Node, ViewGraph.Edge> exporter = new GraphMLExporter<>(ViewGraph.Node::id);
        exporter.setEdgeIdProvider(ViewGraph.Edge::id);
        // JGraphT keys attributes by name alone: a name nodes and edges share ("label") is registered once for all
        ViewAttributes.NODE.forEach(column -> exporter.registerAttribute(column.name(),
                ViewAttributes.EDGE.contains(column) ? AttributeCategory.ALL : AttributeCategory.NODE, column.type()));
        ViewAttributes.EDGE.stream().filter(column -> !ViewAttributes.NODE.contains(column))
                .forEach(column -> exporter.registerAttribute(column.name(), AttributeCategory.EDGE, column.type()));
        exporter.setVertexAttributeProvider(ViewAttributes::of);
        exporter.setEdgeAttributeProvider(ViewAttributes::of);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        exporter.exportGraph(JGraphTGraphs.of(graph), writer);
    }
}
