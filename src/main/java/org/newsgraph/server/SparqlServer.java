package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.GraphStore;

/**
 * The store over HTTP: an embedded Apache Jena Fuseki with the SPARQL 1.1 Protocol at {@code /sparql}
 * (and {@code /update} when updates are allowed), and the web page at {@code /}. The default graph is the
 * union of the article graphs, as {@link GraphStore} sets it. Every request passes {@link RequestGuard}
 * first; queries pass {@link QueryPolicy} and {@link HeapGuard}, updates {@link UpdateGuard}; the web view reads
 * {@code /api/*} ({@link ApiServlet}), the store's own commands {@code /api/store/*} ({@link StoreApi}).
 */
public final class SparqlServer implements AutoCloseable {
    /** Dataset name: the root, so the endpoints are /sparql and /update. */
    private static final String DATASET = "/";

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final String updateToken;
    private final String storeToken;
    private final HeapGuard heap;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings, String updateToken, String storeToken, HeapGuard heap) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.updateToken = updateToken;
        this.storeToken = storeToken;
        this.heap = heap;
    }

    /** Builds and starts the server; {@code settings.port()} 0 picks a free port. */
    public static SparqlServer start(GraphStore store, ServerSettings settings) {
        // the limits ride on the endpoint's context, which Fuseki merges into every query's context; the
        // timeout also caps a client's own ?timeout= parameter
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        // Jena's own switch: even a SERVICE that got past QueryPolicy makes no connection
        limits.set(ARQ.httpServiceAllowed, settings.allowService());
        // property functions (apf:strSplit's regex, list:member) are outside QueryPolicy's view; the store needs none
        limits.set(ARQ.enablePropertyFunctions, false);
        QueryPolicy policy = new QueryPolicy(settings.allowService());
        HostCheck hosts = new HostCheck(settings.host());
        HeapGuard heap = new HeapGuard();
        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(limits)
                        .processor(new LimitedQueryProcessor(settings.maxResults(), policy, heap)).build());
        String updateToken = null;
        if (settings.allowUpdate()) {
            updateToken = UpdateGuard.newToken();
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").context(limits)
                    .processor(new UpdateGuard(updateToken, hosts, policy, settings.allowService())).build());
        }
        ViewData viewData = new ViewData(store.dataset(), settings.timeout());
        String storeToken = UpdateGuard.newToken();
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service)
                .addFilter("/*", new IndexFilter())
                .addServlet("/api/*", new ApiServlet(viewData, new EntityFacts(store.dataset()),
                        Presets.load(), updateToken, settings.maxResults()))
                .addServlet("/api/store/*", new StoreApi(store, storeToken, hosts))
                .addServlet("/webjars/*", new ClasspathResourceServlet("META-INF/resources/webjars", "public, max-age=86400"))
                .addServlet("/*", new ClasspathResourceServlet("org/newsgraph/web", "no-cache"))
                .build();
        Server jetty = fuseki.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.host());
            }
        }
        jetty.setHandler(new RequestGuard(hosts, settings.maxBodyBytes(), storeToken, queryQueue(settings, jetty.getHandler())));
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            heap.close();
            throw e;
        }
        // the web view's index and fact table, read now rather than on the first page load
        Thread warmUp = new Thread(() -> {
            try {
                viewData.snapshot();
            } catch (RuntimeException e) {
                // the first request will read it again, and report what goes wrong
            }
        }, "newsgraph-view-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return new SparqlServer(fuseki, settings, updateToken, storeToken, heap);
    }

    /**
     * At most {@code maxConcurrentQueries} requests that run queries at once, the rest waiting first come
     * first served. Sixteen queries sharing two cores would each take
     * eight times as long; queued, a cheap one waits its turn and then runs at full speed, and the memory
     * held by queries in flight is bounded too. Pages and scripts are not queued.
     */
    private static Handler queryQueue(ServerSettings settings, Handler next) {
        QoSHandler queue = new QoSHandler(next);
        queue.setMaxRequestCount(settings.maxConcurrentQueries());
        // each query ahead may take the whole timeout; a wait of four means overload, and a 503 says so
        queue.setMaxSuspend(settings.timeout().multipliedBy(4));
        queue.includePath("/sparql", "/update", "/api/*");
        return queue;
    }

    /** The port it listens on (the one picked, when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The token /update asks for in {@code X-Newsgraph-Token}; null when updates are off. */
    public String updateToken() {
        return updateToken;
    }

    /** The token the store's own commands send to work through this server (serve keeps it in the store folder). */
    public String storeToken() {
        return storeToken;
    }

    /** The address a command on this machine reaches the server at: the loopback one when it listens on every interface. */
    public String localUrl() {
        String host = settings.host();
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        return wildcard ? "http://127.0.0.1:" + port() + "/" : url();
    }

    /** The address of the web page, e.g. http://127.0.0.1:3030/. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The host each connector is bound to, as Jetty holds it (null would mean all interfaces). */
    public java.util.List<String> boundHosts() {
        java.util.List<String> hosts = new java.util.ArrayList<>();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                hosts.add(serverConnector.getHost());
            }
        }
        return hosts;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving; join() then returns. Safe to call more than once. */
    public void stop() {
        fuseki.stop();
        heap.close();
    }

    @Override
    public void close() {
        stop();
    }
}
