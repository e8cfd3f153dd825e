package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.Builder;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.FactsReader;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryText;

/**
 * The system's side of an evaluation: the stored facts of every article in the gold shape (FactsReader's JSON,
 * with confidences and evidence), and the article texts. Read from a store, or extracted first into a temporary
 * store the way {@code build} does it, deleted afterwards.
 */
public record SystemFacts(List<ObjectNode> articles, Map<String, String> texts, BuildSummary build,
                          Map<String, Map<String, Set<String>>> personNodes) {
    private static final int BATCH = 64;

    public SystemFacts {
        articles = List.copyOf(articles);
        texts = Map.copyOf(texts);
        personNodes = Map.copyOf(personNodes);
    }

    /**
     * The facts in a store; {@code build} is null as nothing was built.
     *
     * @param withTexts whether to read the article texts too (only error lists need them)
     */
    public static SystemFacts read(GraphStore store, boolean withTexts) {
        return read(store, withTexts, null);
    }

    /** Extracts the inputs (files, folders, - for stdin) into a temporary store and reads the facts back. */
    public static SystemFacts extract(List<String> inputs, List<Path> gazetteers, boolean withTexts, InputStream stdin,
                                      PrintStream errors) throws IOException {
        Path folder = Files.createTempDirectory("newsgraph-eval-");
        try {
            ExtractionPipeline pipeline = ExtractionPipeline.standard(gazetteers);
            pipeline.gazetteer().problems().forEach(errors::println);
            GraphStore store = GraphStore.openForBuild(folder);
            try {
                BuildSummary summary = new Builder(pipeline, store, BATCH).build(inputs, stdin, errors);
                // as build does: the articles' entities resolved across the store, which the person measures score
                EntityResolution.run(store, pipeline.gazetteer().officeHolders(), EntityRules.NONE);
                return read(store, withTexts, summary);
            } finally {
                // close() leaves the store in TDB2's cache of open stores; a temporary one must leave it
                TDBInternal.expel(store.dataset().asDatasetGraph());
            }
        } finally {
            deleteRecursively(folder);
        }
    }

    private static SystemFacts read(GraphStore store, boolean withTexts, BuildSummary build) {
        List<ObjectNode> articles = new FactsReader(store).readAll(0.0);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> persons = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(QueryText.load("/org/newsgraph/eval/person-nodes.rq")).build()) {
                execution.execSelect().forEachRemaining(row -> persons.computeIfAbsent(row.getLiteral("id").getString(), k -> new HashMap<>())
                        .computeIfAbsent(row.getResource("person").getURI(), k -> new TreeSet<>()).add(row.getLiteral("name").getString()));
            }
        });
        if (!withTexts) {
            return new SystemFacts(articles, texts, build, persons);
        }
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(QueryText.load("/org/newsgraph/eval/texts.rq")).build()) {
                execution.execSelect().forEachRemaining(row ->
                        texts.put(row.getLiteral("id").getString(), row.getLiteral("text").getString()));
            }
        });
        return new SystemFacts(articles, texts, build, persons);
    }


    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
