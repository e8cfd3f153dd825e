package org.newsgraph.export;

import java.util.List;
import java.util.Objects;

/**
 * The graph a person looks at in Gephi, Cytoscape or Graphviz: persons, countries, organisations and
 * treaties as nodes, the facts between them as edges. Edges name their ends by node id.
 */
public record ViewGraph(List<Node> nodes, List<Edge> edges) {
    public ViewGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A person, country, organisation, outlet or treaty. {@code id} is safe as an XML NMTOKEN and a DOT
     * identifier; {@code evidence} counts the facts in this view that the node takes part in.
     */
    public record Node(String id, String iri, NodeType type, String label, String isoCode, List<String> aliases,
                       int evidence) {
        public Node {
            Objects.requireNonNull(id, "node id");
            Objects.requireNonNull(iri, "node iri");
            Objects.requireNonNull(type, "node type");
            Objects.requireNonNull(label, "node label");
            aliases = List.copyOf(aliases);
        }

        public Node withEvidence(int count) {
            return new Node(id, iri, type, label, isoCode, aliases, count);
        }
    }

    /**
     * One fact between two nodes. {@code date} is ISO at the precision known (the fact's own date, else
     * the article's publication date) or null; {@code label} is the role for a post, else the relation.
     */
    public record Edge(String id, String source, String target, Relation relation, String label, String fact,
                       String date, double confidence, String quote, String outlet, Boolean current,
                       String article, String articleId, String articleTitle) {
        public Edge {
            Objects.requireNonNull(id, "edge id");
            Objects.requireNonNull(source, "edge source");
            Objects.requireNonNull(target, "edge target");
            Objects.requireNonNull(relation, "edge relation");
            Objects.requireNonNull(label, "edge label");
            Objects.requireNonNull(fact, "edge fact");
        }

        /** The days the edge's date covers, or null when it has none. */
        public DateRange dateRange() {
            return date == null ? null : DateRange.parse(date);
        }
    }
}
