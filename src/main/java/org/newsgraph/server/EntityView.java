package org.newsgraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.Dataset;

/**
 * The entity page: an entity's names, the posts it held (or that were held in it) with the first and last day
 * seen, the statements it made and received grouped by kind and other end with counts and dates, the treaties it
 * signed or joined (or, for a treaty, who did), a month-by-month timeline, and a page of its facts, newest first,
 * each with its evidence. Groups the entity's rows of the {@link FactTable}; reads the evidence of the page of facts
 * it shows from the store, so call inside a read transaction.
 */
final class EntityView {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Most groups of one kind listed; the page says how many more there are. */
    static final int MAX_GROUPS = 200;
    /** Most facts in one page of the list. */
    static final int MAX_PAGE = 200;

    private final Dataset dataset;
    private final Duration timeout;

    EntityView(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** One group: facts that share a kind and an other end (and for posts the title). */
    private static final class Group {
        final String relation;
        final String other;
        final String role;
        int count;
        String first;
        String last;
        Boolean current;

        Group(String relation, String other, String role) {
            this.relation = relation;
            this.other = other;
            this.role = role;
        }

        void add(FactRow row) {
            count++;
            String day = row.day();
            if (day != null) {
                if (first == null || day.compareTo(first) < 0) {
                    first = day;
                }
                if (last == null || day.compareTo(last) >= 0) {
                    last = day;
                    current = row.current() != null ? row.current() : current;
                }
            }
        }
    }

    ObjectNode describe(String iri, FactFilter filter, ViewData.Snapshot snapshot, int offset, int limit) {
        EntityIndex index = snapshot.index();
        List<FactRow> rows = new ArrayList<>();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (FactRow row : snapshot.facts().of(iri)) {
            if (filter.keeps(row, row.outlet() == null ? null : index.label(row.outlet()))) {
                rows.add(row);
            } else {
                hidden.add(row.fact());
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("iri", iri);
        EntityIndex.Entry entry = index.get(iri);
        out.put("label", index.label(iri));
        out.put("kind", entry == null ? null : entry.kind());
        out.put("isoCode", entry == null ? null : entry.isoCode());
        ArrayNode names = out.putArray("names");
        if (entry != null) {
            entry.names().forEach(names::add);
        }
        out.put("version", index.version());

        groups(out.putArray("posts"), rows, row -> row.side().equals("holds"), row -> row.relation() + " " + row.other() + " " + row.role(), index);
        groups(out.putArray("holders"), rows, row -> row.side().equals("postIn"), row -> row.other() + " " + row.role(), index);
        groups(out.putArray("made"), rows, row -> row.side().equals("made"), row -> row.relation() + " " + row.other(), index);
        groups(out.putArray("received"), rows, row -> row.side().equals("received"), row -> row.relation() + " " + row.other(), index);
        groups(out.putArray("treaties"), rows, row -> row.side().equals("signed") || row.side().equals("party"),
                row -> row.relation() + " " + row.other(), index);
        groups(out.putArray("signers"), rows, row -> row.side().equals("signedBy") || row.side().equals("partyOf"),
                row -> row.relation() + " " + row.other(), index);
        groups(out.putArray("reported"), rows, row -> row.side().equals("reported"), row -> row.relation() + " " + row.other(), index);
        timeline(out.putArray("timeline"), rows);

        // one entry per fact, newest first
        Map<String, FactRow> facts = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((FactRow row) -> row.day() == null ? "" : row.day()).reversed()
                .thenComparing(FactRow::fact)).forEach(row -> facts.putIfAbsent(row.fact(), row));
        hidden.removeAll(facts.keySet());
        out.put("factCount", facts.size());
        out.put("hiddenCount", hidden.size());
        out.put("offset", offset);
        List<FactRow> page = facts.values().stream().skip(offset).limit(Math.min(limit, MAX_PAGE)).toList();
        factList(out.putArray("facts"), page, index);
        return out;
    }

    /** The facts behind one edge of the graph view: those of {@code source} whose other end is {@code target}. */
    ObjectNode edge(String source, String target, String relation, FactFilter filter, ViewData.Snapshot snapshot, int limit) {
        EntityIndex index = snapshot.index();
        Map<String, FactRow> facts = new LinkedHashMap<>();
        snapshot.facts().of(source).stream()
                .filter(row -> target.equals(row.other()) && row.outgoing() && (relation == null || relation.equals(row.relation())))
                .filter(row -> filter.keeps(row, row.outlet() == null ? null : index.label(row.outlet())))
                .sorted(Comparator.comparing((FactRow row) -> row.day() == null ? "" : row.day()).reversed().thenComparing(FactRow::fact))
                .forEach(row -> facts.putIfAbsent(row.fact(), row));
        ObjectNode out = JSON.createObjectNode();
        out.set("source", node(source, index));
        out.set("target", node(target, index));
        out.put("relation", relation);
        out.put("factCount", facts.size());
        factList(out.putArray("facts"), facts.values().stream().limit(Math.min(limit, MAX_PAGE)).toList(), index);
        return out;
    }

    private void factList(ArrayNode list, List<FactRow> page, EntityIndex index) {
        Map<String, FactEvidence.Evidence> evidence = FactEvidence.of(dataset, page.stream().map(FactRow::fact).toList(), timeout);
        for (FactRow row : page) {
            ObjectNode fact = list.addObject();
            fact.put("fact", row.fact());
            fact.put("side", row.side());
            fact.put("relation", row.relation());
            fact.set("other", row.other() == null ? null : node(row.other(), index));
            fact.put("role", row.role());
            fact.put("day", row.day());
            fact.put("confidence", row.confidence());
            fact.put("source", row.source());
            fact.set("outlet", row.outlet() == null ? null : node(row.outlet(), index));
            FactEvidence.Evidence found = evidence.get(row.fact());
            if (found != null) {
                fact.put("sentence", found.sentence());
                if (found.highlightStart() >= 0) {
                    fact.putObject("highlight").put("start", found.highlightStart()).put("end", found.highlightEnd());
                }
                fact.put("inTitle", found.inTitle());
                fact.put("article", found.article());
                fact.put("articleId", found.articleId());
                fact.put("title", found.title());
                fact.put("url", found.url());
                fact.put("quote", found.quote());
                ArrayNode quotations = fact.putArray("quotations");
                found.quotations().forEach(quotations::add);
                fact.put("extractor", found.extractor());
            }
        }
    }

    private static void groups(ArrayNode list, List<FactRow> rows, Predicate<FactRow> which, Function<FactRow, String> key, EntityIndex index) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> seen = new java.util.HashMap<>();
        for (FactRow row : rows) {
            if (which.test(row) && row.other() != null) {
                String k = key.apply(row);
                // a fact counts once per group, however many rows it gave
                if (seen.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(row.fact())) {
                    groups.computeIfAbsent(k, x -> new Group(row.relation(), row.other(), row.side().equals("holds") || row.side().equals("postIn")
                            ? row.role() : null)).add(row);
                }
            }
        }
        List<Group> sorted = groups.values().stream()
                .sorted(Comparator.comparingInt((Group g) -> g.count).reversed().thenComparing(g -> g.last == null ? "" : g.last, Comparator.reverseOrder())
                        .thenComparing(g -> g.other))
                .toList();
        for (Group group : sorted.subList(0, Math.min(sorted.size(), MAX_GROUPS))) {
            ObjectNode item = list.addObject();
            item.put("relation", group.relation);
            item.set("other", node(group.other, index));
            if (group.role != null) {
                item.put("role", group.role);
            }
            item.put("count", group.count);
            item.put("first", group.first);
            item.put("last", group.last);
            if (group.current != null) {
                item.put("current", group.current);
            }
        }
        if (sorted.size() > MAX_GROUPS) {
            list.addObject().put("more", sorted.size() - MAX_GROUPS);
        }
    }

    /** Facts per month (by {@link FactRow#day()}), counted by how the entity takes part. */
    private static void timeline(ArrayNode list, List<FactRow> rows) {
        Map<String, Map<String, java.util.Set<String>>> months = new TreeMap<>();
        for (FactRow row : rows) {
            String day = row.day();
            if (day == null || day.length() < 7) {
                continue;
            }
            String series = switch (row.side()) {
                case "holds", "postIn" -> "posts";
                case "made", "reported" -> "made";
                case "received" -> "received";
                default -> "treaties";
            };
            months.computeIfAbsent(day.substring(0, 7), m -> new TreeMap<>()).computeIfAbsent(series, s -> new java.util.HashSet<>()).add(row.fact());
        }
        months.forEach((month, series) -> {
            ObjectNode item = list.addObject();
            item.put("month", month);
            for (String name : List.of("posts", "made", "received", "treaties")) {
                item.put(name, series.getOrDefault(name, java.util.Set.of()).size());
            }
        });
    }

    static ObjectNode node(String iri, EntityIndex index) {
        ObjectNode node = JSON.createObjectNode();
        node.put("iri", iri);
        node.put("label", index.label(iri));
        node.put("kind", index.kind(iri));
        return node;
    }
}
