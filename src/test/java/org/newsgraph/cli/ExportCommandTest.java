package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ExportFixture;
import org.newsgraph.store.GraphStore;

class ExportCommandTest {
    @TempDir
    static Path storeDir;
    @TempDir
    Path directory;

    @BeforeAll
    static void buildStore() {
        ExportFixture.build(storeDir);
    }

    @Test
    void writesValidGraphMlThroughTheCommandLine() throws Exception {
        Path file = directory.resolve("out/graph.graphml");

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "graphml", "-o", file.toString());

        assertThat(exit).isZero();
        validateGraphMl(file);
        Graph<String, DefaultEdge> graph = importGraphMl(file);
        assertThat(graph.vertexSet()).hasSize(ExportFixture.NODES);
        assertThat(graph.edgeSet()).hasSize(ExportFixture.EDGES);
        assertThat(leftovers(file.getParent())).isEmpty();
    }

    @Test
    void appliesConfidenceAndCountryFilters() throws Exception {
        Path file = directory.resolve("prk.graphml");

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "graphml", "-o", file.toString(),
                "--country", "prk", "--min-confidence", "0.5");

        assertThat(exit).isZero();
        Graph<String, DefaultEdge> graph = importGraphMl(file);
        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("country-PRK", "country-RUS", "person-kim-jong-un",
                "person-vladimir-putin", "treaty-treaty-on-comprehensive-strategic-partnership");
        assertThat(graph.edgeSet()).hasSize(4);
    }

    @Test
    void restrictsTheViewToTheNodesOfASelectQuery() throws Exception {
        Path query = directory.resolve("people.rq");
        Files.writeString(query, "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\nSELECT ?p WHERE { ?p a ng:Person }\n");
        Path file = directory.resolve("people.graphml");

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "graphml", "-o", file.toString(),
                "--query", query.toString());

        assertThat(exit).isZero();
        Graph<String, DefaultEdge> graph = importGraphMl(file);
        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("person-joe-biden", "person-kim-jong-un", "person-vladimir-putin");
        assertThat(graph.edgeSet()).isEmpty();
    }

    @Test
    void keepsTheRdfFormatsWorking() throws Exception {
        Path turtle = directory.resolve("graph.ttl");
        Path nquads = directory.resolve("graph.nq");

        assertThat(Main.run("export", "--store", storeDir.toString(), "--format", "turtle", "-o", turtle.toString())).isZero();
        assertThat(Main.run("export", "--store", storeDir.toString(), "--format", "nquads", "-o", nquads.toString())).isZero();

        Model written = RDFDataMgr.loadModel(turtle.toString());
        Dataset quads = RDFDataMgr.loadDataset(nquads.toString());
        try (GraphStore store = GraphStore.open(storeDir)) {
            Txn.executeRead(store.dataset(), () -> {
                assertThat(written.isIsomorphicWith(store.dataset().getUnionModel())).isTrue();
                assertThat(quads.asDatasetGraph().stream().count()).isEqualTo(store.quadCount());
            });
        }
    }

    @Test
    void rejectsABadQueryFileWithoutWritingAFile() throws Exception {
        Path query = directory.resolve("broken.rq");
        Files.writeString(query, "SELECT ?x WHERE { ?x ");
        Path file = directory.resolve("never.graphml");

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "graphml", "-o", file.toString(),
                "--query", query.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(file).doesNotExist();
        assertThat(leftovers(directory)).isEmpty();
    }

    @Test
    void rejectsFiltersOnRdfFormatsAndBadValues() {
        String store = storeDir.toString();
        assertThat(Main.run("export", "--store", store, "--format", "turtle", "--country", "RUS")).isEqualTo(2);
        assertThat(Main.run("export", "--store", store, "--format", "gexf", "--since", "2024-13")).isEqualTo(2);
        assertThat(Main.run("export", "--store", store, "--format", "gexf", "--country", "Russia")).isEqualTo(2);
        assertThat(Main.run("export", "--store", store, "--format", "gexf", "--min-confidence", "2")).isEqualTo(2);
        assertThat(Main.run("export", "--store", directory.resolve("nothing").toString(), "--format", "dot")).isEqualTo(2);
    }

    @Test
    void leavesNoTemporaryFileWhenTheExportFails() throws Exception {
        // the target is a folder that is not empty, so moving the finished export into place fails
        Path target = directory.resolve("occupied");
        Files.createDirectories(target.resolve("inside"));

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "cytoscape", "-o", target.toString());

        assertThat(exit).isNotZero();
        assertThat(target.resolve("inside")).isDirectory();
        assertThat(leftovers(directory)).isEmpty();
    }

    private static Stream<Path> leftoversStream(Path folder) throws Exception {
        return Files.list(folder).filter(path -> path.getFileName().toString().startsWith(".export"));
    }

    private static java.util.List<Path> leftovers(Path folder) throws Exception {
        try (Stream<Path> files = leftoversStream(folder)) {
            return files.toList();
        }
    }

    private static void validateGraphMl(Path file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(ExportCommandTest.class.getClassLoader().getResource("graphml.xsd"))
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    private static Graph<String, DefaultEdge> importGraphMl(Path file) throws Exception {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.createDefaultEdgeSupplier(), false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        try (var reader = Files.newBufferedReader(file)) {
            importer.importGraph(graph, reader);
        }
        return graph;
    }
}
