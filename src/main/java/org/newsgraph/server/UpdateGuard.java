package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update handler behind three checks. The request must carry this server's token in
 * {@link #TOKEN_HEADER}: a page on another site can make a browser post a form here, but cannot read the
 * token (CORS stays closed, and a rebound host name is refused before it gets here) and cannot add a header
 * to a form. An {@code Origin} other than this server's is refused too. LOAD (which fetches a URL, or reads a
 * local file into the store) and SERVICE are refused unless outbound requests are allowed.
 */
final class UpdateGuard extends SPARQL_Update {
    /** The header that carries the token; the web page reads the token from /api/update-token. */
    static final String TOKEN_HEADER = "X-Newsgraph-Token";

    private final String token;
    private final HostCheck hosts;
    private final QueryPolicy policy;
    private final boolean allowService;

    UpdateGuard(String token, HostCheck hosts, QueryPolicy policy, boolean allowService) {
        this.token = token;
        this.hosts = hosts;
        this.policy = policy;
        this.allowService = allowService;
    }

    /** 32 random bytes, URL-safe Base64: one per server start. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void validate(HttpAction action) {
        if (!"OPTIONS".equals(action.getRequestMethod())) {
            String origin = action.getRequestHeader("Origin");
            if (origin != null && !sameOrigin(origin, action.getRequest().getLocalPort())) {
                ServletOps.errorForbidden("update refused: Origin " + origin + " is not this server");
            }
            String given = action.getRequestHeader(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                ServletOps.errorForbidden("update refused: send this server's token (printed by serve, and at /api/update-token "
                        + "to its own pages) in the header " + TOKEN_HEADER);
            }
        }
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(new String(body, StandardCharsets.UTF_8));
        super.execute(action, new ByteArrayInputStream(body));
    }

    /** Refuses LOAD and SERVICE unless outbound requests are allowed; a parse error is left to Fuseki's answer. */
    private void check(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return;
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load && !allowService) {
                ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> is refused: this endpoint makes no requests to other servers "
                        + "and reads no files (serve --allow-service opts in)");
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                try {
                    policy.apply(modify.getWherePattern());
                } catch (QueryPolicy.PolicyException e) {
                    ServletOps.errorBadRequest(e.getMessage());
                }
            }
        }
    }

    private boolean sameOrigin(String origin, int port) {
        try {
            URI uri = new URI(origin);
            return "http".equals(uri.getScheme()) && uri.getRawAuthority() != null && hosts.accepts(uri.getRawAuthority(), port);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
