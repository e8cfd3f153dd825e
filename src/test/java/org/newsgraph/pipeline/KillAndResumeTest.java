package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.store.GraphStore;

/**
 * A build killed with SIGKILL after its first batch commits leaves a store that opens and holds whole
 * articles only; building again with --resume stores the rest, without duplicates.
 */
class KillAndResumeTest {
    private static final int ARTICLES = 300;
    private static final int BATCH = 20;

    @Test
    void killedBuildLeavesWholeArticlesAndResumeCompletesIt(@TempDir Path temp) throws Exception {
        Path corpusFile = temp.resolve("corpus.jsonl");
        CorpusGenerator corpus = new CorpusGenerator(ARTICLES, 11);
        corpus.writeJsonLines(corpusFile);
        Path store = temp.resolve("store");

        Process first = start(store, corpusFile);
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("committed ")) {
                    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                    break;
                }
            }
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the child's standard error").anySatisfy(l -> assertThat(l).startsWith("committed "));

        Set<String> afterKill = StoreContents.articleIds(store);
        assertThat(afterKill).isNotEmpty().hasSizeLessThan(ARTICLES);
        assertThat(afterKill.size() % BATCH).as("only whole batches are stored").isZero();
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());
        GraphStore stored = GraphStore.open(store);
        try {
            for (String id : afterKill) {
                Article article = corpus.article(Integer.parseInt(id.substring("bench-".length())));
                Graph storedGraph = storedGraph(stored, id);
                Graph freshGraph = freshGraph(pipeline, article);
                if (!storedGraph.isIsomorphicWith(freshGraph)) {
                    // not the same: show the triples that differ
                    assertThat(sortedTriples(storedGraph)).as("article %s is stored whole, as a fresh extraction gives it", id)
                            .isEqualTo(sortedTriples(freshGraph));
                }
            }
        } finally {
            StoreContents.release(stored);
        }

        Process second = start(store, corpusFile, "--resume");
        String output = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains(String.format("%d articles read, %d stored, %d skipped, 0 failed",
                ARTICLES, ARTICLES - afterKill.size(), afterKill.size()));
        assertThat(StoreContents.articleIds(store)).hasSize(ARTICLES);
        GraphStore resumed = GraphStore.open(store);
        try {
            GraphStore graphStore = resumed;
            long idQuads = Txn.calculateRead(graphStore.dataset(), () ->
                    org.apache.jena.atlas.iterator.Iter.count(graphStore.dataset().asDatasetGraph()
                            .find(Node.ANY, Node.ANY, org.newsgraph.rdf.NG.articleId.asNode(), Node.ANY)));
            assertThat(idQuads).as("one ng:articleId per article: no duplicates").isEqualTo(ARTICLES);
        } finally {
            StoreContents.release(resumed);
        }
    }

    private static Process start(Path store, Path corpus, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "build",
                "--store", store.toString(), "--threads", "2", "--batch", String.valueOf(BATCH), "--verbose", "--quiet"));
        command.addAll(List.of(extra));
        command.add(corpus.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).directory(new File(store.getParent().toString())).start();
    }

    private static Graph storedGraph(GraphStore store, String id) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(GraphStore.graphOf(id)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static List<String> sortedTriples(Graph graph) {
        return graph.find().mapWith(Object::toString).toList().stream().sorted().toList();
    }

    /**
     * The article extracted afresh and written into an in-memory TDB2 dataset: TDB2 stores some literals in
     * their canonical form ("0.9"^^xsd:double comes back as "0.9e0"), so both sides go through it.
     */
    private static Graph freshGraph(ExtractionPipeline pipeline, Article article) {
        DatasetGraph fresh = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(fresh, () -> new FactMapper().write(pipeline.process(article), StreamRDFLib.dataset(fresh)));
        return Txn.calculateRead(fresh, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            fresh.getGraph(GraphStore.graphOf(article.id())).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
