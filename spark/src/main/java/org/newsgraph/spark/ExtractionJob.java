package org.newsgraph.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The job: the driver lists the input files as a build would read them; each file is read on an executor by the
 * core's readers; articles go, sorted by id root and reading order, to the partition of their root, where each gets
 * the id a build gives it and is extracted by the core's pipeline; every partition writes its quads, facts and
 * problems through Hadoop's output committer. Two stages, one shuffle (of the articles' text).
 */
final class ExtractionJob {
    private final JavaSparkContext spark;
    private final JobOptions options;
    private final int partitions;

    ExtractionJob(JavaSparkContext spark, JobOptions options, int partitions) {
        this.spark = spark;
        this.options = options;
        this.partitions = partitions;
    }

    /** Fails at once if the output folder exists, unless {@code overwrite}, which deletes it first. */
    void prepareOutput(String output, boolean overwrite) {
        Path path = new Path(output);
        try {
            FileSystem fs = path.getFileSystem(spark.hadoopConfiguration());
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new IllegalArgumentException("the output " + output + " exists: give a new folder, or --overwrite to replace it");
                }
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output " + output + ": " + e.getMessage(), e);
        }
    }

    JobSummary run(List<String> inputs, String output) {
        long started = System.nanoTime();
        Configuration hadoop = spark.hadoopConfiguration();
        InputFiles.Listing listing = InputFiles.list(inputs, hadoop);
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        JobOptions job = options;
        ExtractTask.Counters counters = new ExtractTask.Counters(spark.sc().longAccumulator("read"), spark.sc().longAccumulator("written"),
                spark.sc().longAccumulator("skipped"), spark.sc().longAccumulator("failed"), spark.sc().longAccumulator("warnings"),
                spark.sc().longAccumulator("facts"), spark.sc().longAccumulator("quads"), spark.sc().longAccumulator("not English"));

        int readSlices = Math.max(1, Math.min(listing.files().size(), spark.defaultParallelism() * 4));
        JavaRDD<InputFile> files = spark.parallelize(listing.files(), readSlices);
        JavaPairRDD<OrderKey, Item> read = files.flatMapToPair(file -> ReadTask.read(file, job, conf));
        JavaPairRDD<OrderKey, Item> sorted = read.repartitionAndSortWithinPartitions(new RootPartitioner(partitions));
        JavaPairRDD<String, String> records = sorted.mapPartitionsToPair(items -> new ExtractTask(items, job, counters));
        if (!listing.problems().isEmpty()) {
            records = records.union(spark.parallelize(listing.problems(), 1).mapToPair(line -> new Tuple2<>(ExtractTask.PROBLEMS, line)));
        }
        records.saveAsHadoopFile(output, String.class, String.class, KindOutputFormat.class, GzipCodec.class);

        long listingFailed = listing.problems().stream().filter(line -> line.startsWith("error: ")).count();
        long listingSkipped = listing.problems().stream().filter(line -> line.startsWith("skipped: ")).count();
        return new JobSummary(listing.files().size(), counters.read().value(), counters.written().value(),
                counters.skipped().value() + listingSkipped, counters.failed().value() + listingFailed, counters.warnings().value(),
                counters.facts().value(), counters.quads().value(), counters.notEnglish().value(), partitions, (System.nanoTime() - started) / 1e9);
    }

    /** The lines of the job's problem report (OUTPUT/problems/), in part order, up to {@code limit}; returns how many there are. */
    long problems(String output, int limit, Consumer<String> lines) {
        Path folder = new Path(output, ExtractTask.PROBLEMS);
        long count = 0;
        try {
            FileSystem fs = folder.getFileSystem(spark.hadoopConfiguration());
            if (!fs.exists(folder)) {
                return 0;
            }
            List<Path> parts = new ArrayList<>();
            for (FileStatus status : fs.listStatus(folder)) {
                if (status.getPath().getName().startsWith("part-")) {
                    parts.add(status.getPath());
                }
            }
            parts.sort(null);
            for (Path part : parts) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(fs.open(part)), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (count++ < limit) {
                            lines.accept(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the problems of " + output + ": " + e.getMessage(), e);
        }
        return count;
    }
}
