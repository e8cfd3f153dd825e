package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.ScorePy;
import org.newsgraph.eval.Scorer;
import org.newsgraph.ingest.Problems;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.model.TreatyFact;
import org.newsgraph.store.GraphStore;

class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST = "Polish President Anna Berg met Foreign Minister Jan Kowal in Gdansk on Monday.";
    private static final String SECOND = "Berg criticised Germany over the closed border.";
    private static final String THIRD = "Berg signed the Baltic Fisheries Accord for Poland on 4 March 2024 in Gdansk.";
    private static final String TEXT = FIRST + " " + SECOND + " " + THIRD;
    private static final String GOLD = """
            {"id": "eval-test", "roles": [{"person": "Anna Berg", "role": "president", "country": "POL"},\
             {"person": "Jan Kowal", "role": "foreign minister", "country": "POL"}],\
             "treaties": [{"name": "Baltic Fisheries Accord", "aliases": [], "signatories": ["Anna Berg"],\
             "parties": ["POL"], "date": "2024-03", "place": "Gdansk"}],\
             "statements": [{"speaker": "Anna Berg", "target": "DEU", "kind": "criticize"}], "aliases": {}}
            """;

    @TempDir
    Path temp;
    Path gold;
    Path store;

    @BeforeEach
    void storeWithFacts() throws IOException {
        gold = temp.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        store = temp.resolve("store");
        Entity berg = Entity.person("Anna Berg");
        Entity poland = Entity.country("POL", "Poland");
        Article article = new Article("eval-test", "A test", LocalDate.of(2024, 3, 5), null, "test", TEXT);
        List<org.newsgraph.model.Fact> facts = List.of(
                new RoleFact(berg, "president", poland, null, true, provenance(FIRST, 0.9)),
                new RoleFact(Entity.person("Jan Kowal"), "prime minister", poland, null, true, provenance(FIRST, 0.4)),
                new StatementFact(berg, Entity.country("DEU", "Germany"), StatementKind.CRITICIZE, null, null, null, provenance(SECOND, 0.8)),
                new TreatyFact("Fisheries Accord", List.of(), List.of(berg), List.of(poland), "2024-03-04", "Gdansk", provenance(THIRD, 0.6)));
        try (GraphStore graphStore = GraphStore.open(store)) {
            graphStore.replace(List.of(new ArticleFacts(article, facts)));
        }
    }

    @Test
    void scoresAStoreAsScorePyScoresTheFactsItWrites() throws Exception {
        Path written = temp.resolve("facts/system.jsonl");
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--json", "--write-facts", written.toString());

        assertThat(run.exit).as(run.err).isZero();
        JsonNode report = JSON.readTree(run.out);
        // roles 1 of 2 both ways (F1 0.5), signatories, parties and statements all right
        assertThat(report.get("kg_f1").asDouble()).isEqualTo(0.875);
        assertThat(report.get("roles_strict").get("system").asInt()).isEqualTo(2);
        assertThat(run.err).contains("eval took");
        JsonNode python = ScorePy.score(gold, written);
        // persons across articles are newsgraph's own measure, which score.py does not know
        assertThat(report.get("person_clusters").get("items").asInt()).isEqualTo(2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("person_clusters");
        assertThat(report).isEqualTo(python);
    }

    @Test
    void minConfidenceLeavesOutLessCertainFacts() throws Exception {
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--json", "--min-confidence", "0.5");
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.get("roles_strict").get("system").asInt()).isEqualTo(1);
        assertThat(report.get("roles_strict").get("precision").asDouble()).isEqualTo(1.0);
    }

    @Test
    void listsErrorsWithTheirEvidenceAndTheNearestSentence() {
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--errors");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("errors: 1 false positives (FP), 1 false negatives (FN)", "\neval-test\n",
                "  FN roles_strict        Jan Kowal | foreign minister | POL\n       nearest: " + FIRST,
                "  FP roles_strict        Jan Kowal | prime minister | POL\n       evidence: " + FIRST);
        assertThat(run.out).containsPattern("KG F1 0\\.875\\n").containsPattern("eval took \\d+\\.\\d s");
    }

    @Test
    void listsErrorsInTheJsonReport() throws Exception {
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--errors", "--json");
        JsonNode errors = JSON.readTree(run.out).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1).get("type").asText()).isEqualTo("FP");
        assertThat(errors.get(1).get("article").asText()).isEqualTo("eval-test");
        assertThat(errors.get(1).get("measure").asText()).isEqualTo("roles_strict");
        assertThat(errors.get(1).get("evidence").asText()).isEqualTo(FIRST);
        assertThat(errors.get(0).get("nearest_sentence").asText()).isEqualTo(FIRST);
    }

    @Test
    void curveScoresEachThreshold() throws Exception {
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--curve", "--json");
        JsonNode curve = JSON.readTree(run.out).get("curve");
        assertThat(curve).extracting(point -> point.get("threshold").asDouble()).containsExactly(0.0, 0.3, 0.5, 0.7, 0.9);
        // at 0.9 only Anna Berg's post is left: roles precision 1, recall 0.5; the rest found nothing
        JsonNode top = curve.get(4);
        assertThat(top.get("roles_strict").get("recall").asDouble()).isEqualTo(0.5);
        assertThat(top.get("statements_strict").get("system").asInt()).isZero();
        assertThat(curve.get(0).get("kg_f1").asDouble()).isEqualTo(0.875);

        CommandRun table = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--curve");
        assertThat(table.out).contains("precision/recall/F1 by confidence threshold").containsPattern(">= 0\\.9 +1\\.000 0\\.500 0\\.667");
    }

    @Test
    void extractsArticlesIntoATemporaryStoreAndDeletesIt() throws Exception {
        Path articles = temp.resolve("articles.jsonl");
        Files.writeString(articles, JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "eval-test").put("published", "2024-03-05").put("text", TEXT)) + "\n");
        Set<Path> before = evalTempFolders();
        Path written = temp.resolve("extracted.jsonl");
        CommandRun run = run("eval", "--gold", gold.toString(), articles.toString(), "--json", "--write-facts", written.toString());

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains("1 articles read, 1 stored");
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.get("articles").asInt()).isEqualTo(1);
        assertThat(report.get("articles_without_output").asInt()).isZero();
        Report java = score(gold, written);
        assertThat(report.get("person_clusters").get("bcubed").get("precision").asDouble()).isEqualTo(1.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) report).remove("person_clusters");
        assertThat(report).isEqualTo(java.toJson());
        assertThat(evalTempFolders()).isEqualTo(before);
    }

    @Test
    void refusesBadCommandLines() {
        assertThat(run("eval", "--gold", gold.toString()).exit).isEqualTo(2);
        assertThat(run("eval", "--gold", gold.toString(), "--store", store.toString(), "x.jsonl").exit).isEqualTo(2);
        CommandRun notAStore = run("eval", "--gold", gold.toString(), "--store", temp.toString());
        assertThat(notAStore.exit).isEqualTo(2);
        assertThat(notAStore.err).contains("no newsgraph store at " + temp);
        CommandRun missing = run("eval", "--gold", temp.resolve("none.jsonl").toString(), "--store", store.toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("none.jsonl: no such file");
    }

    @Test
    void badGoldLinesAreReportedAndTheRestScored() throws IOException {
        Files.writeString(gold, GOLD + "{not json}\n", StandardCharsets.UTF_8);
        CommandRun run = run("eval", "--gold", gold.toString(), "--store", store.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains(gold + ":2: gold: not JSON");
        assertThat(run.out).contains("KG F1 0.875");
    }

    private static Report score(Path gold, Path system) throws IOException {
        Problems problems = Problems.silent();
        var goldSheets = GoldFile.readGold(gold, problems);
        java.util.Map<String, FactSheet> systemSheets = GoldFile.readSystem(system, problems);
        return Scorer.score(goldSheets, systemSheets).report();
    }

    private static Provenance provenance(String sentence, double confidence) {
        int start = TEXT.indexOf(sentence);
        CharSpan span = new CharSpan(start, start + sentence.length());
        return new Provenance(sentence, span, span, "test", confidence);
    }

    private static Set<Path> evalTempFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("newsgraph-eval-")).collect(Collectors.toSet());
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
