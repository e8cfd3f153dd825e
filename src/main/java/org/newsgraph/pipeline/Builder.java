package org.newsgraph.pipeline;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.GraphStore;

/**
 * The build. The calling thread reads the inputs as a stream and hands each article to a pool of extraction
 * threads; their results are queued as futures in reading order (a bounded queue, so memory stays flat and
 * reading waits for extraction), one writer thread takes them in that order and cuts them into batches,
 * and one committer thread writes each article into its batch's transaction as it comes and commits at the
 * batch's end, so that extraction does not wait for the disk and storing overlaps it. The store's contents
 * and the order of what is reported are those of a single-threaded run; an interrupted run leaves whole
 * batches only. Failures are reported and the run goes on.
 */
public final class Builder {
    private final ExtractionPipeline pipeline;
    private final ArticleStore store;
    private final BuildOptions options;

    /** A build into {@code store}: a {@link GraphStore} opened here, or a store a running server holds. */
    public Builder(ExtractionPipeline pipeline, ArticleStore store, BuildOptions options) {
        this.pipeline = pipeline;
        this.store = store;
        this.options = options;
    }

    /** The default options with the given batch size. */
    public Builder(ExtractionPipeline pipeline, GraphStore store, int batchSize) {
        this(pipeline, store, BuildOptions.defaults().withBatchSize(batchSize));
    }

    /** The build, each problem reported on a line of {@code errors} (null: not reported, only kept). */
    public BuildSummary build(List<String> inputs, InputStream stdin, PrintStream errors) {
        return build(inputs, stdin, errors, new Counters());
    }

    /** The build, counting into counters (which a progress line may watch). */
    public BuildSummary build(List<String> inputs, InputStream stdin, PrintStream errors, Counters counters) {
        long started = System.nanoTime();
        Problems problems = new Problems(errors, options.failFast());
        Run run = new Run(problems, counters);
        run.start();
        // a SIGTERM (timeout, kill) or Ctrl-C stores what was read before the JVM ends, as the end of the input would
        Thread onSignal = new Thread(() -> run.finishOnSignal(errors), "newsgraph-build-signal");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            new InputWalker(ReaderRegistry.standard(options.maxBytes()), stdin).walk(inputs, ArticleSink.withLocation(run::submit), problems);
        } catch (Problems.Stop | Stopped stop) {
            run.stopped = true;
        } finally {
            // whatever ended the reading, the articles read before it are stored
            run.finish();
            removeShutdownHook(onSignal);
        }
        long failed = problems.errors("read") + counters.failed.get();
        // readers report what they skip (too large, a store) as problems; the run counts its own
        long skipped = counters.skipped.get() + problems.count(Problem.Severity.SKIPPED) - run.reportedSkips;
        return new BuildSummary(counters.read.get(), counters.stored.get(), skipped, failed,
                counters.facts.get(), (System.nanoTime() - started) / 1e9, run.stopped, problems.all(), counters.notEnglish.get());
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it finishes the build
        }
    }

    /**
     * The problem that skips an article longer than {@code maxChars} (title and text), or null: what a build does with
     * each article it reads before it gives it an id (a distributed run does the same).
     */
    public static Problem overLimit(Article read, String location, int maxChars) {
        int length = read.title().length() + read.text().length();
        if (length <= maxChars) {
            return null;
        }
        return Problem.skipped(location, "read", String.format("article '%s' has %,d characters%s, over the limit of %,d (--max-chars); skipped",
                read.id(), length, read.title().isEmpty() ? "" : " with its title", maxChars));
    }

    /** True for an article in another language than English: reported when read, stored without facts. */
    public static boolean notEnglish(Article article) {
        return article.language() != null && !article.language().equals("en");
    }

    /** What a build stores for an article it keeps: its facts, or none when it is not in English (the models are). */
    public static ArticleFacts factsOf(ExtractionPipeline pipeline, Article article) {
        return notEnglish(article) ? new ArticleFacts(article, List.of()) : pipeline.process(article);
    }

    /** Running counts of a build, safe to read from any thread. */
    public static final class Counters {
        public final AtomicLong read = new AtomicLong();
        public final AtomicLong stored = new AtomicLong();
        public final AtomicLong skipped = new AtomicLong();
        public final AtomicLong failed = new AtomicLong();
        public final AtomicLong facts = new AtomicLong();
        /** Articles in another language than English, stored without facts. */
        public final AtomicLong notEnglish = new AtomicLong();
    }

    /** What the writer hands the committer: an article's facts, the end of a batch, or the end of the run. */
    private sealed interface ToStore permits Extracted, EndOfBatch, EndOfRun {
    }

    private enum EndOfBatch implements ToStore {
        INSTANCE
    }

    private enum EndOfRun implements ToStore {
        INSTANCE
    }

    /** What became of one article on an extraction thread. */
    private sealed interface Outcome permits Extracted, Unchanged, Failed {
    }

    private record Extracted(ArticleFacts facts) implements Outcome, ToStore {
    }

    private record Unchanged(String articleId) implements Outcome {
    }

    private record Failed(Problem problem) implements Outcome {
    }

    /** An article on its way: where it was read, and its outcome to come. */
    private record Pending(String location, Future<Outcome> outcome) {
    }

    /** The work of the writer or the committer thread. */
    private interface Work {
        void run() throws InterruptedException;
    }

    /** Thrown on the reading thread when the writer has stopped the run. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the build was stopped", null, false, false);
        }
    }

    /** One build's threads and state. */
    private final class Run {
        private final Pending end = new Pending("", CompletableFuture.completedFuture(null));
        private final Problems problems;
        private final Counters counters;
        private final BlockingQueue<Pending> queue;
        private final ExecutorService extractors;
        private final Thread writer;
        /** Articles and batch ends on their way to the committer (bounded: memory stays flat while the disk is slow). */
        private final BlockingQueue<ToStore> toStore = new ArrayBlockingQueue<>(256);
        private final Thread committer;
        private final StoredArticles storedArticles = new StoredArticles(store);
        private final ArticleIds ids = new ArticleIds(storedArticles.isEmpty() ? null : storedArticles, options.replace());
        /** Skips this run reported as problems (on the reading thread only). */
        private long reportedSkips;
        private volatile boolean stopped;
        /** Set when a signal ends the JVM: reading stops, what was read is stored. */
        private volatile boolean signalled;
        private volatile Throwable writerCrash;

        Run(Problems problems, Counters counters) {
            this.problems = problems;
            this.counters = counters;
            this.queue = new ArrayBlockingQueue<>(Math.max(16, options.threads() * 8));
            AtomicInteger number = new AtomicInteger();
            this.extractors = Executors.newFixedThreadPool(options.threads(), task -> {
                Thread thread = new Thread(task, "newsgraph-extract-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.writer = new Thread(this::write, "newsgraph-batch-writer");
            this.writer.setDaemon(true);
            this.committer = new Thread(this::commit, "newsgraph-store-committer");
            this.committer.setDaemon(true);
        }

        void start() {
            writer.start();
            committer.start();
        }

        /** On the reading thread: checks the size limit and the id, then queues the article for extraction. */
        void submit(Article read, String location) {
            if (stopped || signalled) {
                throw new Stopped();
            }
            counters.read.incrementAndGet();
            Problem tooLong = overLimit(read, location, options.maxChars());
            if (tooLong != null) {
                skip(tooLong);
                return;
            }
            ArticleIds.Assigned assigned = ids.assign(read, location);
            if (assigned.article() == null) {
                skip(assigned.note());
                return;
            }
            if (assigned.note() != null) {
                problems.add(assigned.note());
            }
            Article article = assigned.article();
            if (notEnglish(article)) {
                counters.notEnglish.incrementAndGet();
            }
            put(new Pending(location, extractors.submit(() -> extract(article, location))));
        }

        private void skip(Problem problem) {
            counters.skipped.incrementAndGet();
            reportedSkips++;
            problems.add(problem);
        }

        /** On an extraction thread. */
        private Outcome extract(Article article, String location) {
            try {
                if (options.resume() && storedArticles.holdsUnchanged(article)) {
                    return new Unchanged(article.id());
                }
                return new Extracted(factsOf(pipeline, article));
            } catch (RuntimeException | StackOverflowError e) {
                return new Failed(new Problem(location, "extract", "article '" + article.id() + "': " + e));
            }
        }

        private void put(Pending pending) {
            try {
                while (!queue.offer(pending, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped || signalled || !writer.isAlive()) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        /** The writer thread: outcomes in reading order, cut into batches for the committer. */
        private void write() {
            untilStopped(this::gather);
            try {
                // what was extracted before a stop is whole and worth keeping: the last batch is committed
                handOver(EndOfRun.INSTANCE);
            } catch (Stopped | InterruptedException committerGone) {
                stopped = true;
            }
        }

        private void gather() throws InterruptedException {
            int inBatch = 0;
            while (true) {
                Pending pending = queue.take();
                if (pending == end) {
                    return;
                }
                Outcome outcome = outcomeOf(pending);
                if (outcome instanceof Extracted extracted) {
                    handOver(extracted);
                    counters.facts.addAndGet(extracted.facts().facts().size());
                    if (++inBatch >= options.batchSize()) {
                        handOver(EndOfBatch.INSTANCE);
                        inBatch = 0;
                    }
                } else if (outcome instanceof Unchanged) {
                    counters.skipped.incrementAndGet();
                } else if (outcome instanceof Failed failed) {
                    counters.failed.incrementAndGet();
                    problems.add(failed.problem());
                }
            }
        }

        /** Waits for room in the committer's queue, unless the committer has stopped. */
        private void handOver(ToStore item) throws InterruptedException {
            while (!toStore.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (!committer.isAlive()) {
                    throw new Stopped();
                }
            }
        }

        /** The committer thread: each batch in one transaction, in order; a batch left open by a stop is abandoned. */
        private void commit() {
            untilStopped(() -> {
                OpenBatch open = null;
                try {
                    while (true) {
                        ToStore item = toStore.take();
                        if (item instanceof Extracted extracted) {
                            if (open == null) {
                                open = new OpenBatch(store.openBatch(options.loader()));
                            }
                            open.add(extracted.facts());
                        } else {
                            if (open != null) {
                                open.commit();
                                open = null;
                            }
                            if (item == EndOfRun.INSTANCE) {
                                return;
                            }
                        }
                    }
                } finally {
                    if (open != null) {
                        open.batch.close();
                    }
                }
            });
        }

        /** A batch being written: its first and last article for the report, and the failure that lost it, if any. */
        private final class OpenBatch {
            private final ArticleStore.Batch batch;
            private String first;
            private String last;
            private int size;
            private RuntimeException failure;

            OpenBatch(ArticleStore.Batch batch) {
                this.batch = batch;
            }

            void add(ArticleFacts facts) {
                if (first == null) {
                    first = facts.article().id();
                }
                last = facts.article().id();
                size++;
                if (failure == null) {
                    try {
                        batch.add(facts);
                    } catch (RuntimeException e) {
                        failure = e;
                        batch.close();
                    }
                }
            }

            void commit() {
                if (failure == null) {
                    try {
                        batch.commit();
                    } catch (RuntimeException e) {
                        failure = e;
                    } finally {
                        batch.close();
                    }
                }
                if (failure == null) {
                    long stored = counters.stored.addAndGet(size);
                    options.listener().committed(size, first, last, stored);
                    return;
                }
                counters.failed.addAndGet(size);
                problems.add(new Problem("articles '" + first + "' .. '" + last + "'", "store",
                        size + " articles not stored, the store is as it was before them: " + failure));
            }
        }

        /** Runs a thread's work; a stop, an interrupt or a crash (kept for {@link #finish()}) stops the run. */
        private void untilStopped(Work work) {
            try {
                work.run();
            } catch (Problems.Stop | Stopped stop) {
                stopped = true;
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                stopped = true;
                writerCrash = e;
            }
        }

        private Outcome outcomeOf(Pending pending) throws InterruptedException {
            try {
                return pending.outcome().get();
            } catch (ExecutionException e) {
                return new Failed(new Problem(pending.location(), "extract", String.valueOf(e.getCause())));
            }
        }

        /** In a shutdown hook: stops reading, stores what was read and says so (the reading thread may be blocked on its input). */
        void finishOnSignal(PrintStream errors) {
            signalled = true;
            long before = counters.stored.get();
            try {
                finish();
            } catch (RuntimeException e) {
                // a failed writer has reported what it lost; the JVM is ending anyway
            }
            if (errors != null) {
                errors.printf("stopped by a signal: %d articles read, %d stored (%d of them after the signal)%n",
                        counters.read.get(), counters.stored.get(), counters.stored.get() - before);
                errors.flush();
            }
        }

        /** After reading: lets the writer drain the queue (or, when stopped, abandons it) and waits for it and the committer. */
        void finish() {
            try {
                while (writer.isAlive() && !queue.offer(end, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is busy; it takes the end marker once the queue has room
                }
                writer.join();
                committer.join();
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            }
            if (stopped) {
                extractors.shutdownNow();
            } else {
                extractors.shutdown();
            }
            try {
                extractors.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (writerCrash != null) {
                throw new IllegalStateException("the store writer failed: " + writerCrash, writerCrash);
            }
        }
    }
}
