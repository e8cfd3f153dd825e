package org.newsgraph.spark;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.Builder;
import org.newsgraph.pipeline.PartsLoader;
import org.newsgraph.ingest.Problems;
import org.newsgraph.store.FactsReader;
import org.newsgraph.store.GraphStore;

/** The two runs a test compares: a build into a TDB2 store, and the job in local mode, over the same inputs. */
final class BuildAndJob {
    /** The repository's top (surefire sets newsgraph.root). */
    static final Path ROOT = Path.of(System.getProperty("newsgraph.root", "..")).toAbsolutePath().normalize();

    private BuildAndJob() {
    }

    /** What a build stored and reported. */
    record Built(Set<Quad> quads, List<String> facts, List<String> problems, BuildSummary summary) {
    }

    /** What the job wrote. */
    record Ran(Set<Quad> quads, long quadLines, List<String> facts, List<String> problems, JobSummary summary) {
    }

    static Built build(ExtractionPipeline pipeline, List<String> inputs, BuildOptions options, Path store) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        GraphStore graphStore = GraphStore.openForBuild(store);
        try {
            BuildSummary summary = new Builder(pipeline, graphStore, options).build(inputs, InputStream.nullInputStream(),
                    new PrintStream(report, true, StandardCharsets.UTF_8));
            Set<Quad> quads = Txn.calculateRead(graphStore.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                graphStore.dataset().asDatasetGraph().find().forEachRemaining(all::add);
                return all;
            });
            List<String> facts = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            new FactsReader(graphStore).read(null, 0, node -> {
                try {
                    facts.add(json.writeValueAsString(node)); // as newsgraph facts prints it
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
            return new Built(quads, facts, report.toString(StandardCharsets.UTF_8).lines().toList(), summary);
        } finally {
            TDBInternal.expel(graphStore.dataset().asDatasetGraph());
        }
    }

    /**
     * The job's output, its quads as {@code newsgraph load} stores them: TDB2 keeps numbers by value (the job writes
     * "0.9"^^xsd:double as FactMapper makes it, the store gives back "9.0E-1"), so quads are compared store to store.
     */
    static Ran run(JavaSparkContext spark, List<String> inputs, JobOptions options, int partitions, Path output) {
        ExtractionJob job = new ExtractionJob(spark, options, partitions);
        JobSummary summary = job.run(inputs, output.toString());
        // N-Quads: one quad a line
        long lines = lines(output, ExtractTask.QUADS).stream().mapToLong(record -> record.lines().count()).sum();
        Path store = output.resolveSibling(output.getFileName() + "-loaded");
        GraphStore graphStore = GraphStore.openForBuild(store);
        try {
            Problems problems = new Problems(System.err);
            new PartsLoader(graphStore, 100, false).load(PartsLoader.parts(List.of(output.toString()), problems), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the job's output did not load: " + problems.all());
            }
            Set<Quad> quads = Txn.calculateRead(graphStore.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                graphStore.dataset().asDatasetGraph().find().forEachRemaining(all::add);
                return all;
            });
            return new Ran(quads, lines, lines(output, ExtractTask.FACTS), lines(output, ExtractTask.PROBLEMS), summary);
        } finally {
            TDBInternal.expel(graphStore.dataset().asDatasetGraph());
        }
    }

    /** The lines of one output (quads, facts, problems), part by part. */
    static List<String> lines(Path output, String kind) {
        Path folder = output.resolve(kind);
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(part)), StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
