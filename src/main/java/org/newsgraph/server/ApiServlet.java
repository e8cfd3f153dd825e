package org.newsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The JSON the web page needs beside SPARQL: {@code GET /api/presets} (the preset queries),
 * {@code GET /api/entity?iri=I} (a node's facts with their evidence) and {@code POST /api/labels} with a
 * JSON array of IRIs (labels and kinds for drawing them), and {@code GET /api/update-token} when updates
 * are on: the token /update asks for, which only a page of this server can read.
 */
final class ApiServlet extends HttpServlet {
    /** More nodes than this in one graph view would be unreadable anyway. */
    static final int MAX_LABELS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityFacts facts;
    private final List<Presets.Preset> presets;
    private final String updateToken;

    /** {@code updateToken} is null when the server takes no updates. */
    ApiServlet(EntityFacts facts, List<Presets.Preset> presets, String updateToken) {
        this.facts = facts;
        this.presets = List.copyOf(presets);
        this.updateToken = updateToken;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        if (path.equals("/presets")) {
            send(response, presets);
        } else if (path.equals("/entity")) {
            String iri = request.getParameter("iri");
            String problem = checkIri(iri);
            if (problem != null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, problem);
                return;
            }
            send(response, facts.describe(iri));
        } else if (path.equals("/update-token") && updateToken != null) {
            send(response, java.util.Map.of("header", UpdateGuard.TOKEN_HEADER, "token", updateToken));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        send(response, facts.labels(iris));
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

    private static void send(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), value);
    }
}
