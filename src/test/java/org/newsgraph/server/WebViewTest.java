package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** The web page in a real headless Chromium: a preset runs, the graph draws, hostile text stays text. */
class WebViewTest {
    @Test
    void presetDrawsGraphAndArticleTitleStaysText(@TempDir Path storeDir, @TempDir Path browserDir) throws Exception {
        Optional<Path> chromium = DevTools.findChromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (apt-get install chromium)");
        try (GraphStore store = GraphStore.open(storeDir);
             SparqlServer server = startOver(store);
             DevTools browser = DevTools.launch(chromium.get(), browserDir.resolve("profile"), 1280, 1150)) {

            browser.navigate(server.url() + "?preset=roles-by-country&run=1");
            browser.waitFor("document.body && document.body.dataset.state === 'done'", Duration.ofSeconds(30));
            assertThat(browser.evaluate("document.getElementById('status').textContent").asText()).endsWith("ms");
            browser.waitFor("typeof simulation !== 'undefined' && simulation.alpha() < 0.05", Duration.ofSeconds(30));

            int nodes = browser.evaluate("document.querySelectorAll('#graph circle.node').length").asInt();
            List<String> labels = texts(browser.evaluate("[...document.querySelectorAll('#graph text.label')].map(t => t.textContent)"));
            assertThat(nodes).isPositive();
            assertThat(labels).contains("Vladimir Putin", "Russia", Articles.HOSTILE_NAME);
            assertThat(browser.evaluate("document.querySelectorAll('img').length").asInt()).isZero();

            // a real mouse click on the node of the person whose article carries the script title
            JsonNode point = browser.evaluate("(() => { const c = d3.selectAll('#graph circle.node')"
                    + ".filter(d => d.label === 'Jean-Noël Barrot').node().getBoundingClientRect();"
                    + " return {x: c.x + c.width / 2, y: c.y + c.height / 2}; })()");
            browser.click(point.path("x").asDouble(), point.path("y").asDouble());
            browser.waitFor("document.getElementById('facts').dataset.state === 'loaded'", Duration.ofSeconds(15));

            String facts = browser.evaluate("document.getElementById('facts').textContent").asText();
            assertThat(facts).contains("Jean-Noël Barrot").contains("Foreign Minister")
                    .contains("French Foreign Minister Jean-Noël Barrot signed the Paris Agreement for France.")
                    .contains(Articles.HOSTILE_TITLE);
            JsonNode link = browser.evaluate("(() => { const a = document.querySelector('#facts a');"
                    + " return {text: a.textContent, href: a.href, children: a.children.length}; })()");
            assertThat(link.path("text").asText()).isEqualTo(Articles.HOSTILE_TITLE);
            assertThat(link.path("href").asText()).isEqualTo("https://news.example.org/signing-2");
            assertThat(link.path("children").asInt()).isZero();
            assertThat(browser.evaluate("document.querySelectorAll('#facts script, #graph script, #table script').length").asInt()).isZero();
            assertThat(browser.events).doesNotContain("Page.javascriptDialogOpening");

            Path screenshot = buildDirectory().resolve("web-view.png");
            Files.write(screenshot, browser.screenshot());
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        }
    }

    @Test
    void pageRunsAnUpdateWithTheServersToken(@TempDir Path storeDir, @TempDir Path browserDir) throws Exception {
        Optional<Path> chromium = DevTools.findChromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (apt-get install chromium)");
        try (GraphStore store = GraphStore.open(storeDir);
             SparqlServer server = SparqlServer.start(store, ServerSettings.defaults(0).withAllowUpdate(true));
             DevTools browser = DevTools.launch(chromium.get(), browserDir.resolve("profile"), 1280, 900)) {
            browser.navigate(server.url());
            browser.waitFor("document.body && document.body.dataset.state === 'ready'", Duration.ofSeconds(30));
            browser.evaluate("document.getElementById('query').value = 'PREFIX ex: <urn:ex#>\\n"
                    + "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/page> { ex:a ex:b \"from the page\" } }'");
            browser.evaluate("document.getElementById('run').click()");
            browser.waitFor("document.body.dataset.state === 'done'", Duration.ofSeconds(30));

            assertThat(browser.evaluate("document.getElementById('status').textContent").asText()).isEqualTo("update done");
            assertThat(store.quadCount()).isEqualTo(1);
        }
    }

    private static SparqlServer startOver(GraphStore store) {
        store.replace(Articles.all());
        return SparqlServer.start(store, ServerSettings.defaults(0));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** target/ (or whatever -DbuildDir names): the parent of the folder these test classes were loaded from. */
    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(WebViewTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
