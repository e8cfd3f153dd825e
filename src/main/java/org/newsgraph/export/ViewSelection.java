package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies the date and country filters and a SELECT's node set to the edges read from the store, keeps
 * the nodes that remain in play and counts each node's evidence (the kept facts it takes part in).
 */
final class ViewSelection {
    private ViewSelection() {
    }

    /**
     * {@code nodes} by IRI; {@code selected} (IRIs) is null unless a SELECT restricts the view, and then
     * its nodes stay even when no kept fact touches them.
     */
    static ViewGraph apply(Map<String, ViewGraph.Node> nodes, List<ViewGraph.Edge> edges, ViewFilter filter,
                           Set<String> selected) {
        Map<String, ViewGraph.Node> byId = new HashMap<>();
        nodes.values().forEach(node -> byId.put(node.id(), node));
        Set<String> countryFacts = filter.country() == null ? null : factsInvolving(filter.country(), edges, byId);

        List<ViewGraph.Edge> kept = new ArrayList<>();
        for (ViewGraph.Edge edge : edges) {
            if (filter.hasDateWindow() && !filter.inWindow(edge.dateRange())) {
                continue;
            }
            if (countryFacts != null && !countryFacts.contains(edge.fact())) {
                continue;
            }
            if (selected != null && !(selected.contains(byId.get(edge.source()).iri())
                    && selected.contains(byId.get(edge.target()).iri()))) {
                continue;
            }
            kept.add(edge);
        }
        kept.sort(Comparator.comparing(ViewGraph.Edge::id));
        return new ViewGraph(nodesInPlay(kept, byId, nodes, selected), kept);
    }

    /** The facts with a node of that ISO code at either end of one of their edges. */
    private static Set<String> factsInvolving(String iso, List<ViewGraph.Edge> edges, Map<String, ViewGraph.Node> byId) {
        Set<String> facts = new HashSet<>();
        for (ViewGraph.Edge edge : edges) {
            if (iso.equals(byId.get(edge.source()).isoCode()) || iso.equals(byId.get(edge.target()).isoCode())) {
                facts.add(edge.fact());
            }
        }
        return facts;
    }

    private static List<ViewGraph.Node> nodesInPlay(List<ViewGraph.Edge> kept, Map<String, ViewGraph.Node> byId,
                                                    Map<String, ViewGraph.Node> byIri, Set<String> selected) {
        Map<String, Set<String>> factsByNode = new TreeMap<>();
        for (ViewGraph.Edge edge : kept) {
            factsByNode.computeIfAbsent(edge.source(), id -> new HashSet<>()).add(edge.fact());
            factsByNode.computeIfAbsent(edge.target(), id -> new HashSet<>()).add(edge.fact());
        }
        if (selected != null) {
            for (String iri : selected) {
                ViewGraph.Node node = byIri.get(iri);
                if (node != null) {
                    factsByNode.computeIfAbsent(node.id(), id -> new HashSet<>());
                }
            }
        }
        List<ViewGraph.Node> inPlay = new ArrayList<>();
        factsByNode.forEach((id, facts) -> inPlay.add(byId.get(id).withEvidence(facts.size())));
        return inPlay;
    }
}
