package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;

/** ontology/shapes.ttl accepts what FactMapper writes, from hand-made facts and from the real pipeline, and rejects broken graphs. */
class ShapesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static Shapes shapes;
    private static ExtractionPipeline pipeline;
    private static List<ArticleFacts> developmentSet;

    @org.junit.jupiter.api.io.TempDir
    static Path folder;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(ProjectFiles.ontology("shapes.ttl").toString()));
    }

    @Test
    void handMadeFactsConformInEachArticleGraphAndInTheUnion() {
        DatasetGraph dataset = map(SampleArticles.all());
        assertConforms(dataset.getUnionGraph());
        dataset.listGraphNodes().forEachRemaining(name -> assertConforms(dataset.getGraph(name)));
    }

    @Test
    void everyShapeHasFocusNodesInTheSample() {
        // a shape whose target is never written would pass anything; each one must bite on the sample (resolved
        // across its articles, as build does, for the shapes of resolutions)
        Graph union = resolved(SampleArticles.all(), "sample");
        assertConforms(union);
        assertThat(shapes.getTargetShapes()).hasSize(12).allSatisfy(shape ->
                assertThat(VLib.focusNodes(union, shape)).as("focus nodes of %s", shape).isNotEmpty());
    }

    @Test
    void thePipelineOnTheSeedArticleConforms() {
        assertConforms(map(pipeline(ProjectFiles.gold("seed-article.jsonl"))).getUnionGraph());
    }

    @Test
    void thePipelineOnTheDevelopmentArticlesConforms() {
        List<ArticleFacts> built = developmentSet();
        assertThat(built).hasSizeGreaterThan(50);
        assertConforms(map(built).getUnionGraph());
    }

    @Test
    void theDevelopmentArticlesResolvedAcrossTheStoreConformInTheUnion() {
        assertConforms(resolved(developmentSet(), "development"));
    }

    @Test
    void thePipelinesEvidenceLiesInItsSentenceAndTheSentenceInTheArticle() {
        // the shapes cannot see this: offsets must point at the words the sentence holds
        for (ArticleFacts article : developmentSet()) {
            for (Fact fact : article.facts()) {
                Provenance provenance = fact.provenance();
                String source = provenance.inTitle() ? article.article().title() : article.article().text();
                String where = article.article().id() + " " + fact.identity();
                assertThat(provenance.evidence().end()).as(where).isLessThanOrEqualTo(source.length());
                assertThat(provenance.sentence()).as(where).contains(provenance.evidence().of(source));
                if (provenance.sentenceSpan() != null && !provenance.inTitle()) {
                    assertThat(provenance.sentenceSpan().of(source)).as(where).isEqualTo(provenance.sentence());
                }
            }
        }
    }

    @Test
    void thePipelineOnTheBundledExamplesConforms() {
        Path examples = ProjectFiles.root().resolve("examples");
        assumeThat(Files.isDirectory(examples)).as("examples/ is present").isTrue();
        List<ArticleFacts> built = pipeline(examples);
        assumeThat(built).as("examples/ holds articles").isNotEmpty();
        assertConforms(map(built).getUnionGraph());
    }

    @Test
    void brokenConfidenceAndMissingEvidenceAreReportedOnTheirFacts() {
        Graph graph = copy(map(List.of(SampleArticles.fisheries())).getUnionGraph());
        List<Node> facts = graph.find(Node.ANY, RDF.type.asNode(), NG.Fact.asNode()).mapWith(Triple::getSubject).toList();
        Node overconfident = facts.get(0);
        Node unproven = facts.get(1);
        Node orphan = graph.find(unproven, NG.evidence.asNode(), Node.ANY).next().getObject();

        graph.remove(overconfident, NG.confidence.asNode(), Node.ANY);
        graph.add(overconfident, NG.confidence.asNode(), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble));
        graph.remove(unproven, NG.evidence.asNode(), Node.ANY);

        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertThat(report.conforms()).isFalse();
        assertThat(violations(report)).containsExactlyInAnyOrder(
                overconfident + " MaxInclusiveConstraintComponent",
                unproven + " MinCountConstraintComponent",
                // the evidence node is left without its fact
                orphan + " MinCountConstraintComponent");
    }

    @Test
    void wrongCodesKindsAndOffsetsAreReported() {
        Graph graph = copy(map(List.of(SampleArticles.fisheries())).getUnionGraph());
        Node norway = NodeFactory.createURI(Iris.entity(SampleArticles.NOR));
        graph.remove(norway, NG.isoCode.asNode(), Node.ANY);
        graph.add(norway, NG.isoCode.asNode(), NodeFactory.createLiteralString("Norway"));

        Node statement = graph.find(Node.ANY, RDF.type.asNode(), NG.Statement.asNode()).next().getSubject();
        graph.remove(statement, NG.kind.asNode(), Node.ANY);
        graph.add(statement, NG.kind.asNode(), NodeFactory.createURI(NG.NS + "praise"));

        Node evidence = graph.find(Node.ANY, RDF.type.asNode(), NG.Evidence.asNode()).next().getSubject();
        graph.remove(evidence, NG.end.asNode(), Node.ANY);
        graph.add(evidence, NG.end.asNode(), NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger));

        Node role = graph.find(Node.ANY, RDF.type.asNode(), NG.RoleHolding.asNode()).next().getSubject();
        // a second holder of the same post
        graph.add(NodeFactory.createURI(Iris.entity(SampleArticles.SVENSSON)), NodeFactory.createURI("http://www.w3.org/ns/org#holds"), role);

        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertThat(violations(report)).containsExactlyInAnyOrder(
                norway + " PatternConstraintComponent",
                statement + " InConstraintComponent",
                evidence + " LessThanOrEqualsConstraintComponent",
                role + " MaxCountConstraintComponent");
    }

    @Test
    void aFactWithoutItsArticleOrTypeIsReported() {
        Graph graph = copy(map(List.of(SampleArticles.talks())).getUnionGraph());
        Node statement = graph.find(Node.ANY, RDF.type.asNode(), NG.Statement.asNode()).next().getSubject();
        Node article = NodeFactory.createURI(Iris.article("sample-talks"));
        graph.remove(article, RDF.type.asNode(), NG.Article.asNode());
        graph.remove(statement, RDF.type.asNode(), NG.Fact.asNode());

        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        Set<String> violations = violations(report);
        // every other fact now points at something that is not an ng:Article
        assertThat(violations).contains(statement + " ClassConstraintComponent");
        assertThat(violations).allMatch(v -> v.endsWith(" ClassConstraintComponent"));
        assertThat(violations).hasSize(SampleArticles.talks().facts().size());
    }

    private static void assertConforms(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertThat(report.conforms()).as(() -> "violations:\n" + report.getEntries().stream()
                .map(ReportEntry::toString).collect(Collectors.joining("\n"))).isTrue();
    }

    /** "focus-node ConstraintComponent" per violation, to compare as a set. */
    private static Set<String> violations(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.sourceConstraintComponent().getURI().substring(SH.length()))
                .collect(Collectors.toSet());
    }

    private static DatasetGraph map(List<ArticleFacts> articles) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        FactMapper mapper = new FactMapper();
        articles.forEach(a -> mapper.write(a, StreamRDFLib.dataset(dataset)));
        return dataset;
    }

    /** The union graph of a TDB2 store holding the articles after resolution across them (copied into memory). */
    private static Graph resolved(List<ArticleFacts> articles, String name) {
        try (org.newsgraph.store.GraphStore store = org.newsgraph.store.GraphStore.open(folder.resolve(name))) {
            store.replace(articles);
            org.newsgraph.store.EntityResolution.run(store, null, org.newsgraph.resolve.EntityRules.NONE);
            Graph copy = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> copy(store.dataset().asDatasetGraph().getUnionGraph()));
            org.apache.jena.tdb2.sys.TDBInternal.expel(store.dataset().asDatasetGraph());
            return copy;
        }
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private static synchronized List<ArticleFacts> developmentSet() {
        if (developmentSet == null) {
            developmentSet = pipeline(ProjectFiles.gold("articles.jsonl"));
        }
        return developmentSet;
    }

    /** Reads the input and runs the real extraction pipeline over every article. */
    private static List<ArticleFacts> pipeline(Path input) {
        List<Article> articles = new ArrayList<>();
        Problems problems = Problems.silent();
        new InputWalker(ReaderRegistry.standard(), System.in).walk(List.of(input.toString()), articles::add, problems);
        assertThat(problems.all()).as("reading " + input).isEmpty();
        if (pipeline == null) {
            pipeline = ExtractionPipeline.standard(List.of());
        }
        return articles.stream().map(pipeline::process).toList();
    }
}
