package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Fact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.TreatyFact;

/** FactMapper writes the quads a hand-checked golden file holds, with IRIs that never change. */
class FactMapperTest {
    private final FactMapper mapper = new FactMapper();

    @Test
    void writesWhatTheGoldenFileHolds() throws Exception {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        try (InputStream in = getClass().getResourceAsStream("sample-fisheries.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(expected);
        }
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        write(List.of(SampleArticles.fisheries(), SampleArticles.empty()), actual);

        assertThat(IsoMatcher.isomorphic(expected, actual))
                .as(() -> "missing: " + difference(expected, actual) + "\nunexpected: " + difference(actual, expected))
                .isTrue();
    }

    @Test
    void theSameInputGivesTheSameQuadsInTheSameOrder() {
        assertThat(quads(SampleArticles.all())).isEqualTo(quads(SampleArticles.all())).isNotEmpty();
    }

    @Test
    void everyQuadIsInItsArticlesGraph() {
        for (ArticleFacts article : SampleArticles.all()) {
            Node graph = NodeFactory.createURI(Iris.article(article.article().id()));
            assertThat(quads(List.of(article))).extracting(Quad::getGraph).containsOnly(graph);
        }
    }

    @Test
    void factIrisBelongToTheirArticleWhileEntityAndTreatyIrisAreShared() {
        ArticleFacts original = SampleArticles.fisheries();
        Article copy = new Article("sample-fisheries-copy", original.article().title(), original.article().published(),
                original.article().url(), original.article().source(), original.article().text());
        Set<Node> first = subjects(quads(List.of(original)));
        Set<Node> second = subjects(quads(List.of(new ArticleFacts(copy, original.facts()))));

        Set<Node> shared = new HashSet<>(first);
        shared.retainAll(second);
        assertThat(shared).extracting(Node::getURI).allSatisfy(iri ->
                assertThat(iri).matches("https://w3id.org/newsgraph/id/(person|country|outlet|org|treaty)-[a-z0-9A-Z-]+"));
        assertThat(shared).extracting(Node::getURI).contains(Iris.entity(SampleArticles.NORDMANN),
                Iris.entity(SampleArticles.USA), Iris.treaty(SampleArticles.ACCORD));
        assertThat(first).extracting(Node::getURI).filteredOn(iri -> iri.contains("/fact-")).hasSize(14); // 7 facts + evidence
    }

    @Test
    void evidenceOffsetsPointIntoTheArticleText() {
        ArticleFacts article = SampleArticles.fisheries();
        String text = article.article().text();
        Graph graph = graphOf(article);
        List<Triple> evidence = graph.find(Node.ANY, RDF.type.asNode(), NG.Evidence.asNode()).toList();
        assertThat(evidence).hasSize(article.facts().size());
        for (Triple t : evidence) {
            int start = integer(graph, t.getSubject(), NG.start.asNode());
            int end = integer(graph, t.getSubject(), NG.end.asNode());
            int sentenceStart = integer(graph, t.getSubject(), NG.sentenceStart.asNode());
            String sentence = graph.find(t.getSubject(), NG.sentence.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertThat(text.substring(sentenceStart)).startsWith(sentence);
            assertThat(sentence).contains(text.substring(start, end));
        }
    }

    @Test
    void evidenceReadFromTheTitleIsMarkedAsSuch() {
        Graph graph = graphOf(SampleArticles.talks());
        List<Node> inTitle = graph.find(Node.ANY, NG.inTitle.asNode(), Node.ANY).mapWith(Triple::getSubject).toList();
        assertThat(inTitle).singleElement().satisfies(evidence -> {
            assertThat(graph.find(evidence, NG.inTitle.asNode(), Node.ANY).next().getObject().getLiteralValue()).isEqualTo(true);
            assertThat(graph.find(evidence, NG.sentence.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                    .isEqualTo(SampleArticles.talks().article().title());
        });
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), NG.Evidence.asNode()).toList()).hasSize(SampleArticles.talks().facts().size());
    }

    @Test
    void datesAreTypedAtThePrecisionTheTextGives() {
        ArticleFacts base = SampleArticles.fisheries();
        TreatyFact treaty = (TreatyFact) base.facts().stream().filter(f -> f instanceof TreatyFact).findFirst().orElseThrow();
        for (String date : List.of("2024", "2024-03", "2024-03-04")) {
            TreatyFact dated = new TreatyFact(treaty.name(), treaty.aliases(), treaty.signatories(), treaty.parties(), date,
                    treaty.place(), treaty.provenance());
            Graph graph = graphOf(new ArticleFacts(base.article(), List.of(dated)));
            Node value = graph.find(Node.ANY, NG.date.asNode(), Node.ANY).next().getObject();
            assertThat(value.getLiteralLexicalForm()).isEqualTo(date);
            assertThat(value.getLiteralDatatype()).isEqualTo(switch (date.length()) {
                case 4 -> XSDDatatype.XSDgYear;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDdate;
            });
        }
    }

    @Test
    void twoMentionsOfOneFactStillGiveOneEvidenceAndConfidence() {
        // extractors may find the same statement in two sentences; the fact IRI comes from its identity only
        ArticleFacts base = SampleArticles.fisheries();
        StatementFact first = (StatementFact) base.facts().get(4);
        StatementFact again = new StatementFact(first.speaker(), first.target(), first.kind(), null, null, null,
                base.facts().get(5).provenance().withConfidence(0.5));
        assertThat(again.identity()).isEqualTo(first.identity());
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(again);
        Graph graph = graphOf(new ArticleFacts(base.article(), facts));

        Node fact = NodeFactory.createURI(Iris.fact(base.article().id(), first.identity()));
        assertThat(graph.find(fact, NG.confidence.asNode(), Node.ANY).toList()).hasSize(1)
                .extracting(t -> t.getObject().getLiteralValue()).containsExactly(0.85);
        assertThat(graph.find(fact, NG.evidence.asNode(), Node.ANY).toList()).hasSize(1);
        Node evidence = graph.find(fact, NG.evidence.asNode(), Node.ANY).next().getObject();
        assertThat(graph.find(evidence, NG.start.asNode(), Node.ANY).toList()).hasSize(1);
    }

    private List<Quad> quads(List<ArticleFacts> articles) {
        List<Quad> quads = new ArrayList<>();
        var sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        articles.forEach(a -> mapper.write(a, sink));
        return quads;
    }

    private void write(List<ArticleFacts> articles, DatasetGraph dataset) {
        articles.forEach(a -> mapper.write(a, StreamRDFLib.dataset(dataset)));
    }

    private Graph graphOf(ArticleFacts article) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        write(List.of(article), dataset);
        return dataset.getGraph(NodeFactory.createURI(Iris.article(article.article().id())));
    }

    private static Set<Node> subjects(List<Quad> quads) {
        return quads.stream().map(Quad::getSubject).collect(Collectors.toSet());
    }

    private static int integer(Graph graph, Node subject, Node property) {
        return Integer.parseInt(graph.find(subject, property, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static String difference(DatasetGraph left, DatasetGraph right) {
        return left.stream().filter(q -> !right.contains(q)).map(Quad::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
