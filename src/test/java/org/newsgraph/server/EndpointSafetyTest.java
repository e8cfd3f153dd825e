package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.SparqlServerTest.form;
import static org.newsgraph.server.SparqlServerTest.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** The endpoint against an adversary: no outbound requests, no foreign Host, no TRACE, bounded bodies, work and strings, no CSRF. */
class EndpointSafetyTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    static Path storeDir;
    static GraphStore store;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        store = GraphStore.open(storeDir);
        store.replace(Articles.all());
        server = SparqlServer.start(store, ServerSettings.defaults(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void serviceIsRefusedAndConnectsNowhere() throws Exception {
        try (Listener listener = new Listener()) {
            String target = "<http://127.0.0.1:" + listener.port() + "/sparql>";
            List<String> queries = List.of(
                    "SELECT * { SERVICE " + target + " { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT " + target + " { ?s ?p ?o } }",
                    "SELECT * { VALUES ?where { " + target + " } SERVICE ?where { ?s ?p ?o } }",
                    "SELECT * { { SELECT ?s { SERVICE SILENT " + target + " { ?s ?p ?o } } } }",
                    "ASK { FILTER EXISTS { SERVICE SILENT " + target + " { ?s ?p ?o } } }");
            for (String query : queries) {
                HttpResponse<String> response = post(server, "sparql", form("query", query), "application/sparql-results+json");

                assertThat(response.statusCode()).as(query).isEqualTo(400);
                assertThat(response.body()).as(query).contains("SERVICE").contains("--allow-service");
            }
            assertThat(listener.connections(Duration.ofSeconds(1))).isZero();
        }
    }

    @Test
    void allowServiceOptsIn() throws Exception {
        try (Listener listener = new Listener();
             SparqlServer open = SparqlServer.start(store, ServerSettings.defaults(0).withAllowService(true))) {
            String query = "SELECT * { SERVICE SILENT <http://127.0.0.1:" + listener.port() + "/sparql> { ?s ?p ?o } }";

            HttpResponse<String> response = post(open, "sparql", form("query", query), "application/sparql-results+json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(listener.connections(Duration.ofSeconds(5))).isPositive();
        }
    }

    @Test
    void functionsThatSleepOrCallByNameAreRefused() throws Exception {
        for (String call : List.of("<http://jena.apache.org/ARQ/function#wait>(60000)",
                "<http://www.w3.org/2005/xpath-functions#apply>(<http://www.w3.org/2005/xpath-functions#concat>, 'a')",
                "<java:org.apache.jena.sparql.function.library.wait>(60000)")) {
            HttpResponse<String> response = post(server, "sparql", form("query", "SELECT * { BIND(" + call + " AS ?x) }"), "text/csv");

            assertThat(response.statusCode()).as(call).isEqualTo(400);
            assertThat(response.body()).as(call).contains("refused");
        }
        HttpResponse<String> xsd = post(server, "sparql", form("query", "SELECT (<http://www.w3.org/2001/XMLSchema#integer>('7') + 1 AS ?x) {}"), "text/csv");
        assertThat(xsd.body().lines().toList()).containsExactly("x", "8");
    }

    @Test
    void hostOfAnotherNameIsRefused() throws IOException {
        int port = server.port();
        String query = "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
        for (String path : List.of(query, "/api/presets", "/", "/app.js")) {
            assertThat(status(raw("GET " + path + " HTTP/1.1\r\nHost: rebound.example:" + port + "\r\nConnection: close\r\n\r\n")))
                    .as(path).isEqualTo(421);
        }
        assertThat(status(raw("GET " + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + (port + 1) + "\r\nConnection: close\r\n\r\n"))).isEqualTo(421);
        assertThat(status(raw("GET http://rebound.example:" + port + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n"))).isIn(400, 421);
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "LOCALHOST")) {
            assertThat(status(raw("GET " + query + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")))
                    .as(host).isEqualTo(200);
        }
    }

    @Test
    void traceIsRefusedEverywhere() throws IOException {
        for (String path : List.of("/sparql", "/api/presets", "/app.js", "/", "/update", "/nothing")) {
            String answer = raw("TRACE " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nX-Secret: s3cret-value\r\nConnection: close\r\n\r\n");

            assertThat(status(answer)).as(path).isEqualTo(405);
            assertThat(answer).as(path).doesNotContain("s3cret-value");
        }
    }

    @Test
    void largeBodyIsRefusedBeforeItIsRead() throws IOException {
        long declared = 64L << 20;
        long started = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + declared + "\r\n\r\nSELECT * { ?s ?p \"").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            // the answer comes while 63.9 MB of the body are still unsent
            assertThat(status(readAnswer(socket.getInputStream()))).isEqualTo(413);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void largeChunkedBodyIsRefusedAtTheCap() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "query=".concat("a".repeat(64 * 1024 - 6)).getBytes(StandardCharsets.US_ASCII);
            try {
                // 2 MB, twice the cap, and never a last chunk: only the cap can end this request
                for (int i = 0; i < 32; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the last chunks are sent
            }
            assertThat(status(readAnswer(socket.getInputStream()))).isEqualTo(413);
        }
        HttpResponse<String> small = post(server, "sparql", form("query", COUNT), "text/csv");
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void longUrlIsRefused() throws Exception {
        String query = COUNT + " #" + "x".repeat(RequestGuard.MAX_URI);
        HttpResponse<String> response = SparqlServerTest.get(server, "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");

        assertThat(response.statusCode()).isEqualTo(414);
    }

    @Test
    void timedOutQueriesStopWorking() throws Exception {
        // each would run for minutes: catastrophic backtracking in REGEX and REPLACE, a four-way cross join
        String backtracking = "\"" + "a".repeat(30) + "!\"";
        List<String> queries = List.of(
                "SELECT ?x { VALUES ?x { " + backtracking + " } FILTER regex(?x, \"^((a+)+)+$\") }",
                "SELECT (replace(?x, \"^((a+)+)+$\", \"b\") AS ?y) { VALUES ?x { " + backtracking + " } }",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SparqlServer strict = SparqlServer.start(store, ServerSettings.defaults(0).withTimeout(Duration.ofSeconds(1)))) {
            for (String query : queries) {
                long started = System.nanoTime();
                HttpResponse<String> response = post(strict, "sparql", form("query", query), "text/csv");
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(response.statusCode()).as(query).isEqualTo(503);
                assertThat(took).as(query).isLessThan(Duration.ofSeconds(4));
                // two seconds after the answer, nothing in this JVM works on it any more
                Thread.sleep(2000);
                long before = cpuNanos(threads);
                Thread.sleep(2000);
                assertThat(Duration.ofNanos(cpuNanos(threads) - before)).as(query).isLessThan(Duration.ofMillis(500));
            }
        }
    }

    @Test
    void queriesBeyondTheLimitWaitTheirTurnWhilePagesStillAnswer() throws Exception {
        String crossJoin = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        ServerSettings oneAtATime = ServerSettings.defaults(0).withTimeout(Duration.ofSeconds(2)).withMaxConcurrentQueries(1);
        try (SparqlServer single = SparqlServer.start(store, oneAtATime)) {
            long started = System.nanoTime();
            CompletableFuture<Long> slowEnded = CompletableFuture.supplyAsync(() -> {
                try {
                    assertThat(post(single, "sparql", form("query", crossJoin), "text/csv").statusCode()).isEqualTo(503);
                    return System.nanoTime();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);

            HttpResponse<String> page = SparqlServerTest.get(single, "", "text/html");
            long pageAnswered = System.nanoTime();
            HttpResponse<String> queued = post(single, "sparql", form("query", COUNT), "text/csv");
            long queuedAnswered = System.nanoTime();

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(pageAnswered - started)).isLessThan(Duration.ofMillis(1500));
            // the count ran only once the cross join had given up its place, and then ran whole
            assertThat(queued.statusCode()).isEqualTo(200);
            assertThat(queuedAnswered).isGreaterThanOrEqualTo(slowEnded.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void stringsCannotTakeTheHeap() throws Exception {
        // 1,000 characters doubled twenty times is a billion: the heap, on the issue's run
        StringBuilder doubling = new StringBuilder("SELECT (STRLEN(?s20) AS ?n) { BIND(\"" + "abcdefghij".repeat(100) + "\" AS ?s0)");
        for (int i = 1; i <= 20; i++) {
            doubling.append(" BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(")");
        }
        doubling.append(" }");
        String wide = "SELECT (STRLEN(CONCAT(" + "?s, ".repeat(5000) + "?s)) AS ?n) { BIND(\"" + "x".repeat(1000) + "\" AS ?s) }";
        String replace = "SELECT (STRLEN(REPLACE(?s, \".\", ?s)) AS ?n) { BIND(\"" + "x".repeat(2100) + "\" AS ?s) }";
        String group = "SELECT (STRLEN(GROUP_CONCAT(?big)) AS ?n) { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(\"" + "y".repeat(2000) + "\", STR(?c)) AS ?big) }";
        String rows = "SELECT (COUNT(?big) AS ?n) { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(\"" + "z".repeat(400_000) + "\", STR(?c)) AS ?big) }";
        // each é becomes %C3%A9: 700,000 of them are 4.2 million characters
        String encode = "SELECT (STRLEN(ENCODE_FOR_URI(?t)) AS ?n) { BIND(\"" + "é".repeat(1000) + "\" AS ?s) BIND(CONCAT("
                + "?s, ".repeat(699) + "?s) AS ?t) }";
        for (String query : List.of(doubling.toString(), wide, replace, group, rows, encode)) {
            HttpResponse<String> response = post(server, "sparql", form("query", query), "text/csv");

            assertThat(response.statusCode()).as(query.substring(0, 60)).isEqualTo(422);
            assertThat(response.body()).as(query.substring(0, 60)).contains("characters");
        }
        HttpResponse<String> after = post(server, "sparql", form("query", COUNT), "text/csv");
        assertThat(after.statusCode()).isEqualTo(200);
        HttpResponse<String> modest = post(server, "sparql", form("query",
                "SELECT (STRLEN(SAMPLE(CONCAT(?s, ?s))) AS ?n) (STRLEN(GROUP_CONCAT(?s)) AS ?g) { BIND(\"" + "x".repeat(5000) + "\" AS ?s) }"), "text/csv");
        assertThat(modest.body().lines().toList()).containsExactly("n,g", "10000,5000");
    }

    @Test
    void updatesNeedTheTokenAndTheSameOrigin(@TempDir Path otherStore) throws Exception {
        try (GraphStore writable = GraphStore.open(otherStore);
             SparqlServer updatable = SparqlServer.start(writable, ServerSettings.defaults(0).withAllowUpdate(true))) {
            String insert = "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/x> { <urn:x> <urn:p> \"o\" } }";
            String origin = "http://127.0.0.1:" + updatable.port();
            String token = updatable.updateToken();

            // what a page on another site can make a browser send: a form post, with the page's Origin and no token
            for (String path : List.of("update", "sparql", "")) {
                HttpResponse<String> forged = send(updatable, path, form("update", insert), "http://attacker.example", null);
                assertThat(forged.statusCode()).as(path).isBetween(400, 499);
            }
            assertThat(send(updatable, "update", form("update", insert), "http://attacker.example", token).statusCode()).isEqualTo(403);
            assertThat(send(updatable, "update", form("update", insert), null, "not-the-token").statusCode()).isEqualTo(403);
            assertThat(send(updatable, "update", form("update", "LOAD <file:///etc/hostname> INTO GRAPH <urn:g>"), origin, token).statusCode())
                    .isEqualTo(400);
            assertThat(writable.quadCount()).isZero();

            String served = SparqlServerTest.get(updatable, "api/update-token", "application/json").body();
            assertThat(new ObjectMapper().readTree(served).path("token").asText()).isEqualTo(token);
            assertThat(send(updatable, "update", form("update", insert), origin, token).statusCode()).isBetween(200, 299);
            assertThat(writable.quadCount()).isEqualTo(1);
        }
        assertThat(SparqlServerTest.get(server, "api/update-token", "application/json").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> send(SparqlServer target, String path, String form, String origin, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (token != null) {
            request.header(UpdateGuard.TOKEN_HEADER, token);
        }
        // the server closes a connection after refusing an update; the client may not have seen the close yet
        return SparqlServerTest.send(request.build());
    }

    private static long cpuNanos(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    /** Sends {@code request} as it is and returns the whole answer (the server closes the connection). */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** What the server sends until it closes the connection, or until its headers and a moment more when it keeps it open. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a reset after the answer: the server stopped reading a body it refused
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    private static int status(String answer) {
        assertThat(answer).startsWith("HTTP/1.1 ");
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** A socket that counts the connections made to it, and closes each at once. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();
        private final Thread thread;

        Listener() throws IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        socket.accept().close();
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "service-listener");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        /** The connections seen, after waiting {@code grace} for late ones. */
        int connections(Duration grace) throws InterruptedException {
            Thread.sleep(grace.toMillis());
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
