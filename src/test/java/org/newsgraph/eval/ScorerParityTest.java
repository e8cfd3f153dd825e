package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Problems;

/** The Java scorer gives the numbers of the reference scorer, score.py, on the same facts. */
class ScorerParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void agreesWithScorePyOnFixtureThatExercisesEveryRule() throws Exception {
        Path gold = ScorePy.resource("fixture-gold.jsonl");
        Path system = ScorePy.resource("fixture-system.jsonl");
        Report java = javaReport(gold, system);
        ScorePy.assertSameNumbers(ScorePy.score(gold, system), java);
        // the fixture is not trivial: every measure has hits and misses on both sides
        for (Measure measure : Measure.values()) {
            Score s = java.score(measure);
            assertThat(s.matched()).as(measure.key()).isPositive();
            assertThat(s.matched() < s.system() || s.matched() < s.gold()).as(measure.key() + " has errors").isTrue();
        }
        assertThat(java.articlesWithoutOutput()).isEqualTo(1);
    }

    @Test
    void agreesWithScorePyOnRealGoldAgainstItself() throws Exception {
        Path gold = ScorePy.goldFolder().resolve("gold.jsonl");
        Report java = javaReport(gold, gold);
        ScorePy.assertSameNumbers(ScorePy.score(gold, gold), java);
        assertThat(java.kgF1()).isEqualTo(1.0);
    }

    @Test
    void agreesWithScorePyOnRealGoldAgainstPerturbedCopy() throws Exception {
        Path gold = ScorePy.goldFolder().resolve("gold.jsonl");
        Path perturbed = temp.resolve("perturbed.jsonl");
        perturb(gold, perturbed, new Random(20240619));
        Report java = javaReport(gold, perturbed);
        ScorePy.assertSameNumbers(ScorePy.score(gold, perturbed), java);
        assertThat(java.kgF1()).isBetween(0.2, 0.95);
    }

    private static Report javaReport(Path gold, Path system) throws IOException {
        Problems problems = Problems.silent();
        Map<String, FactSheet> goldSheets = GoldFile.readGold(gold, problems);
        Map<String, FactSheet> systemSheets = GoldFile.readSystem(system, problems);
        assertThat(problems.all()).isEmpty();
        return Scorer.score(goldSheets, systemSheets).report();
    }

    /**
     * A copy of the gold with the kinds of mistakes and variations an extractor makes: facts dropped, duplicated
     * or reordered, names written differently (aliases, accents removed, honorifics, upper case), wrong kinds,
     * former posts, dates at another precision, invented treaty names, and an article left out.
     */
    private static void perturb(Path gold, Path out, Random random) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank() || random.nextInt(20) == 0) {
                continue; // an article without output
            }
            ObjectNode article = (ObjectNode) JSON.readTree(line);
            JsonNode aliases = article.path("aliases");
            article.remove("aliases");
            ArrayNode roles = article.withArray("roles");
            for (JsonNode node : roles) {
                ObjectNode role = (ObjectNode) node;
                role.remove("optional");
                role.put("person", variant(role.path("person").asText(), aliases, random));
                if (role.get("role").isArray()) {
                    role.put("role", role.get("role").get(0).asText());
                }
                switch (random.nextInt(8)) {
                    case 0 -> role.put("role", "former " + role.get("role").asText());
                    case 1 -> role.put("current", false);
                    case 2 -> role.put("role", role.get("role").asText() + "s");
                    case 3 -> role.put("country", "the " + role.path("country").asText());
                    default -> { }
                }
            }
            for (JsonNode node : article.withArray("treaties")) {
                ObjectNode treaty = (ObjectNode) node;
                treaty.remove("optional");
                if (random.nextInt(3) == 0) {
                    treaty.put("name", "Agreement on " + treaty.path("name").asText().split(" ")[0]);
                }
                String date = treaty.path("date").asText("");
                if (date.length() >= 7 && random.nextBoolean()) {
                    treaty.put("date", date.substring(0, random.nextBoolean() ? 4 : 7));
                }
                ArrayNode signatories = treaty.withArray("signatories");
                for (int i = 0; i < signatories.size(); i++) {
                    signatories.set(i, JSON.getNodeFactory().textNode(variant(signatories.get(i).asText(), aliases, random)));
                }
            }
            for (JsonNode node : article.withArray("statements")) {
                ObjectNode statement = (ObjectNode) node;
                statement.remove("optional");
                statement.put("speaker", variant(statement.path("speaker").asText(), aliases, random));
                if (random.nextInt(5) == 0) {
                    statement.put("kind", List.of("criticize", "threaten", "support", "demand").get(random.nextInt(4)));
                }
            }
            for (String list : List.of("roles", "treaties", "statements")) {
                shuffleAndThin(article.withArray(list), random);
            }
            lines.add(JSON.writeValueAsString(article));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String variant(String name, JsonNode aliases, Random random) {
        JsonNode forms = aliases.path(name);
        return switch (random.nextInt(7)) {
            case 0 -> forms.isArray() && !forms.isEmpty() ? forms.get(random.nextInt(forms.size())).asText() : name;
            case 1 -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            case 2 -> "Mr. " + name;
            case 3 -> name.toUpperCase(java.util.Locale.ROOT);
            case 4 -> name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name;
            default -> name;
        };
    }

    /** Drops about one fact in six, duplicates one in ten, and shuffles the order (matching is greedy). */
    private static void shuffleAndThin(ArrayNode facts, Random random) {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode fact : facts) {
            if (random.nextInt(6) != 0) {
                kept.add(fact);
            }
            if (random.nextInt(10) == 0) {
                kept.add(fact.deepCopy());
            }
        }
        java.util.Collections.shuffle(kept, random);
        facts.removeAll();
        kept.forEach(facts::add);
    }
}
