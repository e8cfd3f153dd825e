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
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Models;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.store.GraphStore;

/**
 * The benchmark: on one corpus (generated, or the user's), the bare OpenNLP pass, extraction, the whole build
 * with 1 and N threads into fresh TDB2 stores, our loading against Jena's TDB2 loaders on the same quads, and
 * the live heap at 10% and 100% of the build; then the ratios against their targets.
 */
public final class Benchmark {
    /** At most this many articles' facts are kept in memory for the loading comparison. */
    static final int LOAD_CAP = 20_000;

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
        double lemmaSeconds = time(() -> {
            Annotator withLemmas = new Annotator(models, true);
            forEach(corpus, withLemmas::annotate);
        });
        report("OpenNLP with its statistical lemmatizer (for comparison; extraction uses dictionary lemmas), 1 thread", n, tokens[0], lemmaSeconds);

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

        BuildSummary one = build(corpus, pipeline, 1, "build-1", null);
        report("whole build into a fresh TDB2 store, 1 thread", one.read(), tokens[0], one.seconds());
        HeapSampler heap = new HeapSampler(n);
        BuildSummary many = build(corpus, pipeline, settings.threads(), "build-" + settings.threads(), heap);
        report("whole build into a fresh TDB2 store, " + settings.threads() + " threads", many.read(), tokens[0], many.seconds());
        heap.sample("100%");
        heap.print(out);

        LoadTimes load = compareLoading(kept);

        double buildRatio = bareSeconds / one.seconds();
        double loadRatio = load.ours / load.jena;
        double speedUp = one.seconds() / many.seconds();
        printLoad("at the end");
        out.println("ratios:");
        out.printf("  whole build / bare OpenNLP (1 thread):  %.2f  (target >= 0.5)%n", buildRatio);
        out.printf("  our loading / Jena's TDB2 loader:       %.2f  (target >= 0.8)%n", loadRatio);
        out.printf("  build with %d threads / 1 thread:        %.2fx (target >= 1.6x on 2 cores; %d cores here)%n",
                settings.threads(), speedUp, Runtime.getRuntime().availableProcessors());
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
        int[] seen = {0};
        try {
            forEach(corpus, article -> {
                bare.annotate(article);
                pipeline.process(article);
                if (++seen[0] >= 100) {
                    throw new EnoughWarmUp();
                }
            });
        } catch (EnoughWarmUp enough) {
            // the JIT has seen every code path a few times
        }
    }

    private BuildSummary build(List<String> corpus, ExtractionPipeline pipeline, int threads, String name, HeapSampler heap) {
        BuildOptions options = BuildOptions.defaults().withThreads(threads).withBatchSize(settings.batchSize())
                .withListener(heap == null ? BuildListener.NONE : heap);
        if (heap != null) {
            heap.resetPeaks();
        }
        try (GraphStore store = GraphStore.open(settings.workDir().resolve(name))) {
            return new Builder(pipeline, store, options).build(corpus, System.in, null, new Builder.Counters());
        }
    }

    private record LoadTimes(double ours, double jena) {
    }

    /**
     * The same quads loaded five ways into fresh stores, each way first run once on a part of them so that
     * no way pays for the JIT; returns our batched rate and Jena's default loader's rate.
     */
    private LoadTimes compareLoading(List<ArticleFacts> kept) {
        loadAllWays(kept.subList(0, Math.min(kept.size(), 500)), "warm-up-", new PrintStream(OutputStream.nullOutputStream()));
        return loadAllWays(kept, "", out);
    }

    private LoadTimes loadAllWays(List<ArticleFacts> kept, String prefix, PrintStream out) {
        StreamRDF counter = StreamRDFLib.count();
        kept.forEach(facts -> mapper.write(facts, counter));
        long quads = ((org.apache.jena.riot.lang.StreamRDFCounting) counter).countQuads();
        out.printf("loading %,d quads (%,d articles' facts):%n", quads, kept.size());

        double batched = time(() -> {
            try (GraphStore store = GraphStore.open(settings.workDir().resolve(prefix + "load-batched"))) {
                for (int from = 0; from < kept.size(); from += settings.batchSize()) {
                    store.replace(kept.subList(from, Math.min(kept.size(), from + settings.batchSize())));
                }
            }
        });
        reportLoad(out, "ours: GraphStore.replace, one transaction per " + settings.batchSize() + " articles", quads, batched);
        double single = time(() -> {
            try (GraphStore store = GraphStore.open(settings.workDir().resolve(prefix + "load-single"))) {
                store.replace(kept);
            }
        });
        reportLoad(out, "ours: GraphStore.replace, all in one transaction", quads, single);

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
        double jenaDefault = time(() -> withFreshDataset(prefix + "load-jena", dataset -> {
            DataLoader loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), quiet);
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
        }));
        reportLoad(out, "Jena: TDB2 LoaderFactory.createLoader (the default loader)", quads, jenaDefault);
        double jenaParallel = time(() -> withFreshDataset(prefix + "load-jena-parallel", dataset -> {
            DataLoader loader = LoaderFactory.parallelLoader(dataset.asDatasetGraph(), quiet);
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
        }));
        reportLoad(out, "Jena: TDB2 LoaderFactory.parallelLoader", quads, jenaParallel);
        double read = time(() -> withFreshDataset(prefix + "load-riot", dataset ->
                Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset.asDatasetGraph(), nquads.toString()))));
        reportLoad(out, "Jena: RDFDataMgr.read in one transaction", quads, read);
        return new LoadTimes(quads / batched, quads / jenaDefault);
    }

    private void withFreshDataset(String name, Consumer<Dataset> load) {
        Dataset dataset = TDB2Factory.connectDataset(settings.workDir().resolve(name).toString());
        try {
            load.accept(dataset);
        } finally {
            dataset.close();
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

    private static final class EnoughWarmUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughWarmUp() {
            super(null, null, false, false);
        }
    }

    /** The live heap (after a full GC) and the peak heap use, at 10% of the build and at its end. */
    private static final class HeapSampler implements BuildListener {
        private final long articles;
        private final StringBuilder samples = new StringBuilder();
        private boolean tenPercent;

        HeapSampler(long articles) {
            this.articles = articles;
        }

        void resetPeaks() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        @Override
        public void committed(int batch, String firstId, String lastId, long storedSoFar) {
            if (!tenPercent && storedSoFar * 10 >= articles) {
                tenPercent = true;
                sample("10% (" + storedSoFar + " articles)");
            }
        }

        void sample(String when) {
            long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            samples.append(String.format("  at %s: live heap after GC %.1f MB, peak heap used so far %.1f MB%n", when, live / 1e6, peak / 1e6));
        }

        void print(PrintStream out) {
            out.print("heap during the multi-threaded build:\n" + samples);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }
    }
}
