package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {
    private static final String GEXF = "http://www.gexf.net/1.2draft";

    @TempDir
    static Path directory;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        file = ExportFixture.exportWith(new GexfWriter(), directory, "graph.gexf");
    }

    @Test
    void isValidGexf() throws Exception {
        Readers.validate(file, "gexf.xsd");
    }

    @Test
    void readsBackWithEveryNodeEdgeAndAttribute() throws Exception {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.graph().vertexSet()).hasSize(ExportFixture.NODES);
        assertThat(imported.graph().edgeSet()).hasSize(ExportFixture.EDGES);
        assertThat(imported.node("country-RUS", "label")).isEqualTo("Russia");
        assertThat(imported.node("country-RUS", "isoCode")).isEqualTo("RUS");
        assertThat(imported.node("person-vladimir-putin", "evidence")).isEqualTo("3");
        assertThat(imported.edgeAttributes().values()).anySatisfy(edge -> assertThat(edge)
                .containsEntry("relation", "criticized").containsEntry("quote", "NATO is expanding")
                .containsEntry("outlet", "TASS"));
    }

    @Test
    void givesDatedEdgesTheDaysTheirDateCoversForGephisTimeline() throws Exception {
        Document document = parse();
        Element graph = (Element) document.getElementsByTagNameNS(GEXF, "graph").item(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");

        assertThat(spans(document)).containsEntry("supported person-joe-biden", "2023-02-01..2023-02-28")
                .containsEntry("party to country-PRK", "2024-06-19..2024-06-19")
                .containsEntry("president person-vladimir-putin", "2024-06-20..2024-06-20");
    }

    @Test
    void keepsQuotesAngleBracketsAmpersandsAndLineBreaks() throws Exception {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        // gexf.xsd types a label as xs:token, so a validating reader collapses its line break; Gephi does not validate
        importer.setSchemaValidation(false);

        Readers.Imported imported = Readers.read(importer, file);

        assertThat(imported.nodeAttributes().values()).extracting(node -> node.get("label")).contains(ExportFixture.TRICKY_NAME);
        assertThat(imported.edgeAttributes().values()).extracting(edge -> edge.get("quote")).contains(ExportFixture.TRICKY_QUOTE);
    }

    @Test
    void givesAHoldingTheIntervalOfItsMembershipOnceTheStoreIsResolved(@TempDir Path resolved) throws Exception {
        Path store = resolved.resolve("store");
        ExportFixture.build(store);
        Path gexf = resolved.resolve("resolved.gexf");
        try (GraphStore graphStore = GraphStore.open(store); OutputStream out = Files.newOutputStream(gexf)) {
            EntityResolution.run(graphStore, Gazetteer.loadForNames(List.of()).officeHolders(), EntityRules.NONE);
            new GexfWriter().write(new ViewGraphReader(graphStore, System.err::println).read(ViewFilter.ALL), out);
        }
        Readers.validate(gexf, "gexf.xsd");
        // the dictionary of office-holders gives Putin's term from May 2012 with no end: the end is the last article
        // that says he holds it; Biden's term is the dictionary's, from January 2021 to January 2025
        assertThat(spans(parse(gexf))).containsEntry("president person-vladimir-putin", "2012-05-01..2024-06-20")
                .containsEntry("president person-joe-biden", "2021-01-01..2025-01-31");
    }

    private static Map<String, String> spans(Document document) {
        Map<String, String> spans = new HashMap<>();
        NodeList edges = document.getElementsByTagNameNS(GEXF, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            spans.put(edge.getAttribute("label") + " " + edge.getAttribute("source"), edge.getAttribute("start") + ".." + edge.getAttribute("end"));
        }
        return spans;
    }

    private static Document parse() throws Exception {
        return parse(file);
    }

    private static Document parse(Path gexf) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(gexf.toFile());
    }
}
