package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ProjectFiles;
import org.newsgraph.rdf.SampleArticles;

/** FactsReader reads the store back in the shape of ../shared/gold/README.md, which the reference scorer reads. */
class FactsReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.open(folder.resolve("store"));
        store.replace(SampleArticles.all());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsEveryArticleInTheGoldShape() throws IOException {
        List<JsonNode> expected = expected();
        List<ObjectNode> actual = new FactsReader(store).readAll(0);
        assertThat(actual).extracting(a -> a.get("id").asText())
                .containsExactly("sample-empty", "sample-fisheries", "sample-talks");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(unordered(withoutProvenance(actual.get(i)))).isEqualTo(unordered(expected.get(i)));
        }
    }

    @Test
    void eachFactCarriesItsIriAndEvidenceSentence() {
        for (ObjectNode article : new FactsReader(store).readAll(0)) {
            ArticleFacts sample = SampleArticles.all().stream()
                    .filter(a -> a.article().id().equals(article.get("id").asText())).findFirst().orElseThrow();
            List<String> iris = new ArrayList<>();
            for (JsonNode fact : facts(article)) {
                iris.add(fact.get("fact").asText());
                String sentence = fact.get("evidence").asText();
                assertThat(sample.facts()).anySatisfy(f -> assertThat(f.provenance().sentence()).isEqualTo(sentence));
            }
            assertThat(iris).containsExactlyInAnyOrderElementsOf(sample.facts().stream()
                    .map(f -> Iris.fact(sample.article().id(), f.identity())).toList());
        }
    }

    @Test
    void readsOneArticleById() {
        List<ObjectNode> one = new ArrayList<>();
        new FactsReader(store).read("sample-talks", 0, one::add);
        assertThat(one).singleElement().satisfies(article -> {
            assertThat(article.get("id").asText()).isEqualTo("sample-talks");
            assertThat(article.get("statements")).hasSize(4);
        });
        List<ObjectNode> none = new ArrayList<>();
        new FactsReader(store).read("no-such-article", 0, none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void aConfidenceThresholdDropsFactsButKeepsArticles() {
        List<ObjectNode> sure = new FactsReader(store).readAll(0.8);
        assertThat(sure).hasSize(3);
        assertThat(sure).flatExtracting(a -> List.of(a.get("roles"), a.get("treaties"), a.get("statements")))
                .flatExtracting(array -> {
                    List<Double> confidences = new ArrayList<>();
                    array.forEach(fact -> confidences.add(fact.get("confidence").asDouble()));
                    return confidences;
                })
                .hasSize(7) // 4 posts at 0.9, the treaty at 0.8 (inclusive), statements at 0.85 and 0.8
                .allSatisfy(confidence -> assertThat(confidence).isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void theReferenceScorerReadsTheOutputAsAPerfectAnswer() throws Exception {
        Path scorer = ProjectFiles.gold("score.py");
        assumeThat(pythonAvailable()).as("python3 on the PATH").isTrue();
        // the gold: the expected facts, without the former post (the scorer leaves out posts that are not current)
        Path gold = folder.resolve("gold.jsonl");
        List<String> goldLines = new ArrayList<>();
        for (JsonNode article : expected()) {
            ArrayNode roles = (ArrayNode) article.get("roles");
            for (int i = roles.size() - 1; i >= 0; i--) {
                if (!roles.get(i).get("current").asBoolean()) {
                    roles.remove(i);
                }
            }
            goldLines.add(JSON.writeValueAsString(article));
        }
        Files.write(gold, goldLines, StandardCharsets.UTF_8);
        Path system = folder.resolve("system.jsonl");
        List<String> systemLines = new ArrayList<>();
        for (ObjectNode article : new FactsReader(store).readAll(0)) {
            systemLines.add(JSON.writeValueAsString(article));
        }
        Files.write(system, systemLines, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder("python3", scorer.toString(), gold.toString(), system.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        JsonNode scores = JSON.readTree(output);
        assertThat(scores.get("kg_f1").asDouble()).as(output).isEqualTo(1.0);
        for (String measure : List.of("roles_strict", "treaties", "treaty_signatories", "treaty_parties", "treaty_date",
                "treaty_place", "statements_strict")) {
            assertThat(scores.get(measure).get("f1").asDouble()).as(measure + " in " + output).isEqualTo(1.0);
        }
    }

    private static List<JsonNode> expected() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = FactsReaderTest.class.getResourceAsStream("sample-facts.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static List<JsonNode> facts(JsonNode article) {
        List<JsonNode> facts = new ArrayList<>();
        for (String field : List.of("roles", "treaties", "statements", "quotations")) {
            article.get(field).forEach(facts::add);
        }
        return facts;
    }

    /** The article without the fields that are not part of the gold shape (each fact's IRI and sentence). */
    private static JsonNode withoutProvenance(ObjectNode article) {
        ObjectNode copy = article.deepCopy();
        for (JsonNode fact : facts(copy)) {
            ((ObjectNode) fact).remove(List.of("fact", "evidence"));
        }
        return copy;
    }

    /** The fact lists sorted, since the reader promises no order of facts within an article. */
    private static JsonNode unordered(JsonNode article) {
        ObjectNode copy = article.deepCopy();
        for (String field : List.of("roles", "treaties", "statements")) {
            List<JsonNode> facts = new ArrayList<>();
            article.get(field).forEach(facts::add);
            facts.sort(Comparator.comparing(JsonNode::toString));
            copy.putArray(field).addAll(facts);
        }
        return copy;
    }

    private static boolean pythonAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
