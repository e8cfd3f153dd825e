package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.ExamplesStore;

/**
 * The web view in a real headless Chromium, on a store built from the bundled examples plus the hand-made articles
 * with a script for a title and an image tag for a name: search, an entity page, the graph around it, a filter,
 * a CSV download, a question with a parameter; hostile text stays text. Screenshots of each page go to
 * target/web-view/.
 */
class WebViewTest {
    @Test
    void searchEntityGraphFilterAndCsvDownload(@TempDir Path storeDir, @TempDir Path browserDir) throws Exception {
        Optional<Path> chromium = DevTools.findChromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (apt-get install chromium)");
        assertThat(Main.run("build", "--quiet", "--store", storeDir.toString(), ExamplesStore.root().resolve("examples").toString())).isZero();
        Path shots = Files.createDirectories(ExamplesStore.buildDirectory().resolve("web-view"));
        Path downloads = Files.createDirectories(browserDir.resolve("downloads"));
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replace(Articles.all());
            try (SparqlServer server = SparqlServer.start(store, ServerSettings.defaults(0));
                 DevTools browser = DevTools.launch(chromium.get(), browserDir.resolve("profile"), 1400, 1500)) {
                browser.allowDownloads(downloads);
                Page page = new Page(browser);

                browser.navigate(server.url());
                page.waitForView("home");
                assertThat(page.text("main")).contains("12 articles").contains("Ramon Villareal");
                page.screenshot(shots.resolve("overview.png"));

                // search: typed into the box, sent with a real click on its button
                page.click("document.getElementById('search')");
                browser.type("villareal");
                page.clickAndWait("document.querySelector('#search-form button')", "search");
                assertThat(page.texts("#search-results li a[data-iri]")).first().isEqualTo("Ramon Villareal");
                page.screenshot(shots.resolve("search.png"));

                // the entity page: posts, statements, timeline, evidence with its words marked
                page.clickAndWait("document.querySelector('#search-results li a[data-iri]')", "entity");
                assertThat(page.text("h1")).isEqualTo("Ramon Villareal");
                assertThat(page.text("main")).contains("Posts held").contains("president").contains("Philippines")
                        .contains("Statements made").contains("supported");
                assertThat(page.count("#timeline svg rect")).isPositive();
                assertThat(page.count("#facts .fact")).isPositive();
                assertThat(page.count("#facts mark")).isPositive();
                page.screenshot(shots.resolve("entity.png"));

                // the graph around him: directed edges coloured by kind, a legend
                page.clickAndWait("[...document.querySelectorAll('main a')].find(a => a.textContent.startsWith('Graph around'))", "graph");
                int edges = page.count("#graph-svg path.edge");
                assertThat(edges).isPositive();
                assertThat(browser.evaluate("[...document.querySelectorAll('#graph-svg path.edge')].every(p => "
                        + "p.getAttribute('marker-end').startsWith('url(#arrow-') && p.getAttribute('stroke').startsWith('var(--'))").asBoolean()).isTrue();
                assertThat(page.texts("#graph-svg .node text")).contains("Ramon Villareal", "Philippines");
                assertThat(page.count("#graph-svg path.edge.post")).isPositive();
                page.screenshot(shots.resolve("graph.png"));

                // a filter: posts off, then draw again
                page.click("document.querySelector('#graph-controls input[name=kind][value=post]')");
                page.clickAndWait("document.querySelector('#graph-controls button[type=submit]')", "graph");
                assertThat(browser.evaluate("location.hash").asText()).contains("kinds=");
                assertThat(page.count("#graph-svg path.edge.post")).isZero();
                assertThat(page.count("#graph-svg path.edge")).isPositive();
                page.screenshot(shots.resolve("graph-filtered.png"));

                // the edge table as CSV, as a browser saves it
                int rows = page.count(".table-section table tr") - 1;
                page.click("document.querySelector('.table-section button.csv')");
                Path csv = waitForFile(downloads, "graph-edges.csv", Duration.ofSeconds(20));
                try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                    assertThat(parser.getHeaderNames()).containsExactly("from", "kind", "to", "facts", "first", "last", "from IRI", "to IRI");
                    List<CSVRecord> records = parser.getRecords();
                    assertThat(records).hasSize(rows);
                    assertThat(records).extracting(r -> r.get("kind")).doesNotContain("holds a post in");
                    assertThat(records).extracting(r -> r.get("from IRI")).allMatch(iri -> iri.startsWith("https://w3id.org/newsgraph/id/"));
                }

                // a question with a parameter
                browser.navigate(server.url() + "#/presets?name=roles-by-country&iso=PHL");
                page.waitForView("presets");
                assertThat(page.texts(".table-section td:first-child")).isNotEmpty().containsOnly("PHL");
                page.screenshot(shots.resolve("questions.png"));

                // hostile text from the store stays text, everywhere it shows
                browser.navigate(server.url() + "#/search?q=" + java.net.URLEncoder.encode("img src", StandardCharsets.UTF_8));
                page.waitForView("search");
                assertThat(page.texts("#search-results li a[data-iri]")).containsExactly(Articles.HOSTILE_NAME);
                page.clickAndWait("document.querySelector('#search-results li a[data-iri]')", "entity");
                assertThat(page.text("h1")).isEqualTo(Articles.HOSTILE_NAME);
                browser.navigate(server.url() + "#/graph?focus=" + java.net.URLEncoder.encode(Articles.iri(Articles.FRANCE), StandardCharsets.UTF_8));
                page.waitForView("graph");
                assertThat(page.texts("#graph-svg .node text")).contains(Articles.HOSTILE_NAME);
                browser.navigate(server.url() + "#/entity?iri=" + java.net.URLEncoder.encode(Articles.iri(Articles.BARROT), StandardCharsets.UTF_8));
                page.waitForView("entity");
                JsonNode link = browser.evaluate("(() => { const a = [...document.querySelectorAll('#facts a')].find(a => a.href.includes('signing-2'));"
                        + " return {text: a.textContent, href: a.href, children: a.children.length}; })()");
                assertThat(link.path("text").asText()).isEqualTo(Articles.HOSTILE_TITLE);
                assertThat(link.path("href").asText()).isEqualTo("https://news.example.org/signing-2");
                assertThat(link.path("children").asInt()).isZero();
                page.click("[...document.querySelectorAll('#facts a.iri-link')][0]");
                browser.waitFor("document.getElementById('panel').dataset.state === 'loaded'", Duration.ofSeconds(15));
                assertThat(page.text("#panel")).contains("Foreign Minister").contains(Articles.HOSTILE_TITLE);
                assertThat(page.count("img")).isZero();
                assertThat(page.count("script:not([src])")).isZero();
                assertThat(browser.events).doesNotContain("Page.javascriptDialogOpening");
            }
        }
        try (Stream<Path> files = Files.list(shots)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).toList()).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(f -> assertThat(Files.size(f)).isGreaterThan(10_000));
        }
    }

    @Test
    void theConsoleRunsAnUpdateWithTheServersToken(@TempDir Path storeDir, @TempDir Path browserDir) throws Exception {
        Optional<Path> chromium = DevTools.findChromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (apt-get install chromium)");
        try (GraphStore store = GraphStore.open(storeDir);
             SparqlServer server = SparqlServer.start(store, ServerSettings.defaults(0).withAllowUpdate(true));
             DevTools browser = DevTools.launch(chromium.get(), browserDir.resolve("profile"), 1280, 900)) {
            Page page = new Page(browser);
            browser.navigate(server.url() + "#/sparql");
            page.waitForView("sparql");
            assertThat(browser.evaluate("document.getElementById('query').value").asText()).startsWith("PREFIX ng:");
            browser.evaluate("document.getElementById('query').value = 'PREFIX ex: <urn:ex#>\\n"
                    + "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/page> { ex:a ex:b \"from the page\" } }'");
            browser.evaluate("document.getElementById('run').click()");
            browser.waitFor("document.body.dataset.state === 'done'", Duration.ofSeconds(30));

            assertThat(browser.evaluate("document.getElementById('status').textContent").asText()).isEqualTo("update done");
            assertThat(store.quadCount()).isEqualTo(1);
        }
    }

    private static Path waitForFile(Path folder, String name, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Path file = folder.resolve(name);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download " + name + " in " + folder + " within " + timeout);
    }

    /** The page's views as the test drives them: waits for a view to be drawn, clicks with the mouse, reads text. */
    private record Page(DevTools browser) {
        void waitForView(String view) throws InterruptedException {
            browser.waitFor("document.body && document.body.dataset.view === '" + view + "' && document.body.dataset.state === 'ready'", Duration.ofSeconds(30));
        }

        /** A real click on the element the expression names (scrolled into view first), then the next view drawn. */
        void clickAndWait(String element, String view) throws InterruptedException {
            int before = browser.evaluate("Number(document.body.dataset.render || 0)").asInt();
            click(element);
            browser.waitFor("Number(document.body.dataset.render) > " + before + " && document.body.dataset.view === '" + view
                    + "' && document.body.dataset.state === 'ready'", Duration.ofSeconds(30));
        }

        void click(String element) {
            JsonNode point = browser.evaluate("(() => { const e = " + element + "; e.scrollIntoView({block: 'center'});"
                    + " const r = e.getBoundingClientRect(); return {x: r.x + Math.min(r.width / 2, 8), y: r.y + r.height / 2}; })()");
            browser.click(point.path("x").asDouble(), point.path("y").asDouble());
        }

        String text(String selector) {
            return browser.evaluate("document.querySelector('" + selector + "').textContent").asText();
        }

        List<String> texts(String selector) {
            List<String> texts = new ArrayList<>();
            browser.evaluate("[...document.querySelectorAll('" + selector + "')].map(e => e.textContent)").forEach(t -> texts.add(t.asText()));
            return texts;
        }

        int count(String selector) {
            return browser.evaluate("document.querySelectorAll('" + selector + "').length").asInt();
        }

        void screenshot(Path file) throws Exception {
            browser.evaluate("window.scrollTo(0, 0)");
            Files.write(file, browser.screenshot());
        }
    }
}
