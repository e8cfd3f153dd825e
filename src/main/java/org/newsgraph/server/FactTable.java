package org.newsgraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.NG;

/**
 * Every statement, post and signing of one version of the store as {@link FactRow}s, seen from each of its
 * entities, held in memory: the entity page and the graph view group and filter these instead of querying the
 * store for each request (a SPARQL read of one well-covered person's 6,000 facts took 1 to 2 s on 10,000
 * articles, a country's graph 4 to 9 s; from this table both take milliseconds). Read in one transaction from
 * scans of TDB2's predicate index, one per property (a fact's article is the graph it lives in); the evidence
 * (sentences, titles) is not held here but read for the facts a page shows.
 */
final class FactTable {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node HOLDS = NodeFactory.createURI(ORG + "holds");
    private static final Node POST_IN = NodeFactory.createURI(ORG + "postIn");

    /** What the scans gather about one fact. */
    private static final class Fact {
        final String iri;
        final String type;
        String relation;
        final List<String> subjects = new ArrayList<>(1);
        final List<String> objects = new ArrayList<>(1);
        final List<String> parties = new ArrayList<>(0);
        String role;
        Boolean current;
        double confidence;
        String date;
        String article;
        String outlet;

        Fact(String iri, String type) {
            this.iri = iri;
            this.type = type;
        }
    }

    private final Map<String, List<FactRow>> byEntity;
    private final List<FactRow> outgoing;

    private FactTable(Map<String, List<FactRow>> byEntity, List<FactRow> outgoing) {
        this.byEntity = byEntity;
        this.outgoing = outgoing;
    }

    /** The rows of an entity's facts, as that entity sees them. */
    List<FactRow> of(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    /** The number of facts each entity takes part in. */
    Map<String, Integer> factCounts() {
        Map<String, Integer> counts = new HashMap<>();
        byEntity.forEach((entity, rows) -> counts.put(entity, (int) rows.stream().map(FactRow::fact).distinct().count()));
        return counts;
    }

    /** Every fact once, from the side that acts (speaker, holder, signatory, party). */
    List<FactRow> all() {
        return outgoing;
    }

    /** Reads the table; call inside a read transaction. */
    static FactTable read(Dataset dataset) {
        DatasetGraph quads = dataset.asDatasetGraph();
        Map<String, String> strings = new HashMap<>();
        Map<String, Fact> facts = new HashMap<>();
        // each kind of fact is known by a property only it has, and lives in its article's graph
        scanQuads(quads, NG.speaker.asNode(), quad -> fact(facts, strings, quad, quad.getSubject(), "Statement")
                .subjects.add(intern(strings, text(quad.getObject()))));
        scanQuads(quads, HOLDS, quad -> fact(facts, strings, quad, quad.getObject(), "RoleHolding")
                .subjects.add(intern(strings, text(quad.getSubject()))));
        scanQuads(quads, NG.treaty.asNode(), quad -> fact(facts, strings, quad, quad.getSubject(), "TreatySigning")
                .objects.add(intern(strings, text(quad.getObject()))));
        scan(quads, NG.target.asNode(), null, (s, o) -> with(facts, s, f -> f.objects.add(intern(strings, o))));
        scan(quads, NG.kind.asNode(), null, (s, o) -> with(facts, s, f -> f.relation = EntityIndex.localName(o)));
        scan(quads, POST_IN, null, (s, o) -> with(facts, s, f -> f.objects.add(intern(strings, o))));
        scan(quads, NG.roleLabel.asNode(), null, (s, o) -> with(facts, s, f -> f.role = intern(strings, o)));
        scan(quads, NG.current.asNode(), null, (s, o) -> with(facts, s, f -> f.current = "true".equals(o) || "1".equals(o)));
        scan(quads, NG.signatory.asNode(), null, (s, o) -> with(facts, s, f -> f.subjects.add(intern(strings, o))));
        scan(quads, NG.party.asNode(), null, (s, o) -> with(facts, s, f -> f.parties.add(intern(strings, o))));
        scan(quads, NG.confidence.asNode(), null, (s, o) -> with(facts, s, f -> f.confidence = number(o)));
        scan(quads, NG.date.asNode(), null, (s, o) -> with(facts, s, f -> f.date = intern(strings, o)));
        scan(quads, NG.reportedBy.asNode(), null, (s, o) -> with(facts, s, f -> f.outlet = intern(strings, o)));
        Map<String, String> published = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        scan(quads, NG.published.asNode(), null, (s, o) -> published.put(s, intern(strings, o)));
        scan(quads, NG.source.asNode(), null, (s, o) -> sources.put(s, intern(strings, o)));

        Map<String, List<FactRow>> byEntity = new HashMap<>();
        List<FactRow> outgoing = new ArrayList<>();
        for (Fact fact : facts.values()) {
            String day = fact.article == null ? null : published.get(fact.article);
            String source = fact.article == null ? null : sources.get(fact.article);
            Rows rows = (entity, side, relation, other) -> {
                FactRow row = new FactRow(entity, fact.iri, side, relation, other, fact.role, fact.current, fact.confidence,
                        fact.date, day, fact.article, source, fact.outlet);
                byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(row);
                if (row.outgoing()) {
                    outgoing.add(row);
                }
            };
            switch (fact.type) {
                case "Statement" -> {
                    for (String speaker : fact.subjects) {
                        for (String target : fact.objects) {
                            rows.add(speaker, "made", fact.relation, target);
                            rows.add(target, "received", fact.relation, speaker);
                            if (fact.outlet != null) {
                                rows.add(fact.outlet, "reported", fact.relation, speaker);
                            }
                        }
                    }
                }
                case "RoleHolding" -> {
                    for (String holder : fact.subjects) {
                        for (String place : fact.objects) {
                            rows.add(holder, "holds", "post", place);
                            rows.add(place, "postIn", "post", holder);
                        }
                    }
                }
                default -> {
                    for (String treaty : fact.objects) {
                        for (String signatory : fact.subjects) {
                            rows.add(signatory, "signed", "signed", treaty);
                            rows.add(treaty, "signedBy", "signed", signatory);
                        }
                        for (String party : fact.parties) {
                            rows.add(party, "party", "party", treaty);
                            rows.add(treaty, "partyOf", "party", party);
                        }
                    }
                }
            }
        }
        byEntity.replaceAll((entity, list) -> List.copyOf(list));
        return new FactTable(byEntity, List.copyOf(outgoing));
    }

    /** The fact a quad is about, made on first sight with its article (the quad's graph). */
    private static Fact fact(Map<String, Fact> facts, Map<String, String> strings, Quad quad, Node node, String type) {
        return facts.computeIfAbsent(text(node), iri -> {
            Fact fact = new Fact(intern(strings, iri), type);
            fact.article = intern(strings, text(quad.getGraph()));
            return fact;
        });
    }

    private static void scanQuads(DatasetGraph quads, Node property, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> found = quads.find(Node.ANY, Node.ANY, property, Node.ANY);
        try {
            found.forEachRemaining(action);
        } finally {
            Iter.close(found);
        }
    }

    private interface Rows {
        void add(String entity, String side, String relation, String other);
    }

    private static void with(Map<String, Fact> facts, String iri, java.util.function.Consumer<Fact> action) {
        Fact fact = facts.get(iri);
        if (fact != null) {
            action.accept(fact);
        }
    }

    /** Calls {@code action} with the subject and object (IRI or lexical form) of every quad of {@code property}. */
    private static void scan(DatasetGraph quads, Node property, Node object, BiConsumer<String, String> action) {
        Iterator<Quad> found = quads.find(Node.ANY, Node.ANY, property, object == null ? Node.ANY : object);
        try {
            while (found.hasNext()) {
                Quad quad = found.next();
                action.accept(text(quad.getSubject()), text(quad.getObject()));
            }
        } finally {
            Iter.close(found);
        }
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String intern(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
