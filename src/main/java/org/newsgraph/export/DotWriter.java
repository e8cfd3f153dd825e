package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT, written by JGraphT's exporter: a shape and fill per node type, the relation or role on each edge
 * in the relation's colour (the web view's), laid out left to right, so that {@code dot -Tsvg} draws a page,
 * not a strip.
 */
public final class DotWriter implements ViewGraphWriter {
    @Override
    public void write(ViewGraph graph, OutputStream out) {
        // ids are [A-Za-z0-9._-] (NodeIds) and so safe inside quotes; quoted because DOT's bare ids allow no '-'
        DOTExporter<ViewGraph.Node, ViewGraph.Edge> exporter = new DOTExporter<>(node -> "\"" + node.id() + "\"");
        exporter.setGraphIdProvider(() -> "newsgraph");
        exporter.setGraphAttributeProvider(DotWriter::layout);
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = escaped(ViewAttributes.of(node));
            attributes.put("shape", DefaultAttribute.createAttribute(shape(node.type())));
            attributes.put("style", DefaultAttribute.createAttribute("filled"));
            attributes.put("fillcolor", DefaultAttribute.createAttribute(fill(node.type())));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = escaped(ViewAttributes.of(edge));
            attributes.put("color", DefaultAttribute.createAttribute(colour(edge.relation())));
            attributes.put("fontcolor", DefaultAttribute.createAttribute(colour(edge.relation())));
            return attributes;
        });
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        exporter.exportGraph(JGraphTGraphs.of(graph), writer);
    }

    /**
     * Left to right. The view graph is many small components, each only two or three ranks deep: top to bottom,
     * dot sets them side by side (the bundled examples drew 11,708 x 291 px, the development set passed
     * Graphviz's 32,767 px limit); left to right it stacks them, a page of 2,059 x 2,826 pt and 8,551 x 10,376 pt.
     * Graphviz's own packing (pack, packmode) would square it further, but in Graphviz 2.43 (Debian 12) it
     * drops every edge label, so it is not used.
     */
    private static Map<String, Attribute> layout() {
        Map<String, Attribute> graph = new LinkedHashMap<>();
        graph.put("rankdir", DefaultAttribute.createAttribute("LR"));
        graph.put("nodesep", DefaultAttribute.createAttribute(0.15));
        graph.put("ranksep", DefaultAttribute.createAttribute(0.6));
        return graph;
    }

    /** The colour of a relation: the legend of the web view's graph. */
    static String colour(Relation relation) {
        return switch (relation) {
            case CRITICIZED -> "#d62728";
            case THREATENED -> "#7b2d8b";
            case SUPPORTED -> "#2ca02c";
            case DEMANDED -> "#ff7f0e";
            case HOLDS_POST_IN -> "#1f77b4";
            case SIGNED -> "#8c564b";
            case PARTY_TO -> "#a08c00";
        };
    }

    private static String fill(NodeType type) {
        return switch (type) {
            case PERSON -> "#fde0c5";
            case COUNTRY -> "#d7ecd9";
            case ORGANISATION -> "#f5d0e6";
            case OUTLET -> "#e5f2cc";
            case TREATY -> "#e0dcf0";
            case OTHER -> "#eeeeee";
        };
    }

    private static String shape(NodeType type) {
        return switch (type) {
            case PERSON -> "ellipse";
            case COUNTRY -> "box";
            case ORGANISATION -> "hexagon";
            case OUTLET -> "note";
            case TREATY -> "diamond";
            case OTHER -> "plaintext";
        };
    }

    /**
     * JGraphT escapes only double quotes inside a quoted DOT string; a backslash would still start a Graphviz
     * escape (a trailing one would even swallow the closing quote). So backslashes are doubled first. Line
     * breaks stay literal: Graphviz draws them as label breaks and JGraphT's DOT importer reads them back,
     * while it rejects Graphviz's \n escape.
     */
    private static Map<String, Attribute> escaped(Map<String, Attribute> attributes) {
        Map<String, Attribute> escaped = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> escaped.put(name, attribute.getType() != AttributeType.STRING ? attribute
                : DefaultAttribute.createAttribute(attribute.getValue().replace("\\", "\\\\").replace("\r\n", "\n"))));
        return escaped;
    }
}
