package org.newsgraph.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsgraph.server.ServerSettings;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ServeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the store as a SPARQL endpoint with a web page, until Ctrl-C. */
@Command(name = "serve", description = {
        "Serve the store over HTTP until interrupted: SPARQL 1.1 Protocol at /sparql (GET and POST; JSON, XML, CSV, TSV "
                + "results, Turtle or JSON-LD for CONSTRUCT), /update with --allow-update, and a web page at /.",
        "Every SELECT answer holds at most --max-results rows (a cut one carries the header Newsgraph-Results-Truncated: true); "
                + "CONSTRUCT and DESCRIBE use at most that many solutions.",
        "Queries make no outbound requests (SERVICE is refused unless --allow-service); request bodies are capped by --max-body; "
                + "/update asks for the token printed at start in the header X-Newsgraph-Token.",
        "While it runs, build, query, facts and export on the same store work through it (it leaves a file readable by its owner only, "
                + ServeFile.NAME + ", in the store folder)."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST, description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--allow-update", description = "also accept SPARQL Update at /update (off: the store is read-only)")
    boolean allowUpdate;

    @Option(names = "--allow-service", description = "let queries use SERVICE (and updates LOAD): requests from this server to any address")
    boolean allowService;

    @Option(names = "--max-body", defaultValue = "1M", paramLabel = "SIZE", description = "largest request body, in bytes or with k or M (default: ${DEFAULT-VALUE})")
    String maxBody;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "longest a query may run (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N", description = "most rows in one answer (default: ${DEFAULT-VALUE})")
    int maxResults;

    @Option(names = "--max-concurrent", paramLabel = "N", description = "most queries run at once; the others wait their turn "
            + "(default: twice the processors, here ${DEFAULT-VALUE})")
    int maxConcurrent = ServerSettings.defaultConcurrentQueries();

    @Override
    public Integer call() {
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, allowUpdate, allowService, Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                    maxResults, bytes(maxBody), maxConcurrent);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        CountDownLatch storeClosed = new CountDownLatch(1);
        // the shutdown hook waits for this latch, so the JVM does not halt before the store is closed and said so
        try {
            try (GraphStore graphStore = store.open();
                 SparqlServer server = start(graphStore, settings)) {
                if (server == null) {
                    return 1;
                }
                System.out.println("newsgraph: serving " + store.path() + " at " + server.url()
                        + " (SPARQL: " + server.url() + "sparql" + (allowUpdate ? ", update: " + server.url() + "update" : ", read-only")
                        + "); Ctrl-C stops");
                if (server.updateToken() != null) {
                    System.out.println("newsgraph: updates need the header X-Newsgraph-Token: " + server.updateToken());
                }
                // build, query, facts and export on this store now work through the server (the file is the owner's only)
                ServeFile.write(store.path(), server.localUrl(), server.storeToken());
                System.out.flush();
                if (!isLoopback(host)) {
                    System.err.println("warning: listening on " + host + ", not only this machine"
                            + (allowUpdate ? "; anyone who reaches it can change the store" : ""));
                }
                // Ctrl-C starts the JVM's shutdown: stop the server, then give this thread the time to close the store
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    ServeFile.delete(store.path());
                    server.stop();
                    try {
                        storeClosed.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "newsgraph-serve-shutdown"));
                server.join();
                ServeFile.delete(store.path());
            }
            System.err.println("newsgraph: server stopped, store closed");
            return 0;
        } finally {
            storeClosed.countDown();
        }
    }

    /** The started server, or null after saying why it could not start (most often: the port is taken). */
    private static SparqlServer start(GraphStore graphStore, ServerSettings settings) {
        try {
            return SparqlServer.start(graphStore, settings);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("error: cannot serve on " + settings.host() + ":" + settings.port() + ": " + cause.getMessage());
            return null;
        }
    }

    /** "1048576", "512k" or "1M" in bytes (k and M are binary: 1024 and 1024²). */
    static long bytes(String size) {
        String text = size.strip();
        long unit = 1;
        if (text.endsWith("k") || text.endsWith("K")) {
            unit = 1024;
        } else if (text.endsWith("m") || text.endsWith("M")) {
            unit = 1024 * 1024;
        }
        try {
            return Math.multiplyExact(Long.parseLong(unit == 1 ? text : text.substring(0, text.length() - 1)), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a size (bytes, or a number with k or M): " + size);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
