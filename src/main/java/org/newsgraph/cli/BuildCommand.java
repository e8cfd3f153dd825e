package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.InputCounter;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.Builder;
import org.newsgraph.pipeline.ProgressLine;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.server.StoreClient;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph build INPUT...}: extract articles and load their facts into the store. */
@Command(name = "build", description = {
        "Extract facts from articles into the store: text, JSON Lines, HTML pages, RSS and Atom feeds,",
        "gzipped or not; files, folders (recursive) or - for standard input. Each failure is reported on",
        "one line; the exit status is 1 if anything failed."})
public final class BuildCommand implements Callable<Integer> {
    /** Articles per batch when a server holds the store: each batch is one request. */
    static final int SERVER_BATCH = 1000;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders (recursive) or - for standard input")
    List<String> inputs;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = {"a dictionary folder: countries.tsv, agents.tsv, organisations.tsv, outlets.tsv, roles.tsv,",
            "statement-verbs.tsv, persons.tsv, settings.tsv (docs/dictionaries.md); checked first: errors stop the build,",
            "warnings are printed (see: newsgraph gazetteer check)"})
    List<Path> gazetteers = List.of();

    @Option(names = "--batch", defaultValue = "" + BuildOptions.DEFAULT_BATCH, description = "articles per store transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_MAX_CHARS,
            description = "skip (and report) articles longer than this, title and text (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_MAX_BYTES,
            description = {"skip (and report) any file, JSON line or feed item larger than this once decompressed,",
                    "without reading it whole (default: ${DEFAULT-VALUE})"})
    long maxBytes;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "transactional",
            description = {"how batches are written: transactional (one TDB2 transaction per batch; a kill leaves whole batches)",
                    "or bulk (Jena's parallel TDB2 loader per batch: faster, but a kill while it commits can damage the store)",
                    "(default: ${DEFAULT-VALUE})"})
    Loader loader;

    @Option(names = "--fail-fast", description = "stop at the first failure")
    boolean failFast;

    @Option(names = "--replace", description = {"an article whose id is already stored with another text replaces it",
            "(by default it is kept under a derived id, and reported)"})
    boolean replace;

    @Option(names = "--resume", description = "skip articles already stored with the same title and text (to finish an interrupted build)")
    boolean resume;

    @Option(names = "--compact", description = {"compact the store after the build (see: newsgraph compact): frees what earlier",
            "batches and builds left behind; takes a while and, while it runs, room for a second copy of the store"})
    boolean compact;

    @Mixin
    EntitiesOption entities;

    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "report each batch committed to the store")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (threads != null && threads < 1) {
            err.println("error: --threads must be at least 1: " + threads);
            return 2;
        }
        if (batch < 1) {
            err.println("error: --batch must be at least 1: " + batch);
            return 2;
        }
        if (maxChars < 1 || maxBytes < 1) {
            err.println("error: --max-chars and --max-bytes must be at least 1: " + (maxChars < 1 ? maxChars : maxBytes));
            return 2;
        }
        BuildListener listener = verbose
                ? (articles, first, last, stored) -> err.printf("committed %d articles ('%s' .. '%s'), %d stored so far%n", articles, first, last, stored)
                : BuildListener.NONE;
        BuildOptions options = BuildOptions.defaults().withBatchSize(batch).withMaxChars(maxChars).withMaxBytes(maxBytes)
                .withFailFast(failFast).withResume(resume).withReplace(replace).withListener(listener).withLoader(loader);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        EntityRules rules = entities.rules();
        Optional<StoreClient> server = store.server("build");
        if (server.isPresent()) {
            if (compact) {
                err.println("error: --compact needs the store to itself; stop the server that holds it first");
                return 2;
            }
            if (loader == Loader.BULK) {
                err.println("newsgraph: --loader bulk does not apply through a server; each batch is one transaction there");
                options = options.withLoader(Loader.TRANSACTIONAL);
            }
            // a batch travels as one request, held in memory on both sides
            options = options.withBatchSize(Math.min(batch, SERVER_BATCH));
        }
        ExtractionPipeline pipeline = ExtractionPipeline.standard(gazetteers);
        pipeline.gazetteer().problems().forEach(err::println); // warnings: a folder with errors never gets here
        Builder.Counters counters = new Builder.Counters();
        boolean showProgress = !quiet && System.console() != null;
        BuildSummary summary;
        try (GraphStore graphStore = server.isPresent() ? null : StoreOption.announce(GraphStore.openForBuild(store.path()))) {
            try (ProgressLine progress = showProgress ? new ProgressLine(err, counters) : null) {
                PrintStream report = progress == null ? err : progress.lines();
                if (progress != null) {
                    Thread counting = new Thread(() -> progress.total(InputCounter.estimate(inputs)), "newsgraph-count");
                    counting.setDaemon(true);
                    counting.start();
                }
                ArticleStore target = server.isPresent() ? server.get() : graphStore;
                summary = new Builder(pipeline, target, options).build(inputs, System.in, report, counters);
            }
            // the articles stored, this run's and earlier ones, are resolved across the store in one transaction
            ResolveCommand.report(server.isPresent() ? server.get().resolve(gazetteers, rules)
                    : EntityResolution.run(graphStore, pipeline.gazetteer().officeHolders(), rules), err);
        }
        err.println(summary);
        if (compact) {
            try (GraphStore graphStore = GraphStore.open(store.path())) {
                err.println(CompactCommand.compact(graphStore, store.path()));
            }
        }
        return summary.ok() ? 0 : 1;
    }
}
