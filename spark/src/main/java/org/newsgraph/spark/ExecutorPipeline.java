package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsgraph.extract.ExtractionPipeline;

/**
 * The extraction pipeline of this JVM: loaded once (models, gazetteer, statement model) and shared by the tasks
 * that run in it at once; ExtractionPipeline gives each thread its own OpenNLP annotator, whose *ME classes are
 * not thread-safe. In local mode the driver's pipeline is this JVM's, so it is loaded once in all.
 */
final class ExecutorPipeline {
    private static String key;
    private static ExtractionPipeline pipeline;

    private ExecutorPipeline() {
    }

    /** The pipeline for these options, loaded on the first call in this JVM (and again only for other dictionaries). */
    static synchronized ExtractionPipeline get(JobOptions options) {
        String wanted = options.gazetteerKey();
        if (pipeline == null || !wanted.equals(key)) {
            ModelCheck.require(options.modelDigest);
            pipeline = ExtractionPipeline.standard(materialise(options.gazetteers));
            key = wanted;
        }
        return pipeline;
    }

    /** On the driver: the pipeline it loaded for the same options, so that local mode does not load it again. */
    static synchronized void seed(JobOptions options, ExtractionPipeline loaded) {
        ModelCheck.require(options.modelDigest);
        key = options.gazetteerKey();
        pipeline = loaded;
    }

    /** The dictionary folders written to this machine's temporary folder. */
    private static List<Path> materialise(List<Map<String, byte[]>> folders) {
        List<Path> written = new ArrayList<>();
        try {
            for (Map<String, byte[]> folder : folders) {
                Path dir = Files.createTempDirectory("newsgraph-gazetteer-");
                dir.toFile().deleteOnExit();
                for (var file : folder.entrySet()) {
                    Path path = dir.resolve(file.getKey());
                    Files.write(path, file.getValue());
                    path.toFile().deleteOnExit();
                }
                written.add(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dictionaries to a temporary folder: " + e.getMessage(), e);
        }
        return written;
    }
}
