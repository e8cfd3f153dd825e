package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.ExamplesStore;

/** The web view's JSON: search, the entity page, the graph view, the presets, and what the server refuses. */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path storeDir;
    static GraphStore store;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.open(storeDir);
        store.replace(ViewArticles.all());
        server = SparqlServer.start(store, ServerSettings.defaults(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void searchFindsAnyNameAccentAndCaseAsideMostReportedFirst() throws Exception {
        assertThat(labels(json("api/search?q=" + encode("jean noel")))).containsExactly("Jean-Noël Barrot");
        assertThat(labels(json("api/search?q=BARROT"))).containsExactly("Jean-Noël Barrot");
        assertThat(labels(json("api/search?q=rus"))).contains("Russia");
        JsonNode countries = json("api/search?kind=Country");
        assertThat(labels(countries)).startsWith("France", "Russia");
        List<Integer> facts = new ArrayList<>();
        countries.forEach(c -> facts.add(c.path("facts").asInt()));
        assertThat(facts).isSortedAccordingTo((a, b) -> b - a);
        assertThat(json("api/search?q=nobody+here")).isEmpty();
    }

    @Test
    void entityPageGroupsPostsAndStatementsWithDatesAndEvidence() throws Exception {
        JsonNode barrot = json("api/entity?iri=" + encode(Articles.iri(Articles.BARROT)));

        assertThat(barrot.path("label").asText()).isEqualTo("Jean-Noël Barrot");
        assertThat(barrot.path("kind").asText()).isEqualTo("Person");
        JsonNode post = barrot.path("posts").get(0);
        assertThat(post.path("role").asText()).isEqualTo("Foreign Minister");
        assertThat(post.path("other").path("label").asText()).isEqualTo("France");
        assertThat(post.path("first").asText()).isEqualTo("2024-06-02");
        List<String> made = new ArrayList<>();
        barrot.path("made").forEach(g -> made.add(g.path("relation").asText() + " " + g.path("other").path("label").asText() + " "
                + g.path("count").asInt() + " " + g.path("first").asText() + ".." + g.path("last").asText()));
        assertThat(made).containsExactly("criticize Russia 2 2024-05-20..2024-07-02", "support Ukraine 1 2024-07..2024-07");
        List<String> months = new ArrayList<>();
        barrot.path("timeline").forEach(m -> months.add(m.path("month").asText() + ":" + m.path("made").asInt() + "/" + m.path("posts").asInt()));
        assertThat(months).containsExactly("2024-05:1/0", "2024-06:0/1", "2024-07:2/0");

        assertThat(barrot.path("factCount").asInt()).isEqualTo(4);
        JsonNode condemned = null;
        for (JsonNode fact : barrot.path("facts")) {
            if ("2024-05-20".equals(fact.path("day").asText())) {
                condemned = fact;
            }
        }
        assertThat(condemned).isNotNull();
        String sentence = condemned.path("sentence").asText();
        JsonNode highlight = condemned.path("highlight");
        assertThat(sentence.substring(highlight.path("start").asInt(), highlight.path("end").asInt())).isEqualTo("Jean-Noël Barrot condemned Russia");
        assertThat(condemned.path("quotations").get(0).asText()).isEqualTo(ViewArticles.QUOTED);
        assertThat(condemned.path("outlet").path("label").asText()).isEqualTo("AFP");
        assertThat(condemned.path("url").asText()).isEqualTo("https://news.example.org/paris-may");
        assertThat(condemned.path("source").asText()).isEqualTo("Paris Wire");
    }

    @Test
    void guessesAreHiddenUnlessAskedFor() throws Exception {
        String france = encode(Articles.iri(Articles.FRANCE));
        JsonNode shown = json("api/entity?iri=" + france);
        JsonNode all = json("api/entity?iri=" + france + "&min=0.5");

        assertThat(holders(shown)).doesNotContain("Jean Dupont");
        assertThat(shown.path("hiddenCount").asInt()).isEqualTo(1);
        assertThat(holders(all)).contains("Jean Dupont", "Jean-Noël Barrot");
        assertThat(all.path("hiddenCount").asInt()).isZero();
    }

    @Test
    void graphAroundACountryIsDirectedAggregatedFilteredAndLimited() throws Exception {
        String russia = encode(Articles.iri(Articles.RUSSIA));
        JsonNode view = json("api/graph?focus=" + russia);

        assertThat(edges(view)).contains(tuple("Jean-Noël Barrot", "criticize", "Russia", 2), tuple("Vladimir Putin", "post", "Russia", 1),
                tuple("Jean-Noël Barrot", "support", "Ukraine", 1), tuple("Vladimir Putin", "threaten", "France", 1));
        assertThat(view.path("nodes").get(0).path("label").asText()).isEqualTo("Russia");
        assertThat(view.path("nodes").get(0).path("ring").asInt()).isZero();

        assertThat(edges(json("api/graph?kinds=criticize&focus=" + russia))).containsExactly(tuple("Jean-Noël Barrot", "criticize", "Russia", 2));
        assertThat(edges(json("api/graph?kinds=criticize&since=2024-06&focus=" + russia)))
                .containsExactly(tuple("Jean-Noël Barrot", "criticize", "Russia", 1));
        assertThat(edges(json("api/graph?kinds=criticize&outlet=" + encode("Paris Wire") + "&focus=" + russia)))
                .containsExactly(tuple("Jean-Noël Barrot", "criticize", "Russia", 1));
        JsonNode two = json("api/graph?limit=2&focus=" + russia);
        assertThat(two.path("nodes")).hasSize(2);
        assertThat(two.path("totalNodes").asInt()).isGreaterThan(2);
        assertThat(json("api/graph").path("nodes").size()).isBetween(2, 40);
    }

    @Test
    void aWriteShowsWithoutARestart() throws Exception {
        assertThat(json("api/search?q=zelenskyy")).isEmpty();
        String text = "President Volodymyr Zelenskyy spoke.";
        store.replace(List.of(new ArticleFacts(new Article("kyiv-1", "Kyiv", LocalDate.of(2024, 8, 1), null, null, text), List.<Fact>of(
                new RoleFact(Entity.person("Volodymyr Zelenskyy"), "President", ViewArticles.UKRAINE, null, true,
                        new Provenance(text, new CharSpan(0, text.length()), new CharSpan(0, 29), "hand", 0.9))))));

        // the first request after the write starts the reading of the new version and may get the previous one
        for (int i = 0; i < 300 && labels(json("api/search?q=zelenskyy")).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(labels(json("api/search?q=zelenskyy"))).containsExactly("Volodymyr Zelenskyy");
        assertThat(json("api/graph?focus=" + encode(Iris.entity(ViewArticles.UKRAINE))).path("nodes").size()).isGreaterThanOrEqualTo(2);
        store.remove("kyiv-1");
    }

    @Test
    void badValuesAreRefusedWithTheReason() throws Exception {
        assertThat(get("api/graph?min=5")).satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
                .satisfies(r -> assertThat(r.body()).contains("minimum confidence must lie in [0,1]"));
        assertThat(get("api/graph?since=2024-13").body()).contains("not an ISO date");
        assertThat(get("api/graph?kinds=praise").body()).contains("unknown kind");
        assertThat(get("api/graph?limit=many").body()).contains("limit is not a whole number");
        assertThat(get("api/entity?iri=x").statusCode()).isEqualTo(400);
        assertThat(get("api/search?kind=Planet").statusCode()).isEqualTo(400);
        assertThat(get("api/preset?name=nothing").statusCode()).isEqualTo(400);
        assertThat(get("api/search?q=x").headers().firstValue("Server-Timing").orElse("")).startsWith("app;dur=");
    }

    @Test
    void theStoreApiNeedsTheStoreToken() throws Exception {
        HttpResponse<String> without = get("api/store/hello");
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/store/hello"))
                .header(StoreApi.TOKEN_HEADER, "guess").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> right = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/store/hello"))
                .header(StoreApi.TOKEN_HEADER, server.storeToken()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/store/empty"))
                .header(StoreApi.TOKEN_HEADER, server.storeToken()).header("Origin", "http://evil.example").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void aBatchWithTheTokenMayPassTheBodyCapAndReplacesItsGraphs(@TempDir Path other) throws Exception {
        try (GraphStore small = GraphStore.open(other);
             SparqlServer strict = SparqlServer.start(small, ServerSettings.defaults(0).withMaxBodyBytes(2048))) {
            StringBuilder quads = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                quads.append("<urn:s").append(i).append("> <urn:p> \"value ").append(i).append("\" <https://w3id.org/newsgraph/id/article-a> .\n");
            }
            byte[] body = quads.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(body.length).isGreaterThan(2048);
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(strict.url() + "api/store/articles"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> stored = HTTP.send(HttpRequest.newBuilder(URI.create(strict.url() + "api/store/articles"))
                    .header(StoreApi.TOKEN_HEADER, strict.storeToken()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(strict.url() + "api/store/articles"))
                    .header(StoreApi.TOKEN_HEADER, strict.storeToken())
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> \"only\" <https://w3id.org/newsgraph/id/article-a> .\n")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> broken = HTTP.send(HttpRequest.newBuilder(URI.create(strict.url() + "api/store/articles"))
                    .header(StoreApi.TOKEN_HEADER, strict.storeToken()).POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:p> ")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            assertThat(JSON.readTree(stored.body()).path("quads").asInt()).isEqualTo(60);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(small.quadCount()).isEqualTo(1);
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(small.quadCount()).isEqualTo(1);
        }
    }

    @Test
    void everyPresetAnswersOnTheBundledExamplesAndBindsItsParameters(@TempDir Path unused) throws Exception {
        try (GraphStore examples = GraphStore.open(ExamplesStore.path());
             SparqlServer onExamples = SparqlServer.start(examples, ServerSettings.defaults(0))) {
            JsonNode presets = JSON.readTree(send(onExamples, "api/presets").body());
            assertThat(presets.size()).isGreaterThanOrEqualTo(10);
            for (JsonNode preset : presets) {
                HttpResponse<String> answer = send(onExamples, "api/preset?name=" + preset.path("name").asText());
                assertThat(answer.statusCode()).as(preset.path("name").asText() + ": " + answer.body()).isEqualTo(200);
                assertThat(JSON.readTree(answer.body()).path("results").path("bindings").size()).as(preset.path("name").asText()).isPositive();
            }
            JsonNode criticism = null;
            for (JsonNode preset : presets) {
                if (preset.path("name").asText().equals("criticism-of-country")) {
                    criticism = preset;
                }
            }
            assertThat(criticism.path("params")).extracting(p -> p.path("name").asText() + ":" + p.path("type").asText())
                    .containsExactly("iso:country", "since:since", "until:until");
            JsonNode iran = JSON.readTree(send(onExamples, "api/preset?name=criticism-of-country&iso=irn").body()).path("results").path("bindings");
            assertThat(iran).isNotEmpty().allSatisfy(row -> assertThat(row.path("target").path("value").asText()).isEqualTo("IRN"));
            assertThat(send(onExamples, "api/preset?name=criticism-of-country&iso=Iran").statusCode()).isEqualTo(400);
            HttpResponse<String> csv = send(onExamples, "api/preset?name=roles-by-country&iso=FIN&format=csv");
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body().lines().toList()).first().isEqualTo("country,person,role,current,article,personIri,countryIri");
            assertThat(csv.body().lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("FIN,"));
        }
    }

    private static List<String> holders(JsonNode entity) {
        List<String> names = new ArrayList<>();
        entity.path("holders").forEach(h -> names.add(h.path("other").path("label").asText()));
        return names;
    }

    private static List<org.assertj.core.groups.Tuple> edges(JsonNode view) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        view.path("nodes").forEach(n -> labels.put(n.path("iri").asText(), n.path("label").asText()));
        List<org.assertj.core.groups.Tuple> edges = new ArrayList<>();
        view.path("edges").forEach(e -> edges.add(tuple(labels.get(e.path("source").asText()), e.path("relation").asText(),
                labels.get(e.path("target").asText()), e.path("count").asInt())));
        return edges;
    }

    private static List<String> labels(JsonNode found) {
        List<String> labels = new ArrayList<>();
        found.forEach(item -> labels.add(item.path("label").asText()));
        return labels;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(server, path);
    }

    private static HttpResponse<String> send(SparqlServer target, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
