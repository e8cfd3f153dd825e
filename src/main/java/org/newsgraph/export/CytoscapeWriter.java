package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jgrapht.nio.Attribute;

/**
 * Cytoscape JSON ({@code .cyjs}: Cytoscape.js and Cytoscape desktop), streamed with Jackson:
 * {@code elements.nodes[].data} and {@code elements.edges[].data} with id, source, target, and Cytoscape
 * desktop's {@code name} and {@code interaction} columns beside the view's attributes.
 */
public final class CytoscapeWriter implements ViewGraphWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public void write(ViewGraph graph, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
        try (json) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "newsgraph");
            json.writeStringField("target_cytoscapejs_version", "~2.1");
            json.writeObjectFieldStart("data");
            json.writeStringField("name", "newsgraph");
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            for (ViewGraph.Node node : graph.nodes()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                json.writeStringField("id", node.id());
                json.writeStringField("name", node.label());
                fields(json, ViewAttributes.of(node));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (ViewGraph.Edge edge : graph.edges()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                json.writeStringField("id", edge.id());
                json.writeStringField("source", edge.source());
                json.writeStringField("target", edge.target());
                json.writeStringField("interaction", edge.relation().label());
                fields(json, ViewAttributes.of(edge));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.flush();
    }

    /** Numbers and booleans as JSON numbers and booleans, so Cytoscape's columns get their types. */
    private static void fields(JsonGenerator json, Map<String, Attribute> attributes) throws IOException {
        for (Map.Entry<String, Attribute> entry : attributes.entrySet()) {
            String value = entry.getValue().getValue();
            switch (entry.getValue().getType()) {
                case INT -> json.writeNumberField(entry.getKey(), Integer.parseInt(value));
                case DOUBLE -> json.writeNumberField(entry.getKey(), Double.parseDouble(value));
                case BOOLEAN -> json.writeBooleanField(entry.getKey(), Boolean.parseBoolean(value));
                default -> json.writeStringField(entry.getKey(), value);
            }
        }
    }
}
