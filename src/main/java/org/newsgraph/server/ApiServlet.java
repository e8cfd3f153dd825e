package org.newsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;

/**
 * The JSON the web page reads. All GET, all bounded in time (the server's query timeout) and in rows:
 * <ul>
 * <li>{@code /api/stats}: what the store holds; {@code /api/outlets}: publishers and reporting outlets;</li>
 * <li>{@code /api/search?q=&kind=&limit=}: entities by any of their names, most facts first;</li>
 * <li>{@code /api/entity?iri=&min=&since=&until=&outlet=&offset=&limit=}: the entity page;</li>
 * <li>{@code /api/graph?focus=&kinds=&min=&since=&until=&outlet=&limit=}: the aggregated graph view;</li>
 * <li>{@code /api/edge?source=&target=&relation=&...}: the facts behind one edge of it;</li>
 * <li>{@code /api/fact?iri=}: one fact's properties (the quotation it rests on among them);</li>
 * <li>{@code /api/presets}, {@code /api/preset?name=&PARAM=...&format=json|csv}: the preset queries, run with parameters;</li>
 * <li>{@code /api/prefixes}: the PREFIX lines for the SPARQL console; {@code /api/update-token} when updates are on.</li>
 * </ul>
 * and {@code POST /api/labels} with a JSON array of IRIs. Values reach SPARQL as bound nodes only. Each answer
 * says in a {@code Server-Timing} header how long the server took.
 */
final class ApiServlet extends HttpServlet {
    /** More nodes than this in one graph view would be unreadable anyway. */
    static final int MAX_LABELS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ViewData data;
    private final EntityFacts facts;
    private final List<Presets.Preset> presets;
    private final String updateToken;
    private final int maxResults;

    /** {@code updateToken} is null when the server takes no updates. */
    ApiServlet(ViewData data, EntityFacts facts, List<Presets.Preset> presets, String updateToken, int maxResults) {
        this.data = data;
        this.facts = facts;
        this.presets = List.copyOf(presets);
        this.updateToken = updateToken;
        this.maxResults = maxResults;
    }

    /** A request the client got wrong: 400 with this message. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        String path = String.valueOf(request.getPathInfo());
        try {
            Object answer = switch (path) {
                case "/presets" -> presets;
                case "/prefixes" -> Map.of("sparql", Prefixes.sparql(), "prefixes", Prefixes.all());
                case "/stats" -> data.snapshot().stats();
                case "/outlets" -> data.snapshot().outlets();
                case "/search" -> search(request);
                case "/entity" -> entity(request);
                case "/graph" -> graph(request);
                case "/edge" -> edge(request);
                case "/fact" -> facts.describe(iri(request, "iri"));
                case "/preset" -> {
                    preset(request, response, started);
                    yield null;
                }
                case "/update-token" -> updateToken == null ? null : Map.of("header", UpdateGuard.TOKEN_HEADER, "token", updateToken);
                default -> null;
            };
            if (path.equals("/preset")) {
                return;
            }
            if (answer == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, answer, started);
        } catch (BadRequest | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the store took longer than the server's timeout to answer");
        }
    }

    private Object search(HttpServletRequest request) {
        String query = request.getParameter("q");
        if (query != null && query.length() > 200) {
            throw new BadRequest("q is longer than 200 characters");
        }
        String kind = request.getParameter("kind");
        if (kind != null && !kind.isBlank() && !List.of("Person", "Country", "Organisation", "NewsOutlet", "Treaty").contains(kind)) {
            throw new BadRequest("kind must be Person, Country, Organisation, NewsOutlet or Treaty: '" + kind + "'");
        }
        int limit = number(request, "limit", 20, 1, 500);
        EntityIndex index = data.snapshot().index();
        ArrayNode found = JSON.createArrayNode();
        for (EntityIndex.Entry entry : index.search(query == null ? "" : query, kind == null || kind.isBlank() ? null : kind, limit)) {
            ObjectNode item = found.addObject();
            item.put("iri", entry.iri());
            item.put("label", entry.label());
            item.put("kind", entry.kind());
            item.put("isoCode", entry.isoCode());
            item.put("facts", entry.facts());
            ArrayNode names = item.putArray("names");
            entry.names().stream().limit(8).forEach(names::add);
        }
        return found;
    }

    private Object entity(HttpServletRequest request) {
        String iri = iri(request, "iri");
        FactFilter filter = filter(request);
        int offset = number(request, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = number(request, "limit", 50, 1, EntityView.MAX_PAGE);
        ViewData.Snapshot snapshot = data.snapshot();
        return Txn.calculateRead(data.dataset(), () -> new EntityView(data.dataset(), data.timeout()).describe(iri, filter, snapshot, offset, limit));
    }

    private Object graph(HttpServletRequest request) {
        String focus = request.getParameter("focus");
        if (focus != null && focus.isBlank()) {
            focus = null;
        }
        if (focus != null) {
            focus = iri(request, "focus");
        }
        FactFilter filter = filter(request);
        int limit = number(request, "limit", 40, 2, GraphView.MAX_NODES);
        ViewData.Snapshot snapshot = data.snapshot();
        if (focus == null) {
            String key = snapshot.index().version() + " " + filter + " " + limit;
            return data.wholeStoreView(key, () -> GraphView.view(null, filter, limit, snapshot));
        }
        return GraphView.view(focus, filter, limit, snapshot);
    }

    private Object edge(HttpServletRequest request) {
        String source = iri(request, "source");
        String target = iri(request, "target");
        String relation = request.getParameter("relation");
        if (relation != null && !FactFilter.KINDS.contains(relation)) {
            throw new BadRequest("unknown relation '" + relation + "'");
        }
        FactFilter filter = filter(request);
        ViewData.Snapshot snapshot = data.snapshot();
        int limit = number(request, "limit", 50, 1, EntityView.MAX_PAGE);
        return Txn.calculateRead(data.dataset(), () -> new EntityView(data.dataset(), data.timeout()).edge(source, target, relation, filter, snapshot, limit));
    }

    private void preset(HttpServletRequest request, HttpServletResponse response, long started) throws IOException {
        String name = request.getParameter("name");
        Presets.Preset preset = presets.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadRequest("no preset named '" + name + "'"));
        Map<Var, Node> bound = PresetRunner.bind(preset, request::getParameter);
        boolean csv = "csv".equals(request.getParameter("format"));
        PresetRunner runner = new PresetRunner(data.dataset(), data.timeout(), maxResults);
        PresetRunner.Rows rows = Txn.calculateRead(data.dataset(), () -> runner.run(preset, bound));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Server-Timing", timing(started));
        if (rows.truncated()) {
            response.setHeader(LimitedQueryProcessor.TRUNCATED_HEADER, "true");
        }
        if (csv) {
            response.setContentType("text/csv; charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + preset.name() + ".csv\"");
            PresetRunner.writeCsv(rows, response.getOutputStream());
        } else {
            response.setContentType("application/sparql-results+json; charset=utf-8");
            PresetRunner.writeJson(rows, response.getOutputStream());
        }
    }

    private static FactFilter filter(HttpServletRequest request) {
        return FactFilter.of(request.getParameter("min"), request.getParameter("since"), request.getParameter("until"),
                request.getParameter("kinds"), request.getParameter("outlet"));
    }

    private static String iri(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        String problem = checkIri(value);
        if (problem != null) {
            throw new BadRequest(name + ": " + problem);
        }
        return value;
    }

    private static int number(HttpServletRequest request, String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new BadRequest(name + " must lie in " + min + ".." + max + ": " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " is not a whole number: '" + value + "'");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        if (!"/labels".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "body is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (body == null || !body.isArray() || body.size() > MAX_LABELS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "body must be a JSON array of at most " + MAX_LABELS + " IRIs");
            return;
        }
        List<String> iris = new ArrayList<>();
        for (JsonNode item : body) {
            String problem = checkIri(item.isTextual() ? item.asText() : null);
            if (problem != null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
            iris.add(item.asText());
        }
        send(response, facts.labels(iris), started);
    }

    /** Null for an absolute IRI, otherwise why it is not one. */
    static String checkIri(String iri) {
        if (iri == null || iri.isBlank()) {
            return "an IRI is required";
        }
        try {
            if (!IRIx.create(iri).isAbsolute()) {
                return "not an absolute IRI: " + iri;
            }
            return null;
        } catch (IRIException e) {
            return "not an IRI: " + iri + " (" + e.getMessage() + ")";
        }
    }

    private static String timing(long started) {
        return String.format(java.util.Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6);
    }

    private static void send(HttpServletResponse response, Object value, long started) throws IOException {
        byte[] body = JSON.writeValueAsBytes(value);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Server-Timing", timing(started));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
