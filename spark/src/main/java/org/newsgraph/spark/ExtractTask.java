package org.newsgraph.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.spark.TaskContext;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.Problem;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.pipeline.ArticleIds;
import org.newsgraph.pipeline.Builder;
import scala.Tuple2;

/**
 * On an executor: one partition's articles, sorted by id root and reading order, through what a build does to each
 * article it has read (the size limit, the id it is stored under, extraction) into output records: its quads, its
 * facts and its problems, each keyed by the output it goes to. The records of a partition depend only on the
 * inputs, so a retried task writes the same again (and the commit protocol keeps one attempt's files).
 */
final class ExtractTask implements Iterator<Tuple2<String, String>> {
    static final String QUADS = "quads";
    static final String FACTS = "facts";
    static final String PROBLEMS = "problems";

    /** The job's counts, kept by the final stage's tasks: Spark applies a successful task's updates once. */
    record Counters(LongAccumulator read, LongAccumulator written, LongAccumulator skipped, LongAccumulator failed,
                    LongAccumulator warnings, LongAccumulator facts, LongAccumulator quads, LongAccumulator notEnglish)
            implements java.io.Serializable {
    }

    private final Iterator<Tuple2<OrderKey, Item>> items;
    private final JobOptions options;
    private final Counters counters;
    private final ArticleIds ids = new ArticleIds();
    private final ArrayDeque<Tuple2<String, String>> ready = new ArrayDeque<>();
    private ExtractionPipeline pipeline;
    private long articles;

    ExtractTask(Iterator<Tuple2<OrderKey, Item>> items, JobOptions options, Counters counters) {
        this.items = items;
        this.options = options;
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && items.hasNext()) {
            Item item = items.next()._2();
            if (item.isProblem()) {
                problem(item.problem);
            } else {
                article(item);
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Tuple2<String, String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** What a build does with an article it has read (Builder's size limit, ids, extraction), into records instead of a batch. */
    private void article(Item item) {
        faultForTests();
        counters.read.add(1);
        Article read = item.toArticle();
        Problem tooLong = Builder.overLimit(read, item.location, options.maxChars);
        if (tooLong != null) {
            problem(tooLong);
            return;
        }
        ArticleIds.Assigned assigned = ids.assign(read, item.location);
        if (assigned.note() != null) {
            problem(assigned.note());
        }
        if (assigned.article() == null) {
            return;
        }
        Article article = assigned.article();
        if (Builder.notEnglish(article)) {
            counters.notEnglish.add(1);
        }
        ArticleFacts facts;
        try {
            facts = Builder.factsOf(pipeline(), article);
        } catch (RuntimeException | StackOverflowError e) {
            problem(new Problem(item.location, "extract", "article '" + article.id() + "': " + e));
            return;
        }
        ArticleOutput output = ArticleOutput.of(facts, options.facts);
        ready.add(new Tuple2<>(QUADS, output.quads));
        if (output.facts != null) {
            ready.add(new Tuple2<>(FACTS, output.facts));
        }
        counters.written.add(1);
        counters.facts.add(facts.facts().size());
        counters.quads.add(output.quadCount);
    }

    private void problem(Problem problem) {
        problem(problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem);
    }

    /** A problem line as a build prints it; counted by its severity as a build's summary counts it. */
    private void problem(String line) {
        ready.add(new Tuple2<>(PROBLEMS, line));
        if (line.startsWith("error: ")) {
            counters.failed.add(1);
        } else if (line.startsWith("skipped: ")) {
            counters.skipped.add(1);
        } else {
            counters.warnings.add(1);
        }
    }

    private ExtractionPipeline pipeline() {
        if (pipeline == null) {
            pipeline = ExecutorPipeline.get(options);
        }
        return pipeline;
    }

    /** For the retry test: the first attempt of partition 0 fails once it has handed on some articles' records. */
    private void faultForTests() {
        if (options.faultAfter >= 0 && articles++ == options.faultAfter) {
            TaskContext task = TaskContext.get();
            if (task != null && task.partitionId() == 0 && task.attemptNumber() == 0) {
                throw new IllegalStateException("a fault injected for a test after " + options.faultAfter + " articles");
            }
        }
    }
}
