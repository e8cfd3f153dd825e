package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlWriterTest {
    @TempDir
    static Path directory;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        file = ExportFixture.exportWith(new GraphMlWriter(), directory, "graph.graphml");
    }

    @Test
    void isValidGraphMl() throws Exception {
        Readers.validate(file, "graphml.xsd");
    }

    @Test
    void readsBackWithEveryNodeEdgeAndAttribute() throws Exception {
        GraphMLImporter<String, org.jgrapht.graph.DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.graph().vertexSet()).hasSize(ExportFixture.NODES);
        assertThat(imported.graph().edgeSet()).hasSize(ExportFixture.EDGES);
        assertThat(imported.node("country-RUS", "isoCode")).isEqualTo("RUS");
        assertThat(imported.node("country-RUS", "evidence")).isEqualTo("2");
        assertThat(imported.edgeAttributes().values()).anySatisfy(edge -> {
            assertThat(edge).containsEntry("label", "president").containsEntry("relation", "holds post in")
                    .containsEntry("date", "2024-06-20").containsEntry("confidence", "0.9").containsEntry("articleId", "summit-1");
        });
    }

    @Test
    void keepsQuotesAngleBracketsAmpersandsAndLineBreaks() throws Exception {
        GraphMLImporter<String, org.jgrapht.graph.DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.nodeAttributes().values()).extracting(node -> node.get("label")).contains(ExportFixture.TRICKY_NAME);
        assertThat(imported.edgeAttributes().values()).extracting(edge -> edge.get("quote")).contains(ExportFixture.TRICKY_QUOTE);
    }
}
