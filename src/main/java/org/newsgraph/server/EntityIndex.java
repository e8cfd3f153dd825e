package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * The persons, countries, organisations, outlets and treaties of one version of the store, for the search box
 * and for naming the ends of facts: each with all its names (folded for search, see {@link TextFold}), its
 * skos:prefLabel (resolution across articles) or else the name most articles use as its label, and how many facts it takes part in (from the {@link FactTable}), which
 * ranks the results. Read from scans of TDB2's predicate index (types, names, codes): SPARQL's GROUP BY over the
 * article graphs took 12 s on 10,000 articles.
 */
final class EntityIndex {
    /** Kinds from least to most specific: an outlet that is also typed an organisation is an outlet. */
    private static final List<String> KINDS = List.of("Person", "Country", "Organisation", "NewsOutlet", "Treaty");

    /** One entity: its IRI, kind (Person, Country, Organisation, NewsOutlet, Treaty), label, names, ISO code, facts. */
    record Entry(String iri, String kind, String label, List<String> names, String isoCode, int facts, List<List<String>> folded) {
    }

    private final long version;
    private final Map<String, Entry> entries;
    private final List<Entry> ranked;

    private EntityIndex(long version, Map<String, Entry> entries) {
        this.version = version;
        this.entries = entries;
        this.ranked = entries.values().stream()
                .sorted(Comparator.comparingInt(Entry::facts).reversed().thenComparing(Entry::label).thenComparing(Entry::iri)).toList();
    }

    /** Reads the index, with the number of facts of each entity ({@link FactTable#factCounts()}); call inside a read transaction. */
    static EntityIndex read(Dataset dataset, long version, Map<String, Integer> facts) {
        DatasetGraph quads = dataset.asDatasetGraph();
        Map<String, String> kinds = new HashMap<>();
        for (String kind : KINDS) {
            each(quads.find(Node.ANY, Node.ANY, RDF.type.asNode(), NodeFactory.createURI(NG.NS + kind)), quad -> {
                if (quad.getSubject().isURI()) {
                    kinds.merge(quad.getSubject().getURI(), kind, (a, b) -> KINDS.indexOf(a) >= KINDS.indexOf(b) ? a : b);
                }
            });
        }
        // each article graph names its entities once: the number of graphs that use a name is the number of its quads
        Map<String, Map<String, Long>> names = new HashMap<>();
        // and the names resolution across articles gathered on a node (skos:altLabel: short forms such as a bare surname)
        for (Node property : List.of(NG.name.asNode(), NG.alias.asNode(), SKOS.altLabel.asNode())) {
            each(quads.find(Node.ANY, Node.ANY, property, Node.ANY), quad -> {
                if (quad.getSubject().isURI() && quad.getObject().isLiteral() && kinds.containsKey(quad.getSubject().getURI())) {
                    names.computeIfAbsent(quad.getSubject().getURI(), k -> new LinkedHashMap<>())
                            .merge(quad.getObject().getLiteralLexicalForm(), 1L, Long::sum);
                }
            });
        }
        // the fullest name, which resolution across articles chose for the node
        Map<String, String> preferred = new HashMap<>();
        each(quads.find(Node.ANY, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY), quad -> {
            if (quad.getSubject().isURI() && quad.getObject().isLiteral()) {
                preferred.put(quad.getSubject().getURI(), quad.getObject().getLiteralLexicalForm());
            }
        });
        Map<String, String> isoCodes = new HashMap<>();
        each(quads.find(Node.ANY, Node.ANY, NG.isoCode.asNode(), Node.ANY), quad -> {
            if (quad.getSubject().isURI() && quad.getObject().isLiteral()) {
                isoCodes.put(quad.getSubject().getURI(), quad.getObject().getLiteralLexicalForm());
            }
        });
        Map<String, Entry> entries = new HashMap<>();
        kinds.forEach((iri, kind) -> {
            Map<String, Long> uses = names.getOrDefault(iri, Map.of());
            String iso = isoCodes.get(iri);
            List<String> ordered = uses.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            String label = preferred.containsKey(iri) ? preferred.get(iri) : !ordered.isEmpty() ? ordered.get(0) : iso != null ? iso : localName(iri);
            List<List<String>> folded = new ArrayList<>();
            for (String name : ordered) {
                folded.add(TextFold.words(name));
            }
            if (iso != null) {
                folded.add(TextFold.words(iso));
            }
            entries.put(iri, new Entry(iri, kind, label, ordered, iso, facts.getOrDefault(iri, 0), folded));
        });
        return new EntityIndex(version, entries);
    }

    private static void each(Iterator<Quad> quads, Consumer<Quad> action) {
        try {
            quads.forEachRemaining(action);
        } finally {
            Iter.close(quads);
        }
    }

    long version() {
        return version;
    }

    int size() {
        return entries.size();
    }

    /** The entry of an IRI, or null. */
    Entry get(String iri) {
        return entries.get(iri);
    }

    /** The entity's label, or the IRI's last segment when the index does not know it. */
    String label(String iri) {
        Entry entry = entries.get(iri);
        return entry != null ? entry.label() : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** The kind of an IRI, or null. */
    String kind(String iri) {
        Entry entry = entries.get(iri);
        return entry == null ? null : entry.kind();
    }

    /**
     * Entities one of whose names holds every word of the query as the start of one of its words, accents and case
     * aside ("noel bar" finds Jean-Noël Barrot), the ones with the most facts first; an empty query lists them all so.
     * {@code kind} null means any kind.
     */
    List<Entry> search(String query, String kind, int limit) {
        List<String> words = TextFold.words(query);
        List<Entry> found = new ArrayList<>();
        for (Entry entry : ranked) {
            if (found.size() >= limit) {
                break;
            }
            if ((kind == null || kind.equals(entry.kind())) && matches(entry, words)) {
                found.add(entry);
            }
        }
        return found;
    }

    private static boolean matches(Entry entry, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (List<String> name : entry.folded()) {
            if (words.stream().allMatch(word -> name.stream().anyMatch(part -> part.startsWith(word)))) {
                return true;
            }
        }
        return false;
    }

    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
