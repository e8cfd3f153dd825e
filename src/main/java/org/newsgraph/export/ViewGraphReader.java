package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryText;

/**
 * Builds the {@link ViewGraph} from the store with the SPARQL beside this class (nodes.rq, edges.rq), then
 * applies the {@link ViewFilter} and, when given, the user's query. Values are bound, never pasted into
 * query text; the date and country filters are applied here in Java.
 */
public final class ViewGraphReader {
    private static final String SEPARATOR = "\u001F";

    private final GraphStore store;
    private final Consumer<String> warnings;

    /** {@code warnings} receives one line per fact whose data is odd (a date that is not ISO, say). */
    public ViewGraphReader(GraphStore store, Consumer<String> warnings) {
        this.store = store;
        this.warnings = warnings;
    }

    /** The whole store's view, filtered. */
    public ViewGraph read(ViewFilter filter) {
        return Txn.calculateRead(store.dataset(), () -> build(store.dataset(), filter, null));
    }

    /**
     * The view restricted by a user's query. CONSTRUCT or DESCRIBE: the view of the triples it yields, which
     * follow the store's RDF shape. SELECT: the nodes whose IRIs appear in its results and the facts between them.
     */
    public ViewGraph read(ViewFilter filter, Query restriction) {
        if (!(restriction.isConstructType() || restriction.isDescribeType() || restriction.isSelectType())) {
            throw new IllegalArgumentException("an export query must be a CONSTRUCT, DESCRIBE or SELECT query");
        }
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(restriction).build()) {
                if (restriction.isSelectType()) {
                    Set<String> iris = new HashSet<>();
                    execution.execSelect().forEachRemaining(row -> row.varNames().forEachRemaining(name -> {
                        RDFNode value = row.get(name);
                        if (value != null && value.isURIResource()) {
                            iris.add(value.asResource().getURI());
                        }
                    }));
                    return build(store.dataset(), filter, iris);
                }
                Model model = restriction.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                return build(DatasetFactory.wrap(model), filter, null);
            }
        });
    }

    /** Reads nodes and edges from the default graph of {@code dataset}; {@code selected} null means all nodes. */
    private ViewGraph build(Dataset dataset, ViewFilter filter, Set<String> selected) {
        Map<String, ViewGraph.Node> nodes = readNodes(dataset);
        List<ViewGraph.Edge> edges = new ArrayList<>();
        for (EdgeRow row : readEdges(dataset, filter.minConfidence())) {
            ViewGraph.Node source = nodes.computeIfAbsent(row.source(), ViewGraphReader::untypedNode);
            ViewGraph.Node target = nodes.computeIfAbsent(row.target(), ViewGraphReader::untypedNode);
            edges.add(row.edge(source.id(), target.id()));
        }
        return ViewSelection.apply(nodes, edges, filter, selected);
    }

    private Map<String, ViewGraph.Node> readNodes(Dataset dataset) {
        Map<String, ViewGraph.Node> nodes = new LinkedHashMap<>();
        select(dataset, "nodes.rq", Map.of(), row -> {
            String iri = row.getResource("node").getURI();
            NodeType type = NodeType.ofClass(row.getResource("type").getURI());
            ViewGraph.Node known = nodes.get(iri);
            // a node typed twice (an outlet that is also an organisation) keeps the more specific type
            if (known == null || type.ordinal() > known.type().ordinal()) {
                String label = text(row, "label");
                nodes.put(iri, new ViewGraph.Node(NodeIds.of(iri), iri, type, label == null ? NodeIds.of(iri) : label,
                        text(row, "isoCode"), split(text(row, "aliases")), 0));
            }
        });
        return nodes;
    }

    private List<EdgeRow> readEdges(Dataset dataset, double minConfidence) {
        Map<String, EdgeRow> rows = new LinkedHashMap<>();
        Map<String, RDFNode> binding = Map.of("minConfidence", ResourceFactory.createTypedLiteral(minConfidence));
        select(dataset, "edges.rq", binding, row -> {
            RDFNode source = row.get("source");
            RDFNode target = row.get("target");
            Relation relation = Relation.ofIri(row.getResource("relation").getURI());
            if (relation == null || !source.isURIResource() || !target.isURIResource()) {
                return;
            }
            EdgeRow edge = new EdgeRow(row.getResource("fact").getURI(), relation, source.asResource().getURI(),
                    target.asResource().getURI(), text(row, "role"), bool(row, "current"), text(row, "quote"),
                    text(row, "outlet"), date(row), row.getLiteral("confidence").getDouble(),
                    uri(row, "article"), text(row, "articleId"), text(row, "title"));
            // several names of one outlet, say, give several rows: the first one stands
            rows.putIfAbsent(edge.key(), edge);
        });
        return new ArrayList<>(rows.values());
    }

    /** The fact's own date, else its article's publication date; a value that is not ISO is reported and skipped. */
    private String date(QuerySolution row) {
        for (String variable : List.of("date", "published")) {
            String value = text(row, variable);
            if (value == null) {
                continue;
            }
            try {
                DateRange.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                warnings.accept("warning: fact " + row.getResource("fact").getURI() + ": " + e.getMessage());
            }
        }
        return null;
    }

    private static ViewGraph.Node untypedNode(String iri) {
        return new ViewGraph.Node(NodeIds.of(iri), iri, NodeType.OTHER, NodeIds.of(iri), null, List.of(), 0);
    }

    private static void select(Dataset dataset, String resource, Map<String, RDFNode> binding, Consumer<QuerySolution> rows) {
        var builder = QueryExecution.dataset(dataset).query(QueryText.load("/org/newsgraph/export/" + resource));
        binding.forEach(builder::substitution);
        try (QueryExecution execution = builder.build()) {
            execution.execSelect().forEachRemaining(rows);
        }
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String uri(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node != null && node.isURIResource() ? node.asResource().getURI() : null;
    }

    private static Boolean bool(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null || !node.isLiteral()) {
            return null;
        }
        Literal literal = node.asLiteral();
        return "true".equals(literal.getLexicalForm()) || "1".equals(literal.getLexicalForm());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(SEPARATOR)).sorted().toList();
    }


    /** One row of edges.rq, before its ends have node ids. */
    private record EdgeRow(String fact, Relation relation, String source, String target, String role, Boolean current,
                           String quote, String outlet, String date, double confidence, String article,
                           String articleId, String title) {
        String key() {
            return fact + " " + relation + " " + source + " " + target;
        }

        ViewGraph.Edge edge(String sourceId, String targetId) {
            String label = relation == Relation.HOLDS_POST_IN && role != null ? role : relation.label();
            String id = NodeIds.of(fact) + "." + relation.token() + "." + sourceId + "." + targetId;
            return new ViewGraph.Edge(id, sourceId, targetId, relation, label, fact, date, confidence, quote, outlet,
                    current, article, articleId, title);
        }
    }
}
