package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.spark.BuildAndJob.ROOT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.pipeline.BuildOptions;

/**
 * The job in Spark's local mode against a build over the same inputs: the same quads, facts and problem lines.
 * One Spark context for all (local[2, 4]: two cores, a task tried up to four times).
 */
class ExtractionJobTest {
    private static JavaSparkContext spark;
    private static ExtractionPipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        pipeline = ExtractionPipeline.standard(List.of());
        ExecutorPipeline.seed(JobOptions.defaults(), pipeline);
        JdkXml.use();
        spark = new JavaSparkContext(SparkMain.sparkConf("local[2,4]", java.util.Map.of("spark.ui.enabled", "false")));
        spark.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void examplesAndTheGoldArticlesGiveTheQuadsAndFactsOfABuild() {
        List<String> inputs = List.of(ROOT.resolve("examples").toString(), ROOT.resolve("../shared/gold/articles.jsonl").normalize().toString());
        BuildAndJob.Built built = BuildAndJob.build(pipeline, inputs, BuildOptions.defaults(), temp.resolve("store"));
        BuildAndJob.Ran ran = BuildAndJob.run(spark, inputs, JobOptions.defaults(), 3, temp.resolve("out"));

        assertThat(built.summary().stored()).isEqualTo(73);
        assertThat(ran.summary().written()).isEqualTo(built.summary().stored());
        assertThat(ran.summary().read()).isEqualTo(built.summary().read());
        assertThat(ran.summary().facts()).isEqualTo(built.summary().facts());
        assertSameQuads(ran, built);
        assertThat(ran.quadLines()).as("no quad written twice").isEqualTo(built.quads().size());
        assertThat(ran.summary().quads()).isEqualTo(built.quads().size());
        assertThat(ran.facts().stream().sorted().toList()).isEqualTo(built.facts().stream().sorted().toList());
        assertThat(ran.problems()).isEqualTo(built.problems()).isEmpty();
    }

    @Test
    void badInputsAreReportedAsABuildReportsThemAndTheRestIsExtracted() {
        Path bad = ROOT.resolve("src/test/resources/bad-input");
        List<String> inputs = List.of(bad.toString(), ROOT.resolve("src/test/resources/good-input").toString());
        BuildAndJob.Built built = BuildAndJob.build(pipeline, inputs, BuildOptions.defaults().withMaxChars(5000), temp.resolve("store"));
        BuildAndJob.Ran ran = BuildAndJob.run(spark, inputs, JobOptions.defaults().withLimits(5000, BuildOptions.DEFAULT_MAX_BYTES), 2, temp.resolve("out"));

        // a bad line of a JSON Lines file is one line of the report, and the lines around it are extracted
        assertThat(ran.problems()).contains("error: " + bad.resolve("mixed.jsonl") + ":2: read: malformed JSON: Unexpected character "
                + "('}' (code 125)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(ran.facts()).anySatisfy(line -> assertThat(line).startsWith("{\"id\":\"mixed-1\""))
                .anySatisfy(line -> assertThat(line).startsWith("{\"id\":\"mixed-3\""));
        assertThat(ran.problems()).hasSizeGreaterThan(20).containsExactlyInAnyOrderElementsOf(built.problems());
        assertSameQuads(ran, built);
        assertThat(ran.summary().read()).isEqualTo(built.summary().read());
        assertThat(ran.summary().written()).isEqualTo(built.summary().stored());
        assertThat(ran.summary().skipped()).isEqualTo(built.summary().skipped());
        assertThat(ran.summary().failed()).isEqualTo(built.summary().failed()).isPositive();
    }

    @Test
    void articlesGetTheIdsABuildGivesThemWhereIdsClash() throws IOException {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        Files.writeString(inputs.resolve("a.jsonl"), String.join("\n",
                "{\"id\": \"x\", \"title\": \"One\", \"text\": \"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.\"}",
                "{\"id\": \"x\", \"title\": \"One\", \"text\": \"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.\"}",
                "{\"id\": \"x\", \"title\": \"Two\", \"text\": \"Germany condemned Russia for the attack, Chancellor Olaf Scholz said.\"}",
                "{\"id\": \"y\", \"text\": \"France praised Japan.\"}", ""));
        Files.writeString(inputs.resolve("b.jsonl"), String.join("\n",
                "{\"id\": \"x\", \"title\": \"Three\", \"text\": \"Japan's Prime Minister Fumio Kishida criticised China.\"}",
                "{\"id\": \"y\", \"text\": \"France praised Japan.\"}", ""));
        Files.writeString(inputs.resolve("x.txt"), "Four\n\nIndia's Foreign Minister S. Jaishankar met Egypt's Foreign Minister.\n");
        List<String> in = List.of(inputs.toString());
        BuildAndJob.Built built = BuildAndJob.build(pipeline, in, BuildOptions.defaults(), temp.resolve("store"));
        BuildAndJob.Ran ran = BuildAndJob.run(spark, in, JobOptions.defaults(), 4, temp.resolve("out"));

        assertThat(built.problems()).hasSize(5);
        assertThat(ran.problems()).containsExactlyInAnyOrderElementsOf(built.problems());
        assertSameQuads(ran, built);
        assertThat(ran.facts().stream().sorted().toList()).isEqualTo(built.facts().stream().sorted().toList());
    }

    @Test
    void anArticleInAnotherLanguageIsReportedAndWrittenWithoutFactsAsABuildStoresIt() throws IOException {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        Files.writeString(inputs.resolve("news.jsonl"), String.join("\n",
                "{\"id\": \"en\", \"text\": \"Japan's Prime Minister Fumio Kishida criticised China on Monday.\"}",
                "{\"id\": \"fr\", \"text\": \"Le Premier ministre japonais (Japan's Prime Minister Fumio Kishida) a critiqué la Chine "
                        + "lundi et a déclaré que les négociations avec la Corée du Sud sur les quotas de pêche se poursuivraient la semaine "
                        + "prochaine, après un premier cycle à Tokyo qui s'est achevé sans accord, et que le gouvernement attendait une "
                        + "nouvelle proposition de Séoul avant la fin du mois.\"}", ""));
        List<String> in = List.of(inputs.toString());
        BuildAndJob.Built built = BuildAndJob.build(pipeline, in, BuildOptions.defaults(), temp.resolve("store"));
        BuildAndJob.Ran ran = BuildAndJob.run(spark, in, JobOptions.defaults(), 2, temp.resolve("out"));

        assertThat(built.summary().notEnglish()).isEqualTo(1);
        assertThat(ran.summary().notEnglish()).isEqualTo(1);
        assertThat(ran.problems()).containsExactlyElementsOf(built.problems()).singleElement().asString().contains("is in French (fr)");
        assertThat(ran.facts()).filteredOn(line -> line.startsWith("{\"id\":\"fr\"")).singleElement().asString().doesNotContain("Kishida");
        assertSameQuads(ran, built);
        assertThat(ran.facts().stream().sorted().toList()).isEqualTo(built.facts().stream().sorted().toList());
    }

    @Test
    void aTaskThatFailsAndIsRetriedWritesEachArticleOnce() {
        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                if (!taskEnd.taskInfo().successful()) {
                    failedTasks.incrementAndGet();
                }
            }
        };
        spark.sc().addSparkListener(listener);
        List<String> inputs = List.of(ROOT.resolve("examples").toString());
        try {
            BuildAndJob.Built built = BuildAndJob.build(pipeline, inputs, BuildOptions.defaults(), temp.resolve("store"));
            // partition 0 of 2 hands on two articles' records, then its first attempt fails
            BuildAndJob.Ran ran = BuildAndJob.run(spark, inputs, JobOptions.defaults().withFaultAfter(2), 2, temp.resolve("out"));
            assertThat(failedTasks.get()).as("a task failed and was tried again").isEqualTo(1);
            assertThat(ran.quadLines()).as("no quad written twice").isEqualTo(built.quads().size());
            assertSameQuads(ran, built);
            assertThat(ran.facts()).hasSize(10).doesNotHaveDuplicates();
            assertThat(ran.summary().written()).as("the failed attempt's counts are not kept").isEqualTo(10);
        } finally {
            spark.sc().removeSparkListener(listener);
        }
    }

    /** The same set of quads; on a failure, the ones either side lacks (a few of them). */
    private static void assertSameQuads(BuildAndJob.Ran ran, BuildAndJob.Built built) {
        assertThat(ran.quads().stream().filter(quad -> !built.quads().contains(quad)).limit(5).toList()).as("quads the build lacks").isEmpty();
        assertThat(built.quads().stream().filter(quad -> !ran.quads().contains(quad)).limit(5).toList()).as("quads the job lacks").isEmpty();
        assertThat(ran.quads()).hasSameSizeAs(built.quads());
    }
}
