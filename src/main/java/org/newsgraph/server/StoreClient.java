package org.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.Loader;
import org.newsgraph.store.ServeFile;
import org.newsgraph.store.StoreException;

/**
 * The store a running {@code serve} holds, reached through that server: what {@code build}, {@code query},
 * {@code facts} and {@code export} use when the store is not theirs to open. Found through the file serve keeps
 * in the store folder ({@link ServeFile}), which gives the address and the store token.
 */
public final class StoreClient implements ArticleStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT = Duration.ofSeconds(5);

    private final URI base;
    private final String token;
    private final HttpClient http;

    private StoreClient(URI base, String token) {
        this.base = base;
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    /** The server holding the store in {@code folder}, if its file is there, readable, and the server answers to its token. */
    public static Optional<StoreClient> forStore(Path folder) {
        Optional<ServeFile.Info> info = ServeFile.read(folder);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        StoreClient client;
        try {
            client = new StoreClient(URI.create(info.get().url()), info.get().token());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> hello = client.http.send(client.request("api/store/hello").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return hello.statusCode() == 200 ? Optional.of(client) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a stale file: its server is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The server's address, for messages. */
    public String url() {
        return base.toString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header(StoreApi.TOKEN_HEADER, token);
    }

    @Override
    public boolean holdsNoArticle() {
        return json(request("api/store/empty").GET().build()).path("empty").asBoolean();
    }

    @Override
    public boolean holdsUnchanged(Article article) {
        return state(article.id(), article.title(), article.text()).path("unchanged").asBoolean();
    }

    @Override
    public boolean holdsOtherText(String id, String text) {
        return state(id, "", text).path("otherText").asBoolean();
    }

    private JsonNode state(String id, String title, String text) {
        ObjectNode body = JSON.createObjectNode().put("id", id).put("title", title).put("text", text);
        return json(request("api/store/state").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** Sends the batch as N-Quads; the server replaces each article's graph in one write transaction. The loader is the server's. */
    @Override
    public void write(Collection<ArticleFacts> batch, Loader loader) {
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(quads, Lang.NQUADS);
        writer.start();
        FactMapper mapper = new FactMapper();
        batch.forEach(facts -> mapper.write(facts, writer));
        writer.finish();
        json(request("api/store/articles").header("Content-Type", "application/n-quads")
                .POST(HttpRequest.BodyPublishers.ofByteArray(quads.toByteArray())).build());
    }

    /**
     * Has the server resolve the store's entities across articles (as a build does after storing), with the office-holders
     * of these dictionary folders (read by the server: it runs on this machine) and these rules (null: the store's own).
     */
    public EntityResolution.Report resolve(List<Path> dictionaries, EntityRules rules) {
        ObjectNode body = JSON.createObjectNode();
        var folders = body.putArray("gazetteers");
        dictionaries.forEach(folder -> folders.add(folder.toAbsolutePath().toString()));
        if (rules != null) {
            var lines = body.putArray("rules");
            rules.lines().forEach(lines::add);
        }
        JsonNode report = json(request("api/store/resolve").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
        try {
            return JSON.treeToValue(report, EntityResolution.Report.class);
        } catch (IOException e) {
            throw new StoreException("the server at " + base + " answered resolve with something else than a report: " + e.getMessage());
        }
    }

    /** Streams the facts (one JSON line per article) to {@code out}; returns the number of lines. */
    public long facts(String article, double minConfidence, OutputStream out) {
        ObjectNode body = JSON.createObjectNode().put("minConfidence", minConfidence);
        if (article != null) {
            body.put("article", article);
        }
        return stream(request("api/store/facts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), out);
    }

    /** Streams an export (the request as ExportCommand's options in JSON) to {@code out}. */
    public void export(ObjectNode exportRequest, OutputStream out) {
        stream(request("api/store/export").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(exportRequest.toString(), StandardCharsets.UTF_8)).build(), out);
    }

    /** A SPARQL query at the server's endpoint, as any client sends it (its timeout and row limit apply). */
    public HttpResponse<InputStream> query(String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("sparql")).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the server at " + base + " answered");
        }
    }

    private long stream(HttpRequest request, OutputStream out) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new StoreException("the server at " + base + " refused: " + message(in.readAllBytes()));
                }
                long lines = 0;
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
                out.flush();
                return lines;
            }
        } catch (IOException e) {
            throw failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the server at " + base + " answered");
        }
    }

    private JsonNode json(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new StoreException("the server at " + base + " refused: " + message(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the server at " + base + " answered");
        }
    }

    private StoreException failed(IOException e) {
        if (e instanceof ConnectException) {
            return new StoreException("the server at " + base + " that holds the store stopped answering");
        }
        if (e instanceof HttpTimeoutException) {
            return new StoreException("the server at " + base + " did not answer in time");
        }
        return new StoreException("talking to the server at " + base + " failed: " + e.getMessage(), new UncheckedIOException(e));
    }

    /** Set to "true" on a SELECT answer the server's row limit cut. */
    public static final String TRUNCATED_HEADER = LimitedQueryProcessor.TRUNCATED_HEADER;

    /** The message of one of the server's error answers (an HTML page or plain text). */
    public static String errorMessage(byte[] body) {
        return message(body);
    }

    /** The message of one of Jetty's error pages, or the body's first line. */
    static String message(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        java.util.regex.Matcher message = java.util.regex.Pattern.compile("<th>MESSAGE:</th><td>([^<]*)</td>").matcher(text);
        if (message.find()) {
            return message.group(1);
        }
        java.util.regex.Matcher pre = java.util.regex.Pattern.compile("<pre>([^<]*)</pre>").matcher(text);
        if (pre.find()) {
            return pre.group(1).strip();
        }
        return text.lines().findFirst().orElse("").strip();
    }
}
