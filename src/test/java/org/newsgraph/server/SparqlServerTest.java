package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

class SparqlServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String POSTS = """
            PREFIX ng:  <https://w3id.org/newsgraph/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?name ?role ?country WHERE {
              ?person org:holds ?post ; ng:name ?name .
              ?post ng:roleLabel ?role ; org:postIn/ng:isoCode ?country .
            } ORDER BY ?name
            """;

    @TempDir
    static Path storeDir;
    static GraphStore store;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.open(storeDir);
        store.replace(Articles.all());
        server = SparqlServer.start(store, ServerSettings.defaults(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void selectReturnsPostsAsSparqlJson() throws Exception {
        HttpResponse<String> response = post(server, "sparql", form("query", POSTS), "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        JsonNode rows = JSON.readTree(response.body()).path("results").path("bindings");
        List<String> posts = new ArrayList<>();
        rows.forEach(row -> posts.add(row.path("name").path("value").asText() + " | " + row.path("role").path("value").asText()
                + " | " + row.path("country").path("value").asText()));
        assertThat(posts).containsExactly(
                Articles.HOSTILE_NAME + " | Spokesperson | FRA",
                "Jean-Noël Barrot | Foreign Minister | FRA",
                "Vladimir Putin | President | RUS",
                "Xi Jinping | President | CHN");
    }

    @Test
    void getWithQueryParameterAnswersInXml() throws Exception {
        HttpResponse<String> response = get(server, "sparql?query=" + URLEncoder.encode(POSTS, StandardCharsets.UTF_8),
                "application/sparql-results+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        assertThat(response.body()).contains("<literal>Xi Jinping</literal>");
    }

    @Test
    void csvWhenAskedForCsv() throws Exception {
        HttpResponse<String> response = post(server, "sparql", form("query", POSTS), "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body().lines().toList()).startsWith("name,role,country").contains("Vladimir Putin,President,RUS");
    }

    @Test
    void tsvWhenAskedForTsv() throws Exception {
        HttpResponse<String> response = post(server, "sparql", form("query", POSTS), "text/tab-separated-values");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().toList()).contains("\"Xi Jinping\"\t\"President\"\t\"CHN\"");
    }

    @Test
    void constructGivesTurtleAndJsonLd() throws Exception {
        String construct = """
                PREFIX ng:  <https://w3id.org/newsgraph/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                CONSTRUCT { ?person ng:name ?name } WHERE { ?person org:holds ?post ; ng:name ?name }
                """;
        HttpResponse<String> turtle = post(server, "sparql", form("query", construct), "text/turtle");
        HttpResponse<String> jsonld = post(server, "sparql", form("query", construct), "application/ld+json");

        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Model fromTurtle = parse(turtle.body(), Lang.TURTLE);
        assertThat(fromTurtle.contains(ResourceFactory.createResource(Articles.iri(Articles.PUTIN)), NG.name, "Vladimir Putin")).isTrue();
        assertThat(fromTurtle.size()).isEqualTo(4);
        assertThat(jsonld.statusCode()).isEqualTo(200);
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(fromTurtle)).isTrue();
    }

    @Test
    void badQueryIsRefusedWithTheParseError() throws Exception {
        HttpResponse<String> response = post(server, "sparql", form("query", "SELECT * WHERE { ?s ?p }"), "application/sparql-results+json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase("line 1");
    }

    @Test
    void updateIsRefusedWhenReadOnly() throws Exception {
        long before = store.quadCount();
        String insert = "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/x> { <urn:x> <urn:p> \"o\" } }";

        HttpResponse<String> atUpdate = postBody(server, "update", insert, "application/sparql-update");
        HttpResponse<String> atQuery = postBody(server, "sparql", insert, "application/sparql-update");
        HttpResponse<String> asForm = post(server, "sparql", form("update", insert), "*/*");

        assertThat(atUpdate.statusCode()).isBetween(400, 499);
        assertThat(atQuery.statusCode()).isBetween(400, 499);
        assertThat(asForm.statusCode()).isBetween(400, 499);
        assertThat(store.quadCount()).isEqualTo(before);
    }

    @Test
    void updateIsAcceptedWithAllowUpdate(@TempDir Path otherStore) throws Exception {
        try (GraphStore writable = GraphStore.open(otherStore);
             SparqlServer updatable = SparqlServer.start(writable, ServerSettings.defaults(0).withAllowUpdate(true))) {
            String insert = "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/x> { <urn:x> <urn:p> \"o\" } }";

            HttpRequest request = HttpRequest.newBuilder(URI.create(updatable.url() + "update")).header("Content-Type", "application/sparql-update")
                    .header(UpdateGuard.TOKEN_HEADER, updatable.updateToken()).POST(HttpRequest.BodyPublishers.ofString(insert)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isBetween(200, 299);
            assertThat(writable.quadCount()).isEqualTo(1);
            HttpResponse<String> read = post(updatable, "sparql", form("query", "SELECT ?o { <urn:x> <urn:p> ?o }"), "text/csv");
            assertThat(read.body().lines().toList()).containsExactly("o", "o");
        }
    }

    @Test
    void slowQueryFailsFastWithTimeout() throws Exception {
        try (SparqlServer strict = SparqlServer.start(store, ServerSettings.defaults(0).withTimeout(Duration.ofSeconds(1)))) {
            // a cross join of every triple with itself four times over: hundreds of millions of rows to count
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long started = System.nanoTime();

            HttpResponse<String> response = post(strict, "sparql", form("query", slow), "application/sparql-results+json");

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).containsIgnoringCase("timed out");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void rowsBeyondTheLimitAreCutAndFlagged() throws Exception {
        try (SparqlServer small = SparqlServer.start(store, ServerSettings.defaults(0).withMaxResults(2))) {
            HttpResponse<String> cut = post(small, "sparql", form("query", POSTS), "text/csv");
            HttpResponse<String> within = post(small, "sparql", form("query", POSTS + " LIMIT 1"), "text/csv");

            assertThat(cut.statusCode()).isEqualTo(200);
            assertThat(cut.body().lines().count()).isEqualTo(1 + 2);
            assertThat(cut.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER)).hasValue("true");
            assertThat(within.body().lines().count()).isEqualTo(1 + 1);
            assertThat(within.headers().firstValue(LimitedQueryProcessor.TRUNCATED_HEADER)).isEmpty();
        }
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        assertThat(server.boundHosts()).containsExactly("127.0.0.1");
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        // 127.0.0.2 is this machine too (Linux routes all of 127/8 to lo), but not the address the server bound
        InetAddress other = InetAddress.getByName("127.0.0.2");
        assumeTrue(reachable(other), "127.0.0.2 does not reach a socket bound to all interfaces here");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(other, server.port()), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void webPageAndScriptsAreServed() throws Exception {
        HttpResponse<String> page = get(server, "", "text/html");
        HttpResponse<String> d3 = get(server, "webjars/d3/7.9.0/dist/d3.min.js", "*/*");
        HttpResponse<String> app = get(server, "app.js", "*/*");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.body()).contains("<input id=\"search\"").contains("webjars/d3/7.9.0/dist/d3.min.js")
                .contains("<script src=\"app.js\" type=\"module\">");
        assertThat(d3.statusCode()).isEqualTo(200);
        assertThat(d3.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(d3.body()).contains("forceSimulation");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        for (String module : List.of("util.js", "search.js", "entity.js", "graph.js", "presets.js", "sparql.js")) {
            assertThat(get(server, module, "*/*").statusCode()).as(module).isEqualTo(200);
        }
        assertThat(get(server, "../pom.xml", "*/*").statusCode()).isBetween(400, 404);
        assertThat(get(server, "org/newsgraph/server/SparqlServer.class", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPresetRunsAndRolesByCountryIsOne() throws Exception {
        JsonNode presets = JSON.readTree(get(server, "api/presets", "application/json").body());

        List<String> names = new ArrayList<>();
        for (JsonNode preset : presets) {
            names.add(preset.path("name").asText());
            HttpResponse<String> response = post(server, "sparql", form("query", preset.path("query").asText()), "application/sparql-results+json");
            assertThat(response.statusCode()).as(preset.path("name").asText() + ": " + response.body()).isEqualTo(200);
        }
        assertThat(names).contains("roles-by-country");
    }

    @Test
    void factShowsItsPropertiesEvidenceAndArticle() throws Exception {
        String barrot = Articles.iri(Articles.BARROT);
        JsonNode entity = JSON.readTree(get(server, "api/entity?iri=" + URLEncoder.encode(barrot, StandardCharsets.UTF_8), "application/json").body());
        String fact = entity.path("facts").get(0).path("fact").asText();

        HttpResponse<String> response = get(server, "api/fact?iri=" + URLEncoder.encode(fact, StandardCharsets.UTF_8), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode described = JSON.readTree(response.body()).path("facts").get(0);
        assertThat(described.path("kind").asText()).isEqualTo("RoleHolding");
        assertThat(described.path("sentence").asText()).startsWith("French Foreign Minister Jean-Noël Barrot signed");
        assertThat(described.path("title").asText()).isEqualTo(Articles.HOSTILE_TITLE);
        assertThat(described.path("url").asText()).isEqualTo("https://news.example.org/signing-2");
        List<String> details = new ArrayList<>();
        described.path("details").forEach(d -> details.add(d.path("property").asText() + "=" + d.path("value").asText()));
        assertThat(details).contains("roleLabel=Foreign Minister", "postIn=France", "holder=Jean-Noël Barrot");
    }

    @Test
    void labelsNameEachNodeAndRefuseWhatIsNoIri() throws Exception {
        String body = JSON.writeValueAsString(List.of(Articles.iri(Articles.FRANCE), "urn:nothing"));
        HttpResponse<String> response = postBody(server, "api/labels", body, "application/json");
        HttpResponse<String> bad = postBody(server, "api/labels", "[\"not an iri\"]", "application/json");
        HttpResponse<String> badEntity = get(server, "api/entity?iri=%3Cx%3E", "application/json");

        JsonNode labels = JSON.readTree(response.body());
        assertThat(labels.path(Articles.iri(Articles.FRANCE)).path("label").asText()).isEqualTo("France");
        assertThat(labels.path(Articles.iri(Articles.FRANCE)).path("kind").asText()).isEqualTo("Country");
        assertThat(labels.path("urn:nothing").path("label").isNull()).isTrue();
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(badEntity.statusCode()).isEqualTo(400);
    }

    private static boolean reachable(InetAddress address) {
        try (ServerSocket all = new ServerSocket()) {
            all.bind(new InetSocketAddress((InetAddress) null, 0));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, all.getLocalPort()), 2000);
                return true;
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static Model parse(String text, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(model);
        return model;
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(SparqlServer target, String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build();
        return send(request);
    }

    /**
     * Sends on the shared client, and once more on a new connection when the pooled one turns out closed: Jetty
     * closes a connection after some refusals (a body left unread), and a loaded machine lets the client pick it
     * for the next request before it sees the close ("header parser received no bytes": the server never read it).
     */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> post(SparqlServer target, String path, String form, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + path)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request);
    }

    static HttpResponse<String> postBody(SparqlServer target, String path, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + path)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }
}
