package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

class CytoscapeWriterTest {
    @TempDir
    static Path directory;
    static JsonNode json;

    @BeforeAll
    static void export() throws Exception {
        ExportFixture.build(directory.resolve("store"));
        Path file = directory.resolve("graph.cyjs");
        try (GraphStore store = GraphStore.open(directory.resolve("store")); OutputStream out = Files.newOutputStream(file)) {
            new CytoscapeWriter().write(new ViewGraphReader(store, System.err::println).read(ViewFilter.ALL), out);
        }
        json = new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void holdsEveryNodeAndEdgeWithEndsThatAreNodes() {
        JsonNode nodes = json.path("elements").path("nodes");
        JsonNode edges = json.path("elements").path("edges");
        assertThat(nodes.size()).isEqualTo(ExportFixture.NODES);
        assertThat(edges.size()).isEqualTo(ExportFixture.EDGES);

        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.path("data").path("id").asText()));
        assertThat(ids).hasSize(ExportFixture.NODES);
        edges.forEach(edge -> {
            assertThat(ids).contains(edge.path("data").path("source").asText(), edge.path("data").path("target").asText());
            assertThat(edge.path("data").path("id").asText()).isNotEmpty();
        });
    }

    @Test
    void typesNumbersAndBooleansForCytoscapeColumns() {
        JsonNode russia = node("country-RUS");
        assertThat(russia.path("name").asText()).isEqualTo("Russia");
        assertThat(russia.path("isoCode").asText()).isEqualTo("RUS");
        assertThat(russia.path("evidence").isInt()).isTrue();
        assertThat(russia.path("evidence").asInt()).isEqualTo(2);

        JsonNode post = null;
        for (JsonNode edge : json.path("elements").path("edges")) {
            if (edge.path("data").path("source").asText().equals("person-vladimir-putin")
                    && edge.path("data").path("interaction").asText().equals("holds post in")) {
                post = edge.path("data");
            }
        }
        assertThat(post).isNotNull();
        assertThat(post.path("label").asText()).isEqualTo("president");
        assertThat(post.path("confidence").isDouble()).isTrue();
        assertThat(post.path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(post.path("current").isBoolean()).isTrue();
    }

    @Test
    void keepsQuotesAngleBracketsAmpersandsAndLineBreaks() {
        Set<String> labels = new HashSet<>();
        json.path("elements").path("nodes").forEach(node -> labels.add(node.path("data").path("label").asText()));
        Set<String> quotes = new HashSet<>();
        json.path("elements").path("edges").forEach(edge -> quotes.add(edge.path("data").path("quote").asText()));

        assertThat(labels).contains(ExportFixture.TRICKY_NAME);
        assertThat(quotes).contains(ExportFixture.TRICKY_QUOTE);
    }

    private static JsonNode node(String id) {
        for (JsonNode node : json.path("elements").path("nodes")) {
            if (node.path("data").path("id").asText().equals(id)) {
                return node.path("data");
            }
        }
        throw new AssertionError("no node " + id);
    }
}
