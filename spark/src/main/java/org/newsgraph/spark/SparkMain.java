package org.newsgraph.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.gazetteer.GazetteerException;
import org.newsgraph.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph-spark}: the build's extraction as a Spark job, N-Quads and facts out (bin/newsgraph-spark, spark-submit). */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true, version = "newsgraph-spark 0.1.0", description = {
        "Extract facts from articles on a Spark cluster (or in local mode) into OUT/quads/*.nq.gz (load them with",
        "newsgraph load --store DIR OUT), OUT/facts/*.jsonl.gz (the lines of newsgraph facts) and OUT/problems/*.txt.gz",
        "(one line per problem, as build prints them). Inputs as for build: files and folders, local or of any Hadoop",
        "file system (hdfs://, s3a://). Ids and IRIs are those build gives. The exit status is 1 if anything failed."})
public final class SparkMain implements Callable<Integer> {
    /** The problems printed at the end; the rest are in OUT/problems/. */
    static final int PRINTED_PROBLEMS = 100;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files and folders (recursive), local or hdfs://, s3a://, ...")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "the output folder (new, or --overwrite)")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. 'local[2]' (default: what spark-submit sets)")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "extraction tasks, each writing one part of each output (default: 2 per core)")
    Integer partitions;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a dictionary folder, as for build (read on the driver, sent to the executors)")
    List<Path> gazetteers = List.of();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_MAX_CHARS,
            description = "skip (and report) articles longer than this, title and text (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_MAX_BYTES,
            description = "skip (and report) any file, JSON line or feed item larger than this once decompressed (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--no-facts", description = "leave out OUT/facts/ (the quads hold the facts; reading them back as JSON costs about a fifth of extraction's time)")
    boolean noFacts;

    @Option(names = "--overwrite", description = "delete OUT first if it exists")
    boolean overwrite;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = {"a Spark setting, as spark-submit --conf gives it;",
            "in local mode the driver binds to 127.0.0.1 and has no web UI unless spark.ui.enabled=true"})
    java.util.Map<String, String> sparkSettings = new java.util.LinkedHashMap<>();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new SparkMain()).execute(args);
    }

    /** The job's Spark settings: spark-submit's, then these; local mode stays on this machine's loopback, without a UI. */
    static SparkConf sparkConf(String master, java.util.Map<String, String> settings) {
        SparkConf conf = new SparkConf().setAppName("newsgraph");
        if (master != null) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        settings.forEach(conf::set);
        return conf;
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        JdkXml.use();
        JobOptions options = JobOptions.defaults().withLimits(maxChars, maxBytes).withGazetteers(gazetteers).withFacts(!noFacts);
        ExtractionPipeline pipeline;
        try {
            // the dictionaries are checked here, before a cluster is asked for anything, as build checks them
            pipeline = ExtractionPipeline.standard(gazetteers);
        } catch (GazetteerException bad) {
            bad.problems().forEach(err::println);
            err.println("error: the --gazetteer folder has errors; nothing was done (newsgraph gazetteer check DIR lists every problem)");
            return 2;
        }
        pipeline.gazetteer().problems().forEach(err::println);
        ExecutorPipeline.seed(options, pipeline);

        SparkConf conf = sparkConf(master, sparkSettings);
        if (!conf.contains("spark.master")) {
            err.println("error: no Spark master: give --master 'local[2]', or run the jar with spark-submit --master URL");
            return 2;
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            int tasks = partitions != null ? partitions : Math.max(1, 2 * spark.defaultParallelism());
            ExtractionJob job = new ExtractionJob(spark, options, tasks);
            try {
                job.prepareOutput(output, overwrite);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            JobSummary summary = job.run(inputs, output);
            long problems = job.problems(output, PRINTED_PROBLEMS, err::println);
            if (problems > PRINTED_PROBLEMS) {
                err.printf("... and %,d more problems in %s/problems/%n", problems - PRINTED_PROBLEMS, output);
            }
            err.println(summary);
            err.println("load it: bin/newsgraph load --store DIR " + output);
            return summary.ok() ? 0 : 1;
        }
    }
}
