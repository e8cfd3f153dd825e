package org.newsgraph.export;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/** The view graph as a JGraphT graph, for JGraphT's exporters: parallel fact edges and self-loops allowed. */
final class JGraphTGraphs {
    private JGraphTGraphs() {
    }

    static Graph<ViewGraph.Node, ViewGraph.Edge> of(ViewGraph view) {
        Graph<ViewGraph.Node, ViewGraph.Edge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, ViewGraph.Node> byId = new HashMap<>();
        for (ViewGraph.Node node : view.nodes()) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (ViewGraph.Edge edge : view.edges()) {
            ViewGraph.Node source = byId.get(edge.source());
            ViewGraph.Node target = byId.get(edge.target());
            if (source == null || target == null) {
                throw new IllegalArgumentException("edge " + edge.id() + " names a node that is not in the graph");
            }
            graph.addEdge(source, target, edge);
        }
        return graph;
    }
}
