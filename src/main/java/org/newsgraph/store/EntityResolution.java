package org.newsgraph.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.rdf.EntityMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.resolve.LocalEntity;
import org.newsgraph.resolve.ResolvedEntity;

/**
 * Resolution across the store's articles, run after a build (and by {@code resolve}): reads every article's entities,
 * resolves them ({@link EntityResolver}), then in one write transaction points each article graph at the nodes chosen
 * (its quads naming an entity's former node now name the new one) and brings the entities graph to what it decided,
 * adding and removing only the quads that differ. A run killed
 * before it commits leaves the store as it was; running it again gives the same quads, whatever the order the
 * articles were built in. Its cost is linear in the store's entities (reading, blocking by family name, rewriting only
 * the articles whose nodes changed).
 */
public final class EntityResolution {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);

    private EntityResolution() {
    }

    /** What a run did, and how long each step took. */
    public record Report(int articles, int locals, int entities, int persons, int mergedPersons, int rewrittenArticles,
                         long quadsChanged, long entityQuads, long entityQuadsChanged, double readSeconds, double resolveSeconds,
                         double writeSeconds, List<String> notes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "resolved %,d entities of %,d articles into %,d nodes (%,d persons, %,d of them"
                            + " named differently by several articles); %,d article graphs repointed (%,d quads), %,d quads in the"
                            + " entities graph (%,d added or removed); %.1f s (reading %.1f, resolving %.1f, writing %.1f)",
                    locals, articles, entities, persons, mergedPersons, rewrittenArticles, quadsChanged, entityQuads, entityQuadsChanged,
                    readSeconds + resolveSeconds + writeSeconds, readSeconds, resolveSeconds, writeSeconds);
        }
    }

    /**
     * Resolves the store's entities.
     *
     * @param rules the user's merges and splits; null keeps the ones the store holds from an earlier run
     */
    public static Report run(GraphStore store, OfficeHolders dictionary, EntityRules rules) {
        long started = System.nanoTime();
        Read read = Txn.calculateRead(store.dataset(), () -> read(store, rules));
        long readDone = System.nanoTime();
        EntityResolver.Result result = new EntityResolver(dictionary).resolve(read.locals, read.rules);
        long resolved = System.nanoTime();
        // article graph -> (node now -> node chosen)
        Map<String, Map<String, String>> repoint = new TreeMap<>();
        Map<String, Map<String, String>> nodeOf = new HashMap<>();
        for (ResolvedEntity entity : result.entities()) {
            for (ResolvedEntity.Member member : entity.members()) {
                LocalEntity local = member.local();
                nodeOf.computeIfAbsent(local.article(), k -> new HashMap<>()).put(local.currentIri(), entity.iri());
                if (!local.currentIri().equals(entity.iri())) {
                    repoint.computeIfAbsent(local.article(), k -> new TreeMap<>()).put(local.currentIri(), entity.iri());
                }
            }
        }
        // what the entities graph is to hold, made before the write transaction so that it holds the store's lock briefly
        Set<Triple> wanted = new HashSet<>();
        new EntityMapper(dictionary, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                wanted.add(comparable(quad.asTriple()));
            }
        }).write(result.entities(), (article, iri) -> nodeOf.getOrDefault(article, Map.of()).getOrDefault(iri, iri), read.countries, read.rules);
        long entityQuads = wanted.size();
        long[] counts = new long[2];
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            for (var entry : repoint.entrySet()) {
                counts[0] += repoint(dsg, NodeFactory.createURI(entry.getKey()), entry.getValue());
            }
            // only what differs is written: a run that decides as the last one did writes nothing (no copy-on-write blocks)
            List<Triple> stale = new ArrayList<>();
            dsg.find(ENTITIES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                if (!wanted.remove(comparable(quad.asTriple()))) {
                    stale.add(quad.asTriple());
                }
            });
            stale.forEach(t -> dsg.delete(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject()));
            // in subject order: TDB2's indexes take ordered inserts faster than a hash set's order
            wanted.stream().sorted(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString()))
                    .forEach(t -> dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject()));
            counts[1] = stale.size() + wanted.size();
        });
        long written = System.nanoTime();
        int persons = 0;
        int merged = 0;
        for (ResolvedEntity entity : result.entities()) {
            if (entity.kind().equals("person")) {
                persons++;
                if (entity.members().stream().map(m -> m.local().name()).distinct().count() > 1) {
                    merged++;
                }
            }
        }
        List<String> notes = new ArrayList<>(read.notes);
        notes.addAll(result.notes());
        return new Report(read.articles, read.locals.size(), result.entities().size(), persons, merged, repoint.size(), counts[0], entityQuads, counts[1],
                (readDone - started) / 1e9, (resolved - readDone) / 1e9, (written - resolved) / 1e9, notes);
    }

    /**
     * A triple as it compares with the store's: TDB2 keeps a double by its value and gives it back in its own spelling
     * ("0.95" comes back "0.95e0"), so doubles are spelt one way on both sides.
     */
    private static Triple comparable(Triple t) {
        Node o = t.getObject();
        if (o.isLiteral() && (XSDDatatype.XSDdouble.equals(o.getLiteralDatatype()) || XSDDatatype.XSDfloat.equals(o.getLiteralDatatype()))) {
            try {
                o = NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(o.getLiteralLexicalForm())), XSDDatatype.XSDdouble);
                return Triple.create(t.getSubject(), t.getPredicate(), o);
            } catch (NumberFormatException e) {
                return t;
            }
        }
        return t;
    }

    /** Replaces, in one article graph, every quad naming a node to change by the quad naming its new node. */
    private static long repoint(DatasetGraph dsg, Node graph, Map<String, String> changes) {
        Map<Node, Node> to = new HashMap<>();
        changes.forEach((from, into) -> to.put(NodeFactory.createURI(from), NodeFactory.createURI(into)));
        Set<Quad> old = new HashSet<>();
        for (Node from : to.keySet()) {
            dsg.find(graph, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
            dsg.find(graph, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        }
        for (Quad quad : old) {
            dsg.delete(quad);
        }
        for (Quad quad : old) {
            dsg.add(graph, to.getOrDefault(quad.getSubject(), quad.getSubject()), quad.getPredicate(),
                    to.getOrDefault(quad.getObject(), quad.getObject()));
        }
        return old.size();
    }

    /** What resolution reads from the store. */
    private record Read(int articles, List<LocalEntity> locals, Set<String> countries, EntityRules rules, List<String> notes) {
    }

    private static Read read(GraphStore store, EntityRules given) {
        Map<String, String> ids = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        Set<String> allCountries = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        select(store, "entity-articles.rq", row -> {
            String g = row.getResource("g").getURI();
            ids.put(g, row.getLiteral("id").getString());
            RDFNode published = row.get("published");
            if (published != null && !dates.containsKey(g)) {
                try {
                    dates.put(g, LocalDate.parse(published.asLiteral().getLexicalForm()));
                } catch (DateTimeParseException e) {
                    dates.put(g, null);
                }
            }
            RDFNode code = row.get("code");
            countries.computeIfAbsent(g, k -> new TreeSet<>());
            if (code != null) {
                countries.get(g).add(code.asLiteral().getString());
                allCountries.add(code.asLiteral().getString());
            }
        });
        // (graph, local key) -> node, forms, mentions
        Map<String, Map<String, Pending>> pending = new TreeMap<>();
        Map<String, Map<String, List<String>>> keysOfNode = new HashMap<>();
        select(store, "entity-mentions.rq", row -> {
            String g = row.getResource("g").getURI();
            String key = row.getLiteral("key").getString();
            String node = row.getResource("entity").getURI();
            Pending p = pending.computeIfAbsent(g, k -> new TreeMap<>()).computeIfAbsent(key, k -> new Pending(node));
            p.forms.add(row.getLiteral("form").getString());
            p.mentions.add(row.getResource("mention").getURI());
            List<String> keys = keysOfNode.computeIfAbsent(g, k -> new HashMap<>()).computeIfAbsent(node, k -> new ArrayList<>());
            if (!keys.contains(key)) {
                keys.add(key);
            }
        });
        select(store, "entity-aliases.rq", row -> {
            String g = row.getResource("g").getURI();
            for (String key : keysOfNode.getOrDefault(g, Map.of()).getOrDefault(row.getResource("entity").getURI(), List.of())) {
                pending.get(g).get(key).forms.add(row.getLiteral("alias").getString());
            }
        });
        select(store, "entity-posts.rq", row -> {
            String g = row.getResource("g").getURI();
            String owner = row.get("code") != null ? row.getLiteral("code").getString()
                    : row.get("ownerName") != null ? row.getLiteral("ownerName").getString() : row.getResource("owner").getURI();
            LocalEntity.Held held = new LocalEntity.Held(row.getLiteral("role").getString(), owner, row.getResource("owner").getURI(),
                    row.getLiteral("current").getBoolean(), row.getResource("fact").getURI());
            for (String key : keysOfNode.getOrDefault(g, Map.of()).getOrDefault(row.getResource("person").getURI(), List.of())) {
                List<LocalEntity.Held> posts = pending.get(g).get(key).posts;
                if (!posts.contains(held)) {
                    posts.add(held);
                }
            }
        });
        List<LocalEntity> locals = new ArrayList<>();
        for (var graph : pending.entrySet()) {
            String g = graph.getKey();
            Map<String, Long> sharing = new HashMap<>();
            graph.getValue().values().forEach(p -> sharing.merge(p.node, 1L, Long::sum));
            for (var entry : graph.getValue().entrySet()) {
                Pending p = entry.getValue();
                if (sharing.get(p.node) > 1) {
                    notes.add("article '" + ids.get(g) + "': " + sharing.get(p.node) + " of its entities share the node " + p.node + "; '" + entry.getKey()
                            + "' is resolved with them");
                }
                p.posts.sort(java.util.Comparator.comparing(LocalEntity.Held::fact));
                locals.add(new LocalEntity(ids.getOrDefault(g, g), g, entry.getKey(), p.node, dates.get(g), p.forms, p.mentions, p.posts,
                        countries.getOrDefault(g, Set.of())));
            }
        }
        EntityRules rules = given;
        if (rules == null) {
            List<String> lines = new ArrayList<>();
            select(store, "entity-rules.rq", row -> lines.add(row.getLiteral("rule").getString()));
            rules = lines.isEmpty() ? EntityRules.NONE : EntityRules.parse("the store's entities rules", lines);
        }
        return new Read(ids.size(), locals, allCountries, rules, notes);
    }

    /** An article entity being read. */
    private static final class Pending {
        final String node;
        final Set<String> forms = new TreeSet<>();
        final Set<String> mentions = new TreeSet<>();
        final List<LocalEntity.Held> posts = new ArrayList<>();

        Pending(String node) {
            this.node = node;
        }
    }

    private static void select(GraphStore store, String resource, Consumer<QuerySolution> rows) {
        try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(QueryText.load("/org/newsgraph/store/" + resource)).build()) {
            execution.execSelect().forEachRemaining(rows);
        }
    }
}
