package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.export.DateRange;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportRequest;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.ViewFilter;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.model.Article;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.FactsReader;
import org.newsgraph.store.GraphStore;

/**
 * The store's own commands through the server that holds it ({@code /api/store/*}): a build's batches, what the
 * store holds of an article, resolution across articles after a build, the facts and the exports. Only for requests from this machine that carry the
 * server's store token ({@link #TOKEN_HEADER}), which {@code serve} writes into the store folder readable by its
 * owner only: whoever can read it could open the store themselves. A browser cannot send that header to another
 * site without CORS, which this server never grants, and a foreign Origin is refused besides.
 */
final class StoreApi extends HttpServlet {
    static final String TOKEN_HEADER = "X-Newsgraph-Store-Token";
    /** A build's batch as N-Quads: far more than a batch of 1,000 long articles takes. */
    static final long MAX_BODY = 1L << 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphStore store;
    private final String token;
    private final HostCheck hosts;

    StoreApi(GraphStore store, String token, HostCheck hosts) {
        this.store = store;
        this.token = token;
        this.hosts = hosts;
    }

    /** True when the header value is this server's store token. */
    static boolean matches(String given, String token) {
        return given != null && token != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!matches(request.getHeader(TOKEN_HEADER), token) || !loopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "the store's commands need the token serve wrote into the store folder");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !hosts.accepts(origin.replaceFirst("^https?://", ""), request.getLocalPort())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Origin " + origin + " is not this server");
            return;
        }
        String path = String.valueOf(request.getPathInfo());
        String method = request.getMethod();
        response.setHeader("Cache-Control", "no-store");
        try {
            switch (method + " " + path) {
                case "GET /hello" -> json(response, JSON.createObjectNode().put("server", "newsgraph").put("pid", ProcessHandle.current().pid()));
                case "GET /empty" -> json(response, JSON.createObjectNode().put("empty", store.holdsNoArticle()));
                case "POST /state" -> state(request, response);
                case "POST /articles" -> articles(request, response);
                case "POST /resolve" -> resolve(request, response);
                case "POST /facts" -> facts(request, response);
                case "POST /export" -> export(request, response);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException e) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            }
        }
    }

    private void state(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        String id = body.path("id").asText(null);
        String title = body.path("title").asText("");
        String text = body.path("text").asText(null);
        if (id == null || text == null) {
            throw new IllegalArgumentException("state needs an id and a text");
        }
        Article article = new Article(id, title, null, null, null, text);
        json(response, JSON.createObjectNode().put("unchanged", store.holdsUnchanged(article)).put("otherText", store.holdsOtherText(id, text)));
    }

    /**
     * A batch of articles as N-Quads, each article's graph replaced, all in one write transaction: a graph is cleared
     * the first time one of its quads arrives. A body that does not parse changes nothing.
     */
    private void articles(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Node> graphs = new HashSet<>();
        long[] quads = {0};
        try (InputStream in = request.getInputStream()) {
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dataset = store.dataset().asDatasetGraph();
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        if (quad.isDefaultGraph()) {
                            throw new IllegalArgumentException("a quad outside an article graph: " + quad);
                        }
                        if (graphs.add(quad.getGraph())) {
                            dataset.deleteAny(quad.getGraph(), Node.ANY, Node.ANY, Node.ANY);
                        }
                        dataset.add(quad);
                        quads[0]++;
                    }
                });
            });
        } catch (RiotException e) {
            throw new IllegalArgumentException("the batch is not N-Quads: " + e.getMessage());
        }
        json(response, JSON.createObjectNode().put("graphs", graphs.size()).put("quads", quads[0]));
    }

    /**
     * Resolution across the store's articles, after a build through this server: the office-holders of the bundled
     * dictionary and of the folders named (paths on this machine, as build was given them), the rules given (none
     * given: the store's own). Answers with the run's report.
     */
    private void resolve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        List<Path> folders = new ArrayList<>();
        body.path("gazetteers").forEach(folder -> folders.add(Path.of(folder.asText())));
        EntityRules rules = null;
        if (body.has("rules")) {
            List<String> lines = new ArrayList<>();
            body.get("rules").forEach(line -> lines.add(line.asText()));
            try {
                rules = EntityRules.parse("the build's entities rules", lines);
            } catch (EntityRules.RulesException e) {
                throw new IllegalArgumentException(String.join("; ", e.problems()));
            }
        }
        OfficeHolders dictionary = Gazetteer.loadForNames(folders).officeHolders();
        json(response, JSON.valueToTree(EntityResolution.run(store, dictionary, rules)));
    }

    private void facts(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        String article = body.path("article").asText(null);
        double min = body.path("minConfidence").asDouble(0);
        response.setContentType("application/x-ndjson; charset=utf-8");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), false);
        new FactsReader(store).read(article, min, node -> out.println(node.toString()));
        out.flush();
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = JSON.readTree(request.getInputStream());
        ExportRequest export = exportRequest(body);
        response.setContentType("application/octet-stream");
        OutputStream out = response.getOutputStream();
        // odd values met on the way are the server's to report: the answer is already under way
        new Exporter(store, System.err::println).write(export, out);
        out.flush();
    }

    /** The export the command asks for, in the JSON it sends: format, noText, minConfidence, since, until, country, query. */
    static ExportRequest exportRequest(JsonNode body) {
        ExportFormat format = ExportFormat.of(body.path("format").asText("turtle"));
        double min = body.path("minConfidence").asDouble(0);
        LocalDate since = body.hasNonNull("since") ? DateRange.parse(body.get("since").asText()).first() : null;
        LocalDate until = body.hasNonNull("until") ? DateRange.parse(body.get("until").asText()).last() : null;
        String country = body.hasNonNull("country") ? body.get("country").asText().trim().toUpperCase(Locale.ROOT) : null;
        Query query = null;
        if (body.hasNonNull("query")) {
            try {
                query = QueryFactory.create(body.get("query").asText());
            } catch (QueryParseException e) {
                throw new IllegalArgumentException("--query is not valid SPARQL: " + e.getMessage());
            }
        }
        return new ExportRequest(format, body.path("noText").asBoolean(false), new ViewFilter(min, since, until, country), query);
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static void json(HttpServletResponse response, JsonNode value) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        JSON.writeValue(response.getOutputStream(), value);
    }
}
