package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.GraphStore;

/**
 * The store over HTTP: an embedded Apache Jena Fuseki with the SPARQL 1.1 Protocol at {@code /sparql}
 * (and {@code /update} when updates are allowed), and the web page at {@code /}. The default graph is the
 * union of the article graphs, as {@link GraphStore} sets it.
 */
public final class SparqlServer implements AutoCloseable {
    /** Dataset name: the root, so the endpoints are /sparql and /update. */
    private static final String DATASET = "/";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Builds and starts the server; {@code settings.port()} 0 picks a free port. */
    public static SparqlServer start(GraphStore store, ServerSettings settings) {
        // the timeout rides on the endpoint's context, which Fuseki merges into every query's context;
        // it also caps a client's own ?timeout= parameter
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(limits)
                        .processor(new LimitedQueryProcessor(settings.maxResults())).build());
        if (settings.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update");
        }
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, service)
                .addFilter("/*", new IndexFilter())
                .addServlet("/api/*", new ApiServlet(new EntityFacts(store.dataset()), Presets.load()))
                .addServlet("/webjars/*", new ClasspathResourceServlet("META-INF/resources/webjars", "public, max-age=86400"))
                .addServlet("/*", new ClasspathResourceServlet("org/newsgraph/web", "no-cache"))
                .build();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.host());
            }
        }
        fuseki.start();
        return new SparqlServer(fuseki, settings);
    }

    /** The port it listens on (the one picked, when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public ServerSettings settings() {
        return settings;
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
    }

    @Override
    public void close() {
        stop();
    }
}
