package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the reference scorer, ../shared/gold/score.py, and holds its numbers against a Java report. */
public final class ScorePy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScorePy() {
    }

    /** The shared gold folder; the test is skipped (not failed) where it or python3 is missing. */
    public static Path goldFolder() {
        Path folder = Path.of(System.getProperty("newsgraph.root", ".")).resolve("../shared/gold").normalize();
        assumeThat(folder.resolve("score.py")).as("the reference scorer ../shared/gold/score.py").exists();
        return folder;
    }

    /** {@code python3 score.py gold system --json}, parsed. */
    public static JsonNode score(Path gold, Path system) throws IOException, InterruptedException {
        Path script = goldFolder().resolve("score.py");
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), gold.toString(), system.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("python3 is not installed: " + e.getMessage()).isTrue();
            throw e;
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("score.py finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("score.py exit code; output:\n" + text).isZero();
        return JSON.readTree(text);
    }

    /** Every number of score.py's JSON equals the Java report's, key by key, and there are no other keys. */
    public static void assertSameNumbers(JsonNode python, Report java) {
        JsonNode javaJson = java.toJson();
        assertThat(fieldNames(javaJson)).isEqualTo(fieldNames(python));
        for (Measure measure : Measure.values()) {
            JsonNode p = python.get(measure.key());
            Score s = java.score(measure);
            assertThat(s.matched()).as(measure.key() + " matched").isEqualTo(p.get("matched").asInt());
            assertThat(s.system()).as(measure.key() + " system").isEqualTo(p.get("system").asInt());
            assertThat(s.gold()).as(measure.key() + " gold").isEqualTo(p.get("gold").asInt());
            assertThat(s.precision()).as(measure.key() + " precision").isEqualTo(p.get("precision").asDouble());
            assertThat(s.recall()).as(measure.key() + " recall").isEqualTo(p.get("recall").asDouble());
            assertThat(s.f1()).as(measure.key() + " f1").isEqualTo(p.get("f1").asDouble());
        }
        assertThat(java.kgF1()).as("kg_f1").isEqualTo(python.get("kg_f1").asDouble());
        assertThat(java.articles()).as("articles").isEqualTo(python.get("articles").asInt());
        assertThat(java.articlesWithoutOutput()).as("articles_without_output").isEqualTo(python.get("articles_without_output").asInt());
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** A classpath resource of this package as a file. */
    public static Path resource(String name) {
        try {
            return Path.of(ScorePy.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }
}
