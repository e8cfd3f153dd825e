package org.newsgraph.server;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The graph view, aggregated here rather than in the browser: the facts around an entity (its own, then those of
 * its best connected neighbours) or, without one, of the whole store, as directed edges of one kind between two
 * entities, each with the number of facts it stands for and their first and last day. Only the {@code limit}
 * best connected nodes are kept (the focus and its own neighbours first), with the edges between them, so the
 * view stays readable and fast however large the store. Works on the {@link FactTable} in memory.
 */
final class GraphView {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most nodes one view may ask for. */
    static final int MAX_NODES = 300;
    /** Neighbours of the focus whose own facts are read (the second ring). */
    static final int SECOND_RING = 80;

    private GraphView() {
    }

    /** One aggregated edge. */
    private static final class Edge {
        final String source;
        final String target;
        final String relation;
        final Set<String> facts = new HashSet<>();
        String first;
        String last;
        double confidence;

        Edge(String source, String target, String relation) {
            this.source = source;
            this.target = target;
            this.relation = relation;
        }

        void add(FactRow row) {
            if (!facts.add(row.fact())) {
                return;
            }
            confidence = Math.max(confidence, row.confidence());
            String day = row.day();
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }
    }

    /** The view around {@code focus} (null: the whole store). */
    static ObjectNode view(String focus, FactFilter filter, int limit, ViewData.Snapshot snapshot) {
        int nodeLimit = Math.max(2, Math.min(limit, MAX_NODES));
        EntityIndex index = snapshot.index();
        FactTable table = snapshot.facts();
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, Integer> ring = new HashMap<>();
        if (focus != null) {
            ring.put(focus, 0);
            add(edges, table.of(focus), filter, index);
            Map<String, Integer> neighbours = weights(edges.values());
            neighbours.remove(focus);
            neighbours.keySet().forEach(n -> ring.put(n, 1));
            List<String> second = neighbours.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(SECOND_RING).map(Map.Entry::getKey).toList();
            for (String neighbour : second) {
                add(edges, table.of(neighbour), filter, index);
            }
        } else {
            add(edges, table.all(), filter, index);
        }
        Map<String, Integer> weight = weights(edges.values());
        List<String> ranked = weight.keySet().stream()
                .sorted(Comparator.comparing((String n) -> ring.getOrDefault(n, 2)).thenComparing(weight::get, Comparator.reverseOrder())
                        .thenComparing(n -> n))
                .limit(nodeLimit).toList();
        // a node whose every edge went with the nodes left out would float alone: leave it out too
        Set<String> linked = new HashSet<>();
        Set<String> candidates = new HashSet<>(ranked);
        for (Edge edge : edges.values()) {
            if (candidates.contains(edge.source) && candidates.contains(edge.target)) {
                linked.add(edge.source);
                linked.add(edge.target);
            }
        }
        List<String> kept = ranked.stream().filter(n -> linked.contains(n) || n.equals(focus)).toList();
        Set<String> keptSet = new HashSet<>(kept);

        ObjectNode out = JSON.createObjectNode();
        out.put("focus", focus);
        out.put("version", index.version());
        out.put("totalNodes", weight.size());
        out.put("totalEdges", edges.size());
        ArrayNode nodes = out.putArray("nodes");
        for (String iri : kept) {
            ObjectNode node = EntityView.node(iri, index);
            node.put("weight", weight.get(iri));
            node.put("ring", ring.getOrDefault(iri, 2));
            nodes.add(node);
        }
        ArrayNode links = out.putArray("edges");
        int facts = 0;
        for (Edge edge : edges.values()) {
            if (keptSet.contains(edge.source) && keptSet.contains(edge.target)) {
                ObjectNode link = links.addObject();
                link.put("source", edge.source);
                link.put("target", edge.target);
                link.put("relation", edge.relation);
                link.put("count", edge.facts.size());
                link.put("first", edge.first);
                link.put("last", edge.last);
                link.put("confidence", edge.confidence);
                facts += edge.facts.size();
            }
        }
        out.put("facts", facts);
        return out;
    }

    private static void add(Map<String, Edge> edges, List<FactRow> rows, FactFilter filter, EntityIndex index) {
        for (FactRow row : rows) {
            if (row.other() == null || row.side().equals("reported") || !filter.keeps(row, row.outlet() == null ? null : index.label(row.outlet()))) {
                continue;
            }
            String source = row.outgoing() ? row.entity() : row.other();
            String target = row.outgoing() ? row.other() : row.entity();
            if (source.equals(target)) {
                continue;
            }
            edges.computeIfAbsent(source + " " + target + " " + row.relation(), k -> new Edge(source, target, row.relation())).add(row);
        }
    }

    /** Facts per node over the edges. */
    private static Map<String, Integer> weights(Iterable<Edge> edges) {
        Map<String, Integer> weight = new HashMap<>();
        for (Edge edge : edges) {
            weight.merge(edge.source, edge.facts.size(), Integer::sum);
            weight.merge(edge.target, edge.facts.size(), Integer::sum);
        }
        return weight;
    }
}
