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

/** Graphviz DOT, written by JGraphT's exporter: a shape per node type, the relation or role on each edge. */
public final class DotWriter implements ViewGraphWriter {
    @Override
    public void write(ViewGraph graph, OutputStream out) {
        // ids are [A-Za-z0-9._-] (NodeIds) and so safe inside quotes; quoted because DOT's bare ids allow no '-'
        DOTExporter<ViewGraph.Node, ViewGraph.Edge> exporter = new DOTExporter<>(node -> "\"" + node.id() + "\"");
        exporter.setGraphIdProvider(() -> "newsgraph");
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = escaped(ViewAttributes.of(node));
            attributes.put("shape", DefaultAttribute.createAttribute(shape(node.type())));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> escaped(ViewAttributes.of(edge)));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        exporter.exportGraph(JGraphTGraphs.of(graph), writer);
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
