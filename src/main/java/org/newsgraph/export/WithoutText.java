package org.newsgraph.export;

import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.newsgraph.rdf.NG;

/**
 * Read-only views of the store without the words of its articles: the article texts ({@code ng:text}) and the
 * evidence sentences ({@code ng:sentence}) are left out, their offsets ({@code ng:start}, {@code ng:end},
 * {@code ng:sentenceStart}) kept, so a reader who has the article can find the evidence again. Titles, quotes
 * and quotations stay: they are the facts' own words. {@code export --no-text} writes these views.
 */
public final class WithoutText {
    /** The predicates left out. */
    public static final Set<Node> LEFT_OUT = Set.of(NG.text.asNode(), NG.sentence.asNode());

    private WithoutText() {
    }

    public static Graph of(Graph graph) {
        return new TextFreeGraph(graph);
    }

    public static DatasetGraph of(DatasetGraph dataset) {
        return new TextFreeDataset(dataset);
    }

    static boolean kept(Triple triple) {
        return !LEFT_OUT.contains(triple.getPredicate());
    }

    static boolean kept(Quad quad) {
        return !LEFT_OUT.contains(quad.getPredicate());
    }

    private static final class TextFreeGraph extends GraphWrapper {
        TextFreeGraph(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            return find(triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            if (p != null && LEFT_OUT.contains(p)) {
                return org.apache.jena.util.iterator.NullIterator.instance();
            }
            return get().find(s, p, o).filterKeep(WithoutText::kept);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            return find(s, p, o).hasNext();
        }

        @Override
        public boolean contains(Triple triple) {
            return find(triple).hasNext();
        }

        @Override
        public int size() {
            return (int) Math.min(Integer.MAX_VALUE, Iter.count(find(Node.ANY, Node.ANY, Node.ANY)));
        }

        @Override
        public boolean isEmpty() {
            return !find(Node.ANY, Node.ANY, Node.ANY).hasNext();
        }
    }

    private static final class TextFreeDataset extends DatasetGraphWrapper {
        TextFreeDataset(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public Graph getDefaultGraph() {
            return of(super.getDefaultGraph());
        }

        @Override
        public Graph getUnionGraph() {
            return of(super.getUnionGraph());
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return of(super.getGraph(graphNode));
        }

        @Override
        public Iterator<Quad> find() {
            return Iter.filter(super.find(), WithoutText::kept);
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return Iter.filter(super.find(quad), WithoutText::kept);
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return Iter.filter(super.find(g, s, p, o), WithoutText::kept);
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return Iter.filter(super.findNG(g, s, p, o), WithoutText::kept);
        }

        @Override
        public boolean contains(Quad quad) {
            return kept(quad) && super.contains(quad);
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o).hasNext();
        }
    }
}
