package org.newsgraph.pipeline;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.store.GraphStore;

/**
 * The build: inputs are read lazily, each article is extracted, and batches of articles go to the store in
 * one transaction each. A failing article is reported with its id and the run goes on.
 */
public final class Builder {
    private final ExtractionPipeline pipeline;
    private final GraphStore store;
    private final int batchSize;

    public Builder(ExtractionPipeline pipeline, GraphStore store, int batchSize) {
        this.pipeline = pipeline;
        this.store = store;
        this.batchSize = batchSize;
    }

    public BuildSummary build(List<String> inputs, InputStream stdin, PrintStream errors) {
        long started = System.nanoTime();
        Problems problems = new Problems(errors);
        Counts counts = new Counts();
        List<ArticleFacts> batch = new ArrayList<>();
        new InputWalker(ReaderRegistry.standard(), stdin).walk(inputs, article -> {
            counts.read++;
            ArticleFacts facts = extract(article, problems);
            if (facts == null) {
                counts.failed++;
                return;
            }
            counts.facts += facts.facts().size();
            batch.add(facts);
            if (batch.size() >= batchSize) {
                flush(batch, counts, problems);
            }
        }, problems);
        flush(batch, counts, problems);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildSummary(counts.read, counts.stored, 0, counts.failed + countReadFailures(problems, counts),
                counts.facts, counts.tokens, seconds, problems.all());
    }

    private ArticleFacts extract(Article article, Problems problems) {
        try {
            return pipeline.process(article);
        } catch (RuntimeException e) {
            problems.add(new Problem("article " + article.id(), "extract", e.toString()));
            return null;
        }
    }

    private void flush(List<ArticleFacts> batch, Counts counts, Problems problems) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.replace(batch);
            counts.stored += batch.size();
        } catch (RuntimeException e) {
            String ids = batch.get(0).article().id() + (batch.size() > 1 ? " .. " + batch.get(batch.size() - 1).article().id() : "");
            problems.add(new Problem("articles " + ids, "store", "batch not stored, the store is as before it: " + e));
            counts.failed += batch.size();
        }
        batch.clear();
    }

    /** Read problems are failures too, but they never became articles, so they are counted apart. */
    private static long countReadFailures(Problems problems, Counts counts) {
        return problems.all().stream().filter(p -> p.stage().equals("read")).count();
    }

    private static final class Counts {
        long read;
        long stored;
        long failed;
        long facts;
        long tokens;
    }
}
