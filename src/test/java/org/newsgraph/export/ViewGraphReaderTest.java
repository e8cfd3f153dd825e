package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

class ViewGraphReaderTest {
    @TempDir
    static Path directory;

    private static GraphStore store;
    private final List<String> warnings = new ArrayList<>();
    private ViewGraphReader reader;

    @BeforeAll
    static void buildStore() {
        ExportFixture.build(directory);
        store = GraphStore.open(directory);
    }

    @BeforeEach
    void openReader() {
        reader = new ViewGraphReader(store, warnings::add);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void buildsTypedLabelledNodesWithEvidenceCounts() {
        ViewGraph view = reader.read(ViewFilter.ALL);

        assertThat(view.nodes()).hasSize(ExportFixture.NODES);
        Map<String, ViewGraph.Node> nodes = byId(view.nodes(), ViewGraph.Node::id);
        assertThat(nodes.get("country-RUS")).satisfies(russia -> {
            assertThat(russia.type()).isEqualTo(NodeType.COUNTRY);
            assertThat(russia.label()).isEqualTo("Russia");
            assertThat(russia.isoCode()).isEqualTo("RUS");
            assertThat(russia.evidence()).as("its post and the treaty").isEqualTo(2);
        });
        assertThat(nodes.get("person-vladimir-putin").evidence()).as("post, treaty, statement").isEqualTo(3);
        assertThat(nodes.get("treaty-treaty-on-comprehensive-strategic-partnership")).satisfies(treaty -> {
            assertThat(treaty.type()).isEqualTo(NodeType.TREATY);
            assertThat(treaty.aliases()).containsExactly("partnership treaty");
            assertThat(treaty.evidence()).as("one signing, four edges").isEqualTo(1);
        });
        assertThat(view.nodes()).extracting(ViewGraph.Node::label).contains(ExportFixture.TRICKY_NAME);
        assertThat(view.nodes()).extracting(ViewGraph.Node::label).doesNotContain("TASS");
        assertThat(warnings).isEmpty();
    }

    @Test
    void turnsEveryFactIntoEdgesWithDateConfidenceQuoteAndArticle() {
        ViewGraph view = reader.read(ViewFilter.ALL);

        assertThat(view.edges()).hasSize(ExportFixture.EDGES);
        assertThat(view.edges()).extracting(ViewGraph.Edge::relation).containsOnly(Relation.HOLDS_POST_IN,
                Relation.SIGNED, Relation.PARTY_TO, Relation.CRITICIZED, Relation.SUPPORTED);
        assertThat(view.edges()).filteredOn(edge -> edge.relation() == Relation.SIGNED).hasSize(2);
        ViewGraph.Edge post = only(view, Relation.HOLDS_POST_IN, "person-vladimir-putin");
        assertThat(post.label()).isEqualTo("president");
        assertThat(post.target()).isEqualTo("country-RUS");
        assertThat(post.current()).isTrue();
        assertThat(post.date()).as("the article's publication date").isEqualTo("2024-06-20");
        assertThat(post.articleId()).isEqualTo("summit-1");
        assertThat(post.articleTitle()).isEqualTo("Putin & Kim sign pact");
        assertThat(only(view, Relation.PARTY_TO, "country-PRK").date()).as("the signing's own date").isEqualTo("2024-06-19");
        ViewGraph.Edge criticism = only(view, Relation.CRITICIZED, "person-vladimir-putin");
        assertThat(criticism.quote()).isEqualTo("NATO is expanding");
        assertThat(criticism.outlet()).isEqualTo("TASS");
        assertThat(criticism.confidence()).isEqualTo(0.7);
        assertThat(only(view, Relation.SUPPORTED, "person-joe-biden").date()).isEqualTo("2023-02");
    }

    @Test
    void dropsFactsBelowTheMinimumConfidenceAndNodesLeftWithoutFacts() {
        ViewGraph view = reader.read(new ViewFilter(0.75, null, null, null));

        assertThat(view.edges()).extracting(ViewGraph.Edge::confidence).allMatch(confidence -> confidence >= 0.75);
        assertThat(view.edges()).hasSize(1 + 4 + 1);
        assertThat(view.nodes()).extracting(ViewGraph.Node::id).doesNotContain("country-UKR", "org-nato");
    }

    @Test
    void keepsFactsDatedWithinTheWindow() {
        ViewGraph view = reader.read(new ViewFilter(0.0, LocalDate.of(2023, 2, 28), LocalDate.of(2023, 12, 31), null));

        // 2023-02 overlaps the window; 2023-02-27 does not; the post is dated by its article, 2023-03-01
        assertThat(view.edges()).extracting(ViewGraph.Edge::relation)
                .containsExactlyInAnyOrder(Relation.SUPPORTED, Relation.HOLDS_POST_IN);
    }

    @Test
    void keepsFactsInvolvingTheCountryWithAllTheirEdges() {
        ViewGraph view = reader.read(new ViewFilter(0.0, null, null, "PRK"));

        assertThat(view.edges()).hasSize(4).extracting(ViewGraph.Edge::relation)
                .containsOnly(Relation.SIGNED, Relation.PARTY_TO);
        assertThat(view.nodes()).hasSize(5);
        assertThat(byId(view.nodes(), ViewGraph.Node::id).get("person-vladimir-putin").evidence()).isEqualTo(1);
    }

    @Test
    void buildsTheViewOfAConstructQuery() {
        var query = QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                CONSTRUCT { ?fact ?p ?o . ?o ?q ?v . ?s ?r ?fact . ?s ?t ?w }
                WHERE { ?fact a ng:Statement ; ?p ?o . OPTIONAL { ?o ?q ?v } OPTIONAL { ?s ?r ?fact . ?s ?t ?w } }
                """);

        ViewGraph view = reader.read(ViewFilter.ALL, query);

        assertThat(view.edges()).hasSize(3).extracting(ViewGraph.Edge::relation)
                .containsOnly(Relation.CRITICIZED, Relation.SUPPORTED);
        assertThat(view.nodes()).extracting(ViewGraph.Node::type).doesNotContain(NodeType.OTHER, NodeType.TREATY);
    }

    @Test
    void keepsTheSelectedNodesAndTheFactsBetweenThem() {
        var query = QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?node WHERE { { ?node a ng:Person } UNION { ?node ng:isoCode "RUS" } }
                """);

        ViewGraph view = reader.read(ViewFilter.ALL, query);

        assertThat(view.nodes()).extracting(ViewGraph.Node::id).containsExactlyInAnyOrder(
                "country-RUS", "person-joe-biden", "person-kim-jong-un", "person-vladimir-putin");
        assertThat(view.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.source()).isEqualTo("person-vladimir-putin");
            assertThat(edge.target()).isEqualTo("country-RUS");
        });
    }

    @Test
    void rejectsAnAskQuery() {
        assertThatThrownBy(() -> reader.read(ViewFilter.ALL, QueryFactory.create("ASK { ?s ?p ?o }")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONSTRUCT");
    }

    private static ViewGraph.Edge only(ViewGraph view, Relation relation, String source) {
        return view.edges().stream().filter(edge -> edge.relation() == relation && edge.source().equals(source))
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    assertThat(list).as(relation + " from " + source).hasSize(1);
                    return list.get(0);
                }));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
