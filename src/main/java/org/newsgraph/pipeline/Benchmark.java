package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Models;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * The benchmark: on one corpus (generated, or the user's), the bare OpenNLP pass, extraction on 1 and N
 * threads, the whole build with 1 and N threads into fresh TDB2 stores, our two loaders against Jena's TDB2
 * loaders on the same quads, and the live heap at 10% and 100% of the build; then the ratios against their
 * targets.
 */
public final class Benchmark {
    /** At most this many articles' facts are kept in memory for the loading comparison. */
    static final int LOAD_CAP = 20_000;
    /** The statistical lemmatizer is only a side comparison, and slow: it runs on this many articles at most. */
    static final int LEMMA_SAMPLE = 2_000;
    /** Each way of loading runs this many times into fresh stores and keeps its best rate: disks are noisy. */
    static final int LOAD_ROUNDS = 2;

    /** What to measure: a generated corpus of {@code articles}, or the user's inputs when not empty. */
    public record Settings(int articles, List<String> inputs, int threads, int batchSize, Path workDir) {
    }

    private final Settings settings;
    private final PrintStream out;
    private final FactMapper mapper = new FactMapper();

    public Benchmark(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() {
        printLoad("at the start");
        List<String> corpus = corpus();
        Models models = Models.get();
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());
        warmUp(corpus, models, pipeline);

        long[] tokens = {0};
        long[] count = {0};
        double bareSeconds = time(() -> {
            Annotator bare = new Annotator(models, false);
            forEach(corpus, article -> {
                tokens[0] += bare.annotate(article).tokenCount();
                count[0]++;
            });
        });
        long n = count[0];
        report("bare OpenNLP (sentences+tokens+POS), 1 thread", n, tokens[0], bareSeconds);
        long[] lemmaTokens = {0};
        long[] lemmaArticles = {0};
        double lemmaSeconds = time(() -> {
            Annotator withLemmas = new Annotator(models, true);
            forEachOfFirst(corpus, LEMMA_SAMPLE, article -> {
                lemmaTokens[0] += withLemmas.annotate(article).tokenCount();
                lemmaArticles[0]++;
            });
        });
        report("OpenNLP with its statistical lemmatizer (for comparison, on the first " + lemmaArticles[0]
                + " articles; extraction uses dictionary lemmas), 1 thread", lemmaArticles[0], lemmaTokens[0], lemmaSeconds);

        List<ArticleFacts> kept = new ArrayList<>();
        long[] facts = {0};
        double extractSeconds = time(() -> forEach(corpus, article -> {
            ArticleFacts result = pipeline.process(article);
            facts[0] += result.facts().size();
            if (kept.size() < LOAD_CAP) {
                kept.add(result);
            }
        }));
        report("extraction (annotation, lemmas, extractors), 1 thread", n, tokens[0], extractSeconds);
        out.printf("  facts extracted: %,d (%.2f per article)%n", facts[0], (double) facts[0] / Math.max(1, n));
        double extractManySeconds = time(() -> extractInParallel(corpus, pipeline, settings.threads()));
        report("extraction, " + settings.threads() + " threads", n, tokens[0], extractManySeconds);

        // the loading comparison runs before the builds and lets go of its facts, so that the builds (and the heap
        // they are measured with) do not carry tens of megabytes of someone else's live data
        LoadRates load = compareLoading(kept);
        kept.clear();

        BuildSummary one = build(corpus, pipeline, 1, "build-1", null);
        report("whole build into a fresh TDB2 store, 1 thread", one.read(), tokens[0], one.seconds());
        HeapSampler heap = new HeapSampler(n);
        BuildSummary many = build(corpus, pipeline, settings.threads(), "build-" + settings.threads(), heap);
        report("whole build into a fresh TDB2 store, " + settings.threads() + " threads", many.read(), tokens[0], many.seconds());
        heap.sample("100%");
        heap.print(out);

        double buildRatio = bareSeconds / one.seconds();
        double extractionSpeedUp = extractSeconds / extractManySeconds;
        double buildSpeedUp = one.seconds() / many.seconds();
        printLoad("at the end");
        out.println("ratios:");
        out.printf("  whole build / bare OpenNLP (1 thread):  %.2f  (target >= 0.5)%n", buildRatio);
        out.printf("  our loading / Jena's default TDB2 loader (best of %d rounds):%n", LOAD_ROUNDS);
        out.printf("    --loader bulk:                        %.2f  (target >= 0.8)%n", load.bulk / load.jenaDefault);
        out.printf("    transactional (default):              %.2f  (target >= 0.8; Jena's loader is multi-threaded and not crash-safe)%n",
                load.transactional / load.jenaDefault);
        out.printf("  transactional / Jena's basic loader:    %.2f  (the same guarantee: one transaction)%n", load.transactional / load.jenaBasic);
        out.printf("  live heap at 100%% / at 10%% of the build:  %.2f  (flat: about 1; over the build %s)%n", heap.growth(), heap.range());
        out.printf("  extraction with %d threads / 1 thread:   %.2fx (target >= 1.6x on 2 cores; %d cores here)%n",
                settings.threads(), extractionSpeedUp, Runtime.getRuntime().availableProcessors());
        out.printf("  build with %d threads / 1 thread:        %.2fx (the 1-thread build already stores on a second thread)%n",
                settings.threads(), buildSpeedUp);
    }

    /** Other processes on the machine skew every rate, the multi-threaded ones most: say how busy it was. */
    private void printLoad(String when) {
        out.printf("system load average %s: %.2f on %d cores%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** The inputs to build: the user's, or a generated corpus written as JSON Lines. */
    private List<String> corpus() {
        if (!settings.inputs().isEmpty()) {
            out.println("corpus: " + String.join(" ", settings.inputs()));
            return settings.inputs();
        }
        Path file = settings.workDir().resolve("corpus.jsonl");
        new CorpusGenerator(settings.articles(), 42).writeJsonLines(file);
        out.printf("corpus: %,d generated articles (%,d bytes of JSON Lines)%n", settings.articles(), size(file));
        return List.of(file.toString());
    }

    private void warmUp(List<String> corpus, Models models, ExtractionPipeline pipeline) {
        Annotator bare = new Annotator(models, false);
        // after 100 articles the JIT has seen every code path a few times
        forEachOfFirst(corpus, 100, article -> {
            bare.annotate(article);
            pipeline.process(article);
        });
    }

    /** Extraction alone on a pool of threads, with a bounded number of articles in flight. */
    private void extractInParallel(List<String> corpus, ExtractionPipeline pipeline, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 8);
        try {
            forEach(corpus, article -> {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        pipeline.process(article);
                    } finally {
                        inFlight.release();
                    }
                });
            });
        } finally {
            pool.shutdown();
        }
        try {
            pool.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The action on the first {@code limit} articles of the corpus only. */
    private void forEachOfFirst(List<String> corpus, int limit, Consumer<Article> action) {
        int[] seen = {0};
        try {
            forEach(corpus, article -> {
                action.accept(article);
                if (++seen[0] >= limit) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the rest of the corpus is not needed
        }
    }

    private BuildSummary build(List<String> corpus, ExtractionPipeline pipeline, int threads, String name, HeapSampler heap) {
        BuildOptions options = BuildOptions.defaults().withThreads(threads).withBatchSize(settings.batchSize())
                .withListener(heap == null ? BuildListener.NONE : heap);
        if (heap != null) {
            heap.resetPeaks();
        }
        try (GraphStore store = GraphStore.openForBuild(settings.workDir().resolve(name))) {
            BuildSummary summary = new Builder(pipeline, store, options).build(corpus, System.in, null, new Builder.Counters());
            if (heap != null) {
                // build resolves the store's entities across articles after storing them: its own line
                out.println("  resolution across the store after the build: "
                        + EntityResolution.run(store, pipeline.gazetteer().officeHolders(), EntityRules.NONE));
            }
            TDBInternal.expel(store.dataset().asDatasetGraph());
            return summary;
        }
    }

    /** Best rates, in quads/s, of the ways of loading that the ratios compare. */
    private record LoadRates(double transactional, double bulk, double jenaDefault, double jenaBasic) {
        LoadRates best(LoadRates other) {
            return other == null ? this : new LoadRates(Math.max(transactional, other.transactional),
                    Math.max(bulk, other.bulk), Math.max(jenaDefault, other.jenaDefault), Math.max(jenaBasic, other.jenaBasic));
        }
    }

    /**
     * The same quads loaded five ways into fresh stores, each way first run once on a part of them so that
     * no way pays for the JIT, then {@value #LOAD_ROUNDS} rounds of all ways; the best rate of each counts.
     */
    private LoadRates compareLoading(List<ArticleFacts> kept) {
        loadAllWays(kept.subList(0, Math.min(kept.size(), 500)), "warm-up-", new PrintStream(OutputStream.nullOutputStream()));
        LoadRates best = null;
        for (int round = 1; round <= LOAD_ROUNDS; round++) {
            out.printf("loading, round %d of %d:%n", round, LOAD_ROUNDS);
            best = loadAllWays(kept, "round-" + round + "-", out).best(best);
        }
        return best;
    }

    private LoadRates loadAllWays(List<ArticleFacts> kept, String prefix, PrintStream out) {
        StreamRDF counter = StreamRDFLib.count();
        kept.forEach(facts -> mapper.write(facts, counter));
        long quads = ((org.apache.jena.riot.lang.StreamRDFCounting) counter).countQuads();
        out.printf("  %,d quads (%,d articles' facts):%n", quads, kept.size());

        double transactional = time(() -> loadInBatches(kept, prefix + "load-transactional", Loader.TRANSACTIONAL));
        reportLoad(out, "ours, transactional (default): one transaction per " + settings.batchSize() + " articles", quads, transactional);
        double bulk = time(() -> loadInBatches(kept, prefix + "load-bulk", Loader.BULK));
        reportLoad(out, "ours, --loader bulk: Jena's parallel loader per " + settings.batchSize() + " articles", quads, bulk);

        Path nquads = settings.workDir().resolve(prefix + "facts.nq");
        try (OutputStream file = Files.newOutputStream(nquads)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            writer.start();
            kept.forEach(facts -> mapper.write(facts, writer));
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MonitorOutput quiet = (format, args) -> { };
        double jenaDefault = time(() -> loadFile(prefix + "load-jena", nquads, dsg -> LoaderFactory.createLoader(dsg, quiet)));
        reportLoad(out, "Jena: TDB2 LoaderFactory.createLoader (the default, phased loader), the whole file at once", quads, jenaDefault);
        double jenaParallel = time(() -> loadFile(prefix + "load-jena-parallel", nquads, dsg -> LoaderFactory.parallelLoader(dsg, quiet)));
        reportLoad(out, "Jena: TDB2 LoaderFactory.parallelLoader, the whole file at once", quads, jenaParallel);
        double jenaBasic = time(() -> loadFile(prefix + "load-jena-basic", nquads, dsg -> LoaderFactory.basicLoader(dsg, quiet)));
        reportLoad(out, "Jena: TDB2 LoaderFactory.basicLoader (one transaction), the whole file at once", quads, jenaBasic);
        return new LoadRates(quads / transactional, quads / bulk, quads / jenaDefault, quads / jenaBasic);
    }

    private void loadInBatches(List<ArticleFacts> kept, String name, Loader loader) {
        try (GraphStore store = GraphStore.openForBuild(settings.workDir().resolve(name))) {
            for (int from = 0; from < kept.size(); from += settings.batchSize()) {
                store.write(kept.subList(from, Math.min(kept.size(), from + settings.batchSize())), loader);
            }
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    private void loadFile(String name, Path file, Function<DatasetGraph, DataLoader> loaderFor) {
        withFreshDataset(name, dataset -> {
            DataLoader loader = loaderFor.apply(dataset.asDatasetGraph());
            loader.startBulk();
            loader.load(file.toString());
            loader.finishBulk();
        });
    }

    private void withFreshDataset(String name, Consumer<Dataset> load) {
        Dataset dataset = TDB2Factory.connectDataset(settings.workDir().resolve(name).toString());
        try {
            load.accept(dataset);
        } finally {
            // TDB2 keeps a closed store's connection and caches in the JVM; the next measures must not carry them
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private void forEach(List<String> corpus, Consumer<Article> action) {
        new InputWalker(ReaderRegistry.standard(), System.in).walk(corpus, action::accept, Problems.silent());
    }

    private void report(String what, long articles, long tokens, double seconds) {
        out.printf("%s: %,d articles in %.2f s = %,.1f articles/s, %,.0f tokens/s%n", what, articles, seconds,
                articles / seconds, tokens / seconds);
    }

    private static void reportLoad(PrintStream out, String what, long quads, double seconds) {
        out.printf("  %s: %.2f s = %,.0f quads/s%n", what, seconds, quads / seconds);
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    /** The live heap (after a full GC) and the peak heap use, at every tenth of the build and at its end. */
    private static final class HeapSampler implements BuildListener {
        private final long articles;
        private final StringBuilder samples = new StringBuilder();
        private final List<Long> lives = new ArrayList<>();
        private int tenths;

        HeapSampler(long articles) {
            this.articles = articles;
        }

        void resetPeaks() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        @Override
        public void committed(int batch, String firstId, String lastId, long storedSoFar) {
            if (tenths < 9 && storedSoFar * 10 >= articles * (tenths + 1)) {
                tenths = (int) Math.min(9, storedSoFar * 10 / Math.max(1, articles));
                sample(tenths * 10 + "% (" + storedSoFar + " articles)");
            }
        }

        void sample(String when) {
            long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            samples.append(String.format("  at %s: live heap after GC %.1f MB, peak heap used so far %.1f MB%n", when, live / 1e6, peak / 1e6));
            lives.add(live);
        }

        void print(PrintStream out) {
            out.print("heap during the multi-threaded build:\n" + samples);
        }

        /** The smallest and largest live heap sampled. */
        String range() {
            return String.format("%.1f-%.1f MB", lives.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                    lives.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        }

        /** Live heap at the end over live heap at the first tenth. */
        double growth() {
            return lives.size() < 2 ? 1 : (double) lives.get(lives.size() - 1) / lives.get(0);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }
    }
}
