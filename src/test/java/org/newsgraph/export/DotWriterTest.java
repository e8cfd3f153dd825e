package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.ExamplesStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DotWriterTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    static Path directory;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        file = ExportFixture.exportWith(new DotWriter(), directory, "graph.dot");
    }

    @Test
    void rendersWithGraphvizShowingEveryNodeEdgeAndLabelLine() throws Exception {
        Assumptions.assumeTrue(dotOnPath(), "Graphviz 'dot' is not installed (apt-get install graphviz)");
        Path svg = directory.resolve("graph.svg");
        Process dot = new ProcessBuilder("dot", "-Tsvg", file.toString(), "-o", svg.toString())
                .redirectErrorStream(true).start();
        String messages = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dot.exitValue()).as(messages).isZero();
        assertThat(messages).as("Graphviz warnings").isEmpty();

        Document document = parseSvg(svg);
        List<String> groups = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        NodeList gs = document.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            groups.add(((Element) gs.item(i)).getAttribute("class"));
        }
        NodeList textNodes = document.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent());
        }
        assertThat(groups).filteredOn("node"::equals).hasSize(ExportFixture.NODES);
        assertThat(groups).filteredOn("edge"::equals).hasSize(ExportFixture.EDGES);
        // the line break of the label is a line break in the drawing: two text lines, quotes and all
        String[] lines = ExportFixture.TRICKY_NAME.split("\n");
        assertThat(texts).contains(lines[0], lines[1], "president", "party to", "Russia");
    }

    /** The bundled examples: a page to read, not the 11,708 x 291 px strip a top-to-bottom layout drew, every label drawn. */
    @Test
    void theExamplesRenderAsAPageWithEveryEdgeLabel() throws Exception {
        Assumptions.assumeTrue(dotOnPath(), "Graphviz 'dot' is not installed (apt-get install graphviz)");
        Path examples = directory.resolve("examples.dot");
        ViewGraph view;
        try (GraphStore store = GraphStore.open(ExamplesStore.path()); java.io.OutputStream out = Files.newOutputStream(examples)) {
            view = new ViewGraphReader(store, System.err::println).read(ViewFilter.ALL);
            new DotWriter().write(view, out);
        }
        Path svg = directory.resolve("examples.svg");
        Process dot = new ProcessBuilder("dot", "-Tsvg", examples.toString(), "-o", svg.toString()).redirectErrorStream(true).start();
        String messages = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dot.exitValue()).as(messages).isZero();

        Element root = parseSvg(svg).getDocumentElement();
        double width = points(root.getAttribute("width"));
        double height = points(root.getAttribute("height"));
        assertThat(view.edges()).hasSizeGreaterThan(50);
        assertThat(Math.max(width, height)).as("%s x %s pt", width, height).isLessThan(4000);
        assertThat(width / height).as("%s x %s pt", width, height).isBetween(1 / 3.0, 3.0);
        assertThat(parseSvg(svg).getElementsByTagNameNS(SVG, "text").getLength()).isEqualTo(view.nodes().size() + view.edges().size());
    }

    private static double points(String length) {
        return Double.parseDouble(length.replace("pt", ""));
    }

    @Test
    void readsBackWithJGraphTsDotImporter() throws Exception {
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.graph().vertexSet()).hasSize(ExportFixture.NODES);
        assertThat(imported.graph().edgeSet()).hasSize(ExportFixture.EDGES);
        assertThat(imported.node("country-RUS", "label")).isEqualTo("Russia");
        assertThat(imported.node("country-RUS", "shape")).isEqualTo("box");
        assertThat(imported.edgeAttributes().values()).anySatisfy(edge -> assertThat(edge)
                .containsEntry("label", "supported").containsEntry("date", "2023-02"));
    }

    @Test
    void keepsQuotesAngleBracketsAmpersandsLineBreaksAndBackslashes() throws Exception {
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.nodeAttributes().values()).extracting(node -> node.get("label")).contains(ExportFixture.TRICKY_NAME);
        assertThat(imported.edgeAttributes().values()).extracting(edge -> edge.get("quote")).contains(ExportFixture.TRICKY_QUOTE);
    }

    private static boolean dotOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "dot"))) {
                return true;
            }
        }
        return false;
    }

    /** Parses Graphviz's SVG without fetching the SVG DTD it names. */
    private static Document parseSvg(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }
}
