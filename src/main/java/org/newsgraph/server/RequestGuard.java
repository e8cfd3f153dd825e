package org.newsgraph.server;

import java.io.InputStream;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, before Fuseki or a servlet: refuses TRACE and TRACK (they echo
 * the request, cookies included), a {@code Host} this server does not go by (DNS rebinding), a URL longer
 * than {@link #MAX_URI} and a body larger than the cap (413). A declared Content-Length over the cap is
 * refused before a byte of the body is read; a chunked body is read up to the cap, and refused at the first
 * byte past it. A build's batch sent to {@code /api/store/} with the store token may be larger
 * ({@link StoreApi#MAX_BODY}), but must declare its length.
 */
final class RequestGuard extends Handler.Wrapper {
    /** Longer queries go by POST; the web page always posts. */
    static final int MAX_URI = 64 * 1024;

    private final HostCheck hosts;
    private final long maxBody;
    private final String storeToken;

    RequestGuard(HostCheck hosts, long maxBodyBytes, String storeToken, Handler next) {
        this.hosts = hosts;
        this.maxBody = maxBodyBytes;
        this.storeToken = storeToken;
        setHandler(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not served here");
            return true;
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        String uriHost = request.getHttpURI().getAuthority();
        int port = Request.getLocalPort(request);
        if (!hosts.accepts(host, port) || uriHost != null && !uriHost.isEmpty() && !hosts.accepts(uriHost, port)) {
            Response.writeError(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421,
                    "this server answers only for its own address (localhost:" + port + "), not for Host " + host);
            return true;
        }
        String pathQuery = request.getHttpURI().getPathQuery();
        if (pathQuery != null && pathQuery.length() > MAX_URI) {
            Response.writeError(request, response, callback, HttpStatus.URI_TOO_LONG_414,
                    "URL longer than " + MAX_URI + " characters: send the query by POST");
            return true;
        }
        HttpField length = request.getHeaders().getField(HttpHeader.CONTENT_LENGTH);
        boolean ownBatch = length != null && request.getHttpURI().getPath().startsWith("/api/store/")
                && StoreApi.matches(request.getHeaders().get(StoreApi.TOKEN_HEADER), storeToken);
        if (ownBatch && length.getLongValue() <= StoreApi.MAX_BODY) {
            return super.handle(request, response, callback);
        }
        if (length != null && length.getLongValue() > maxBody) {
            return tooLarge(request, response, callback, length.getLongValue() + " bytes");
        }
        if (length == null && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            // chunked: no size declared, so read at most one byte past the cap before anything else sees it
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            }
            if (body.length > maxBody) {
                return tooLarge(request, response, callback, "more than " + maxBody + " bytes");
            }
            return super.handle(new BufferedBody(request, body), response, callback);
        }
        return super.handle(request, response, callback);
    }

    private boolean tooLarge(Request request, Response response, Callback callback, String size) {
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                "request body of " + size + "; the limit is " + maxBody + " bytes (serve --max-body)");
        return true;
    }

    /** A request whose body has been read already: its content is that one chunk. */
    private static final class BufferedBody extends Request.Wrapper {
        private Content.Chunk rest;

        BufferedBody(Request request, byte[] body) {
            super(request);
            this.rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = rest;
            rest = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
