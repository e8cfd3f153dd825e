package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ServeFile;

class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");

    @Test
    void servesUntilStoppedThenLeavesTheStoreFree(@TempDir Path store) throws Exception {
        try (GraphStore graphStore = GraphStore.open(store)) {
            graphStore.replace(List.of(new ArticleFacts(new Article("a1", "A title", null, null, null, "Some text."), List.of())));
            // GraphStore.close() leaves TDB2's connection (and its lock file) with this JVM; let the child process have it
            TDBInternal.expel(graphStore.dataset().asDatasetGraph());
        }
        Path log = store.resolveSibling(store.getFileName() + "-serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0")
                .redirectError(log.toFile()).start();
        try {
            String url = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertThat(first).as("first line of serve; stderr: %s", Files.exists(log) ? Files.readString(log) : "").isNotNull();
                Matcher matcher = URL.matcher(first);
                assertThat(matcher.find()).as(first).isTrue();
                url = matcher.group(1);

                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "sparql?query="
                        + URLEncoder.encode("SELECT ?t { ?a <https://w3id.org/newsgraph/ontology#title> ?t }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.body().lines().toList()).containsExactly("t", "A title");
                assertThat(serve.isAlive()).isTrue();

                serve.destroy(); // SIGTERM, which runs the same shutdown as Ctrl-C
                assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(Files.readString(log)).contains("server stopped, store closed");
        } finally {
            serve.destroyForcibly();
        }
        // the stopped server holds no lock: the store opens for writing again
        try (GraphStore graphStore = GraphStore.open(store)) {
            graphStore.replace(List.of(new ArticleFacts(new Article("a2", "Another", null, null, null, "More text."), List.of())));
            assertThat(graphStore.quadCount()).isPositive();
        }
    }

    /**
     * One store, many users: while serve holds the store, build, query, facts and export work through it, and what a
     * build adds shows in the web view at once; without the server's file a command names the process that holds it.
     */
    @Test
    void commandsOnAServedStoreWorkThroughTheServer(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path examples = Path.of(System.getProperty("newsgraph.root", ".")).resolve("examples");
        assertThat(Main.run("build", "--quiet", "--store", store.toString(), examples.resolve("lithuania-condemns-belarus-balloons.txt").toString())).isZero();
        try (GraphStore graphStore = GraphStore.open(store)) {
            TDBInternal.expel(graphStore.dataset().asDatasetGraph());
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store", store.toString(), "--port", "0")
                .redirectError(dir.resolve("serve.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher matcher = URL.matcher(String.valueOf(out.readLine()));
            assertThat(matcher.find()).isTrue();
            String url = matcher.group(1);
            Path file = store.resolve(ServeFile.NAME);
            awaitFile(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(search(url, "Hrynkevich")).contains("Anatol Hrynkevich");
            assertThat(search(url, "Lindqvist")).doesNotContain("Karin Lindqvist");

            Run built = Run.of("build", "--quiet", "--store", store.toString(), examples.resolve("denmark-summons-iranian-ambassador.txt").toString());
            assertThat(built.exit()).as(built.err()).isZero();
            assertThat(built.err()).contains("is held by the server at " + url + "; build works through it").contains("1 articles read, 1 stored");
            // the server resolved the entities across both articles after the batch, as a build of its own does
            assertThat(built.err()).containsPattern("resolved [0-9]+ entities of 2 articles");
            Run resolve = Run.of("resolve", "--store", store.toString());
            assertThat(resolve.exit()).as(resolve.err()).isZero();
            assertThat(resolve.err()).contains("resolve works through it").contains("0 article graphs repointed");
            // the web view reads the new version in the background: the first requests may get the previous one
            String found = search(url, "Lindqvist");
            for (int i = 0; i < 600 && !found.contains("Karin Lindqvist"); i++) {
                Thread.sleep(100);
                found = search(url, "Lindqvist");
            }
            assertThat(found).contains("Karin Lindqvist");

            Run query = Run.of("query", "--store", store.toString(), "--format", "csv", "--sparql",
                    "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?id WHERE { ?a ng:articleId ?id } ORDER BY ?id");
            assertThat(query.exit()).as(query.err()).isZero();
            assertThat(query.out().lines().toList()).containsExactly("id", "denmark-summons-iranian-ambassador", "lithuania-condemns-belarus-balloons");
            Run ask = Run.of("query", "--store", store.toString(), "--sparql", "ASK { ?s ?p ?o }");
            assertThat(ask.out()).isEqualTo("true\n");
            Run facts = Run.of("facts", "--store", store.toString(), "--article", "denmark-summons-iranian-ambassador");
            assertThat(facts.exit()).isZero();
            assertThat(facts.out()).startsWith("{\"id\":\"denmark-summons-iranian-ambassador\"").contains("Karin Lindqvist");
            Path csv = dir.resolve("events.csv");
            Run export = Run.of("export", "--store", store.toString(), "--format", "csv-events", "--no-text", "-o", csv.toString());
            assertThat(export.exit()).as(export.err()).isZero();
            assertThat(Files.readAllLines(csv).get(0)).startsWith("event,type,relation");
            assertThat(Files.readString(csv)).contains("Karin Lindqvist").doesNotContain("Copenhagen arrested");
            Run missing = Run.of("facts", "--store", store.toString(), "--article", "nothing");
            assertThat(missing.exit()).isEqualTo(1);

            // what serve's file cannot reach (another user cannot read it): one line naming the holder
            Run compact = Run.of("compact", "--store", store.toString());
            assertThat(compact.exit()).isEqualTo(2);
            assertThat(compact.err()).matches("error: store " + java.util.regex.Pattern.quote(store.toString())
                    + " is in use by process " + serve.pid() + " \\(newsgraph serve --store .*\\); TDB2 lets one process at a time open a store\n");
            Files.move(file, dir.resolve("hidden.json"));
            Run blind = Run.of("facts", "--store", store.toString());
            assertThat(blind.exit()).isEqualTo(2);
            assertThat(blind.err()).startsWith("error: store " + store + " is in use by process " + serve.pid() + " (newsgraph serve").hasLineCount(1);
            Files.move(dir.resolve("hidden.json"), file);

            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            serve.destroyForcibly();
        }
        assertThat(store.resolve(ServeFile.NAME)).doesNotExist();
        assertThat(Run.of("facts", "--store", store.toString()).out().lines()).hasSize(2);
    }

    @Test
    void badValuesAreOneLine(@TempDir Path dir) {
        Path store = dir.resolve("store");
        GraphStore.open(store).close();
        for (List<String> command : List.of(List.of("build", "--threads", "0", "x.txt"), List.of("build", "--batch", "0", "x.txt"),
                List.of("facts", "--min-confidence", "5"), List.of("export", "--format", "dot", "--min-confidence", "5"),
                List.of("export", "--format", "dot", "--since", "2024-13"), List.of("export", "--format", "excel"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--store", store.toString()));
            Run run = Run.of(args.toArray(String[]::new));
            assertThat(run.exit()).as("%s", command).isEqualTo(2);
            assertThat(run.err()).as("%s", command).startsWith("error: ").hasLineCount(1);
        }
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
    }

    private static String search(String url, String name) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A command run in this JVM, its exit status and what it printed. */
    private record Run(int exit, String out, String err) {
        static Run of(String... args) {
            java.io.PrintStream oldOut = System.out;
            java.io.PrintStream oldErr = System.err;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            try {
                System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = Main.run(args);
                return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }

    @Test
    void oneQueryCannotTakeTheHeap(@TempDir Path store) throws Exception {
        try (GraphStore graphStore = GraphStore.open(store)) {
            // 3,000 triples: a GROUP BY over their cross join makes nine million groups, far past a 128 MB heap
            Txn.executeWrite(graphStore.dataset(), () -> {
                Model graph = graphStore.dataset().getNamedModel("https://w3id.org/newsgraph/id/synthetic");
                for (int i = 0; i < 3000; i++) {
                    graph.add(graph.createResource("urn:s" + i % 300), graph.createProperty("urn:p"), "value " + i);
                }
            });
            TDBInternal.expel(graphStore.dataset().asDatasetGraph());
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0", "--timeout", "300")
                .redirectError(store.resolveSibling(store.getFileName() + "-heap.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher matcher = URL.matcher(String.valueOf(out.readLine()));
            assertThat(matcher.find()).isTrue();
            String url = matcher.group(1);
            String groups = "SELECT ?a ?c ?d ?f (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a ?c ?d ?f";

            HttpResponse<String> heavy = query(url, groups, Duration.ofSeconds(240));
            HttpResponse<String> after = query(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", Duration.ofSeconds(30));

            assertThat(heavy.statusCode()).as(heavy.body()).isEqualTo(422);
            assertThat(heavy.body()).contains("memory");
            assertThat(after.body().lines().toList()).containsExactly("n", "3000");
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> query(String url, String query, Duration timeout) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void maxBodyTakesBytesOrUnits() {
        assertThat(ServeCommand.bytes("1M")).isEqualTo(1 << 20);
        assertThat(ServeCommand.bytes("512k")).isEqualTo(512 * 1024);
        assertThat(ServeCommand.bytes("4096")).isEqualTo(4096);
        assertThat(Main.run("serve", "--max-body", "lots")).isEqualTo(2);
        assertThat(Main.run("serve", "--max-body", "10")).isEqualTo(2);
    }

    @Test
    void refusesAMissingStoreAndATakenPort(@TempDir Path dir) throws Exception {
        assertThat(Main.run("serve", "--store", dir.resolve("nothing-here").toString())).isEqualTo(2);
        Path store = dir.resolve("store");
        GraphStore.open(store).close(); // an empty store: serve only opens one that exists
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(Main.run("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()))).isEqualTo(1);
        }
    }

    @Test
    void refusesBadSettingsWithAClearError() {
        assertThat(Main.run("serve", "--max-results", "0")).isEqualTo(2);
        assertThat(Main.run("serve", "--timeout", "-1")).isEqualTo(2);
        assertThat(Main.run("serve", "--port", "70000")).isEqualTo(2);
    }
}
