package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Measure;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Scorer;
import org.newsgraph.ingest.Problems;

/** The acceptance test of the project request: the seed article scores 1.0 on every measure, no false positive. */
class SeedArticleTest {
    private static final Path GOLD = Path.of(System.getProperty("newsgraph.root", ".")).resolve("../shared/gold");

    @TempDir
    Path temp;

    @Test
    void seedArticleScoresPerfectly() throws Exception {
        assumeTrue(Files.exists(GOLD.resolve("seed-article.jsonl")), "../shared/gold is not beside the checkout");
        Path store = temp.resolve("store");
        assertThat(Main.run("build", "--store", store.toString(), GOLD.resolve("seed-article.jsonl").toString())).isZero();

        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("facts", "--store", store.toString())).isZero();
        } finally {
            System.setOut(original);
        }
        Path facts = temp.resolve("facts.jsonl");
        Files.writeString(facts, printed.toString(StandardCharsets.UTF_8));

        Problems problems = Problems.silent();
        Map<String, FactSheet> gold = GoldFile.readGold(GOLD.resolve("seed-gold.jsonl"), problems);
        Report report = Scorer.score(gold, GoldFile.readSystem(facts, problems)).report();
        assertThat(problems.all()).isEmpty();
        assertThat(report.kgF1()).as(report.table()).isEqualTo(1.0);
        for (Measure measure : Measure.values()) {
            assertThat(report.score(measure).precision()).as(measure.key() + "\n" + report.table()).isEqualTo(1.0);
            assertThat(report.score(measure).recall()).as(measure.key() + "\n" + report.table()).isEqualTo(1.0);
        }
    }
}
