package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven through the Chrome DevTools Protocol over Java's own WebSocket client: enough
 * to load a page, evaluate JavaScript in it, click with the mouse and take a screenshot.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event's method name, in order; a page that calls alert() shows up as Page.javascriptDialogOpening. */
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** The Chromium on the PATH (Debian's chromium, or another name for it), if any. */
    static Optional<Path> findChromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                .flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Starts a headless Chromium with its own profile in {@code profile} and attaches to its page. */
    static DevTools launch(Path chromium, Path profile, int width, int height) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            int port = debuggingPort(browser, profile.resolve("DevToolsActivePort"));
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            Instant deadline = Instant.now().plusSeconds(20);
            while (pageSocket == null && Instant.now().isBefore(deadline)) {
                String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode target : JSON.readTree(targets)) {
                    if ("page".equals(target.path("type").asText())) {
                        pageSocket = target.path("webSocketDebuggerUrl").asText();
                    }
                }
                if (pageSocket == null) {
                    Thread.sleep(100);
                }
            }
            if (pageSocket == null) {
                throw new IOException("Chromium shows no page to attach to");
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener).join();
            DevTools devTools = new DevTools(browser, socket);
            listener.owner = devTools;
            devTools.call("Page.enable", JSON.createObjectNode());
            devTools.call("Runtime.enable", JSON.createObjectNode());
            return devTools;
        } catch (IOException | RuntimeException | InterruptedException e) {
            stop(browser);
            throw e;
        }
    }

    /** Chromium writes the port it picked into the profile once it listens. */
    private static int debuggingPort(Process browser, Path portFile) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!browser.isAlive()) {
                throw new IOException("Chromium exited with " + browser.exitValue() + " before it listened");
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium did not open its DevTools port within 30 s");
    }

    /** Sends one command and waits for its result. */
    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode reply = answer.get(30, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        }
    }

    void navigate(String url) {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
    }

    /** The value of a JavaScript expression (awaited when it is a promise), as JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page threw on `" + expression + "`: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates the expression until it is true, or fails after the timeout. */
    void waitFor(String expression, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!evaluate(expression).asBoolean(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("page never got to `" + expression + "` within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** A real left click (press and release) at a point of the page. */
    void click(double x, double y) {
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type).put("x", x).put("y", y)
                    .put("button", "left").put("clickCount", 1));
        }
    }

    /** Saves what the page downloads into {@code folder} (Browser.setDownloadBehavior, or the older Page one). */
    void allowDownloads(Path folder) {
        ObjectNode params = JSON.createObjectNode().put("behavior", "allow").put("downloadPath", folder.toAbsolutePath().toString());
        try {
            call("Browser.setDownloadBehavior", params);
        } catch (IllegalStateException e) {
            call("Page.setDownloadBehavior", params);
        }
    }

    /** Types text into the focused element, as a keyboard would. */
    void type(String text) {
        call("Input.insertText", JSON.createObjectNode().put("text", text));
    }

    byte[] screenshot() {
        String data = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).path("data").asText();
        return java.util.Base64.getDecoder().decode(data);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        stop(browser);
    }

    private static void stop(Process browser) {
        browser.descendants().forEach(ProcessHandle::destroy);
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.descendants().forEach(ProcessHandle::destroyForcibly);
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                String method = message.path("method").asText();
                events.add(method);
                if (method.equals("Page.javascriptDialogOpening")) {
                    // a dialog would stall the page: note it (the test fails on it) and dismiss it
                    socket.sendText(JSON.createObjectNode().put("id", ids.incrementAndGet())
                            .put("method", "Page.handleJavaScriptDialog")
                            .set("params", JSON.createObjectNode().put("accept", false)).toString(), true);
                }
            }
        } catch (IOException e) {
            events.add("unreadable message: " + e.getMessage());
        }
    }

    /** Puts a message's fragments back together and hands it to its DevTools. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                if (owner != null) {
                    owner.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
