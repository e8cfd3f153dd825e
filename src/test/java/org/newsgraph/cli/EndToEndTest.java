package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.ProjectFiles;
import org.newsgraph.store.GraphStore;

/**
 * The command line run for real, in-process: build the seed article and an article without facts into a
 * TDB2 store, then query, export and read facts back. Checks mechanics and shapes, not which facts the
 * extractors find.
 */
class EndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_ID = "seed-dprk-russia";

    @TempDir
    static Path folder;
    static Path store;
    static Path seed;
    static Path weather;

    @BeforeAll
    static void build() throws IOException {
        store = folder.resolve("store");
        seed = ProjectFiles.gold("seed-article.jsonl");
        weather = Files.writeString(folder.resolve("weather.txt"),
                "Weather\npublished: 2024-06-25\n\nRain is expected across the region on Thursday.\n");
        Run run = cli("build", "--store", store.toString(), seed.toString(), weather.toString());
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.err).contains("2 articles read, 2 stored");
    }

    @Test
    void queryPrintsCsvWithTheQuerysColumns() throws IOException {
        Path file = ProjectFiles.queries().resolve("articles-overview.rq");
        Run run = cli("query", "--store", store.toString(), "--format", "csv", file.toString());
        assertThat(run.status).as(run.err).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", QueryFactory.create(Files.readString(file)).getResultVars()));
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).startsWith(SEED_ID + ",2024-06-24,"))
                .anySatisfy(line -> assertThat(line).startsWith("weather,2024-06-25,Weather,0,0,0"));
    }

    @Test
    void everyBundledQueryRunsAgainstTheBuiltStore() throws IOException {
        try (var files = Files.list(ProjectFiles.queries())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                Run run = cli("query", "--store", store.toString(), "--format", "csv", file.toString());
                assertThat(run.status).as(file + ": " + run.err).isZero();
                String header = String.join(",", QueryFactory.create(Files.readString(file)).getResultVars());
                assertThat(run.out.lines().findFirst()).as(file.toString()).contains(header);
            }
        }
    }

    @Test
    void exportWritesTurtleThatParsesToTheWholeGraph() {
        Path turtle = folder.resolve("out/graph.ttl");
        Run run = cli("export", "--store", store.toString(), "--format", "turtle", "-o", turtle.toString());
        assertThat(run.status).as(run.err).isZero();
        Model exported = RDFDataMgr.loadModel(turtle.toString());
        try (GraphStore graphStore = GraphStore.open(store)) {
            Dataset dataset = graphStore.dataset();
            long union = Txn.calculateRead(dataset, () -> dataset.getUnionModel().size());
            assertThat(exported.size()).isEqualTo(union);
        }
        assertThat(exported.contains(null, NG.articleId, ResourceFactory.createStringLiteral(SEED_ID))).isTrue();
        assertThat(exported.contains(null, NG.articleId, ResourceFactory.createStringLiteral("weather"))).isTrue();
    }

    @Test
    void exportAsNQuadsKeepsOneGraphPerArticle() {
        Path nquads = folder.resolve("out/graph.nq");
        assertThat(cli("export", "--store", store.toString(), "--format", "nquads", "-o", nquads.toString()).status).isZero();
        var dataset = RDFDataMgr.loadDatasetGraph(nquads.toString());
        // and the graph of what resolution across the articles decided
        assertThat(dataset.listGraphNodes()).toIterable()
                .containsExactlyInAnyOrder(GraphStore.graphOf(SEED_ID), GraphStore.graphOf("weather"),
                        org.apache.jena.graph.NodeFactory.createURI(org.newsgraph.rdf.Iris.ENTITIES_GRAPH));
        try (GraphStore graphStore = GraphStore.open(store)) {
            assertThat(dataset.stream().count()).isEqualTo(graphStore.quadCount());
        }
    }

    @Test
    void factsPrintsOneJsonLinePerArticleIncludingArticlesWithoutFacts() throws IOException {
        Run run = cli("facts", "--store", store.toString());
        assertThat(run.status).as(run.err).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("id").asText()).containsExactly(SEED_ID, "weather");
        assertThat(lines).allSatisfy(line -> {
            for (String field : List.of("roles", "treaties", "statements")) {
                assertThat(line.get(field).isArray()).as(field).isTrue();
            }
        });
        JsonNode weatherLine = lines.get(1);
        assertThat(weatherLine.get("roles")).isEmpty();
        assertThat(weatherLine.get("treaties")).isEmpty();
        assertThat(weatherLine.get("statements")).isEmpty();
    }

    @Test
    void factsForOneArticlePrintsOnlyThatArticle() throws IOException {
        Run run = cli("facts", "--store", store.toString(), "--article", "weather");
        assertThat(run.status).isZero();
        assertThat(run.out.lines()).singleElement().satisfies(line -> assertThat(JSON.readTree(line).get("id").asText()).isEqualTo("weather"));

        Run missing = cli("facts", "--store", store.toString(), "--article", "no-such-article");
        assertThat(missing.status).isNotZero();
        assertThat(missing.out).isEmpty();
        assertThat(missing.err).contains("no-such-article");
    }

    @Test
    void buildingTheSameInputsAgainLeavesTheStoreAsItWas() {
        long before;
        try (GraphStore graphStore = GraphStore.open(store)) {
            before = graphStore.quadCount();
        }
        Run again = cli("build", "--store", store.toString(), seed.toString(), weather.toString());
        assertThat(again.status).as(again.err).isZero();
        try (GraphStore graphStore = GraphStore.open(store)) {
            assertThat(graphStore.quadCount()).isEqualTo(before).isPositive();
        }
    }

    @Test
    void badInputsAreReportedByFileAndLineWhileTheOtherArticlesAreStored() throws IOException {
        Path other = folder.resolve("bad-inputs-store");
        Path feed = Files.writeString(folder.resolve("feed.jsonl"), """
                {"id": "first", "title": "Talks", "text": "The talks went on for a second day."}
                {"id": "broken", "text": "This line ends too soon
                {"id": "third", "title": "Rain", "text": "Rain is expected on Thursday."}
                """);
        Path locked = Files.writeString(folder.resolve("locked.jsonl"), "{\"id\": \"locked\", \"text\": \"Unseen.\"}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockedOut = !Files.isReadable(locked); // root reads anything

        Run run = cli("build", "--store", other.toString(), feed.toString(), locked.toString(), weather.toString());

        assertThat(run.status).isNotZero();
        assertThat(run.err).contains(feed + ":2: read: malformed JSON");
        if (lockedOut) {
            assertThat(run.err).contains(locked + ": read: file is not readable");
        }
        Run facts = cli("facts", "--store", other.toString());
        List<String> ids = new ArrayList<>();
        for (String line : facts.out.lines().toList()) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertThat(ids).contains("first", "third", "weather").doesNotContain("broken");
        assumeThat(lockedOut).as("the unreadable-file check needs a user other than root").isTrue();
        assertThat(ids).doesNotContain("locked");
    }

    @Test
    void badSparqlIsAClearErrorNamingTheFile() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.rq"),
                "# a prefixed name with a slash is not SPARQL\nPREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ?p ex:country/C3 }\n");
        Run run = cli("query", "--store", store.toString(), bad.toString());
        assertThat(run.status).isNotZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).first().asString().startsWith("error: " + bad + ": not valid SPARQL");
    }

    @Test
    void aMissingQueryFileIsAOneLineErrorNamingIt() {
        Path missing = folder.resolve("no-such-query.rq");
        Run run = cli("query", "--store", store.toString(), missing.toString());
        assertThat(run.status).isNotZero();
        assertThat(run.err.lines()).singleElement().asString().startsWith("error: " + missing + ":");
    }

    /** Runs the command line with standard output and error captured. */
    static synchronized Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try (PrintStream newOut = new PrintStream(capturedOut, true, StandardCharsets.UTF_8);
             PrintStream newErr = new PrintStream(capturedErr, true, StandardCharsets.UTF_8)) {
            System.setOut(newOut);
            System.setErr(newErr);
            int status = Main.run(args);
            newOut.flush();
            return new Run(status, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Run(int status, String out, String err) {
    }
}
