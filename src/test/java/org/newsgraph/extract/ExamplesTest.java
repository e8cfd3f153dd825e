package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Measure;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Scorer;
import org.newsgraph.ingest.Problems;

/**
 * The bundled examples (articles written for newsgraph) go through the real command line and are scored
 * against their expected facts (src/test/resources/examples/expected.jsonl) by the project's scorer.
 */
class ExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("newsgraph.root", "."));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Report report;
    static Map<String, JsonNode> facts = new java.util.HashMap<>();

    @BeforeAll
    static void buildExamples() throws Exception {
        Path store = temp.resolve("store");
        List<String> build = new ArrayList<>(List.of("build", "--store", store.toString()));
        build.add(ROOT.resolve("examples").toString());
        assertThat(Main.run(build.toArray(String[]::new))).as("build of examples/").isZero();

        Path system = temp.resolve("facts.jsonl");
        String printed = captureOut(() -> Main.run("facts", "--store", store.toString()));
        java.nio.file.Files.writeString(system, printed);
        for (String line : printed.split("\n")) {
            JsonNode article = JSON.readTree(line);
            facts.put(article.get("id").asText(), article);
        }
        Problems problems = Problems.silent();
        Map<String, FactSheet> gold = GoldFile.readGold(ROOT.resolve("src/test/resources/examples/expected.jsonl"), problems);
        report = Scorer.score(gold, GoldFile.readSystem(system, problems)).report();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void everyExampleArticleIsStoredAndNothingElse() {
        assertThat(facts).hasSize(10).doesNotContainKey("README");
    }

    @Test
    void scoresWellOnEveryHeadlineMeasure() {
        assertThat(report.kgF1()).as(report.table()).isGreaterThanOrEqualTo(0.85);
        for (Measure measure : Measure.values()) {
            if (measure.headline()) {
                assertThat(report.score(measure).f1()).as(measure.key() + "\n" + report.table()).isGreaterThanOrEqualTo(0.75);
            }
        }
    }

    @Test
    void treatyDatesAreResolvedAgainstPublication() {
        assertThat(report.score(Measure.TREATY_DATE).recall()).as(report.table()).isEqualTo(1.0);
    }

    @Test
    void formerPostsAreMarkedAndNotCurrent() {
        JsonNode serbia = facts.get("eu-urges-serbia-kosovo-talks");
        boolean formerFound = false;
        for (JsonNode role : facts.values().stream().flatMap(a -> iterate(a.get("roles")).stream()).toList()) {
            if (!role.get("current").asBoolean()) {
                formerFound = true;
            }
        }
        assertThat(serbia).isNotNull();
        assertThat(formerFound).as("some example writes of a former post").isTrue();
    }

    private static List<JsonNode> iterate(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String captureOut(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
