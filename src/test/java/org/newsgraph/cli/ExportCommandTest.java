package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.newsgraph.rdf.NG;
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
    void turtleTrigAndJsonLdCarryThePrefixes() throws Exception {
        Path turtle = directory.resolve("graph.ttl");
        Path trig = directory.resolve("graph.trig");
        Path jsonld = directory.resolve("graph.jsonld");
        for (Path file : java.util.List.of(turtle, trig, jsonld)) {
            String format = Map.of("ttl", "turtle", "trig", "trig", "jsonld", "jsonld").get(file.toString().replaceAll(".*\\.", ""));
            assertThat(Main.run("export", "--store", storeDir.toString(), "--format", format, "-o", file.toString())).isZero();
        }

        assertThat(Files.readString(turtle)).startsWith("@prefix id:").contains("@prefix ng:   <https://w3id.org/newsgraph/ontology#> .")
                .contains("ng:Person");
        assertThat(Files.readString(trig)).contains("@prefix ng:   <https://w3id.org/newsgraph/ontology#> .").contains("id:article-summit-1");
        JsonNode context = new ObjectMapper().readTree(jsonld.toFile()).path("@context");
        assertThat(context.path("ng").asText()).isEqualTo("https://w3id.org/newsgraph/ontology#");
        assertThat(context.path("id").asText()).isEqualTo("https://w3id.org/newsgraph/id/");
        Dataset read = RDFDataMgr.loadDataset(jsonld.toString());
        try (GraphStore store = GraphStore.open(storeDir)) {
            Txn.executeRead(store.dataset(), () -> assertThat(read.asDatasetGraph().stream().count()).isEqualTo(store.quadCount()));
        }
    }

    @Test
    void noTextLeavesTheArticleWordsOutAndKeepsTheOffsets() throws Exception {
        for (String format : java.util.List.of("turtle", "nquads", "jsonld", "rdfxml", "trig")) {
            Path file = directory.resolve("bare." + format);
            assertThat(Main.run("export", "--store", storeDir.toString(), "--format", format, "--no-text", "-o", file.toString())).isZero();
            Dataset read = RDFDataMgr.loadDataset(file.toString(), org.apache.jena.riot.RDFLanguages.filenameToLang(file.toString(),
                    format.equals("turtle") ? org.apache.jena.riot.Lang.TURTLE : format.equals("rdfxml") ? org.apache.jena.riot.Lang.RDFXML
                            : format.equals("jsonld") ? org.apache.jena.riot.Lang.JSONLD : org.apache.jena.riot.Lang.NQUADS));
            Model all = read.getUnionModel().union(read.getDefaultModel());
            assertThat(all.listStatements(null, NG.text, (org.apache.jena.rdf.model.RDFNode) null).toList()).as(format).isEmpty();
            assertThat(all.listStatements(null, NG.sentence, (org.apache.jena.rdf.model.RDFNode) null).toList()).as(format).isEmpty();
            assertThat(all.listStatements(null, NG.start, (org.apache.jena.rdf.model.RDFNode) null).toList()).as(format).hasSize(6);
            assertThat(all.listStatements(null, NG.title, (org.apache.jena.rdf.model.RDFNode) null).toList()).as(format).hasSize(2);
        }
    }

    @Test
    void csvEventsThroughTheCommandLine() throws Exception {
        Path file = directory.resolve("events.csv");

        int exit = Main.run("export", "--store", storeDir.toString(), "--format", "csv-events", "--min-confidence", "0.5",
                "-o", file.toString());

        assertThat(exit).isZero();
        java.util.List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("event,type,relation,date,published,subject,subject_label");
        assertThat(Files.readString(file)).contains("\r\n");
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheFormats() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        int exit;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            exit = Main.run("export", "--store", storeDir.toString(), "--format", "excel");
        } finally {
            System.setErr(old);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("error: unknown export format 'excel'; one of: turtle, "
                + "ntriples, rdfxml, trig, nquads, jsonld, graphml, gexf, cytoscape, dot, csv-events\n");
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
