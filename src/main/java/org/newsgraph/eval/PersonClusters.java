package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How well persons are made one across articles: the system's person nodes against the gold's persons. An item is a
 * gold person name of an article (a role's person, a signatory, a speaker or target) that the system has as a person
 * node of that article (one of the node's names there, or the gold name's aliases, equal after the scorer's
 * normalisation). Two items are one gold person when their names or the articles' aliases for them meet (joined
 * transitively); one system person when they are the same node. B-cubed and pairwise precision and recall compare the
 * two clusterings over the items; names the system did not find as persons are counted, not scored (extraction measures
 * see them).
 */
public final class PersonClusters {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One aligned item: article, gold name, the gold person it is, the system node. */
    record Item(String article, String name, String gold, String node) {
    }

    /** B-cubed and pairwise figures over the items. */
    public record Result(int items, int goldNames, int goldPersons, int systemNodes, double bcubedP, double bcubedR,
                         double pairP, double pairR, long pairsBoth, long pairsSystem, long pairsGold) {
        public double bcubedF1() {
            return f1(bcubedP, bcubedR);
        }

        public double pairF1() {
            return f1(pairP, pairR);
        }

        public String table() {
            return String.format(Locale.ROOT, "persons across articles: %d of %d gold person names found as person nodes (%d gold persons, %d system nodes)%n"
                            + "person_clusters_bcubed   %.3f  %.3f  %.3f%n"
                            + "person_clusters_pairwise %.3f  %.3f  %.3f   %d/%d/%d pairs%n",
                    items, goldNames, goldPersons, systemNodes, bcubedP, bcubedR, bcubedF1(), pairP, pairR, pairF1(), pairsBoth, pairsSystem, pairsGold);
        }

        public ObjectNode toJson() {
            ObjectNode node = JSON.createObjectNode();
            node.put("items", items);
            node.put("gold_names", goldNames);
            node.put("gold_persons", goldPersons);
            node.put("system_nodes", systemNodes);
            ObjectNode bcubed = node.putObject("bcubed");
            bcubed.put("precision", bcubedP);
            bcubed.put("recall", bcubedR);
            bcubed.put("f1", bcubedF1());
            ObjectNode pairs = node.putObject("pairwise");
            pairs.put("precision", pairP);
            pairs.put("recall", pairR);
            pairs.put("f1", pairF1());
            pairs.put("matched", pairsBoth);
            pairs.put("system", pairsSystem);
            pairs.put("gold", pairsGold);
            return node;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private PersonClusters() {
    }

    /**
     * @param gold the gold facts by article id
     * @param nodes each article's person nodes (IRI) with the names the article gives them
     */
    public static Result score(Map<String, FactSheet> gold, Map<String, Map<String, Set<String>>> nodes) {
        Map<String, String> parent = new HashMap<>();
        List<String[]> names = new ArrayList<>();
        for (FactSheet sheet : gold.values()) {
            for (String name : personNames(sheet)) {
                names.add(new String[] {sheet.id(), name});
                union(parent, key(name), key(name));
                for (String alias : sheet.aliases().getOrDefault(name, List.of())) {
                    if (!Normalizer.isCode(alias)) {
                        union(parent, key(name), key(alias));
                    }
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (String[] entry : names) {
            String article = entry[0];
            String name = entry[1];
            Set<String> accepted = new HashSet<>();
            accepted.add(key(name));
            gold.get(article).aliases().getOrDefault(name, List.of()).forEach(a -> accepted.add(key(a)));
            for (var node : new TreeMap<>(nodes.getOrDefault(article, Map.of())).entrySet()) {
                if (node.getValue().stream().map(PersonClusters::key).anyMatch(accepted::contains)) {
                    items.add(new Item(article, name, find(parent, key(name)), node.getKey()));
                    break;
                }
            }
        }
        // gold persons: those a role or a signature says are persons, and the speakers and targets the system has as persons
        Set<String> persons = new HashSet<>();
        for (FactSheet sheet : gold.values()) {
            sheet.roles().forEach(r -> persons.add(find(parent, key(String.valueOf(r.person())))));
            sheet.treaties().forEach(t -> t.signatories().forEach(s -> persons.add(find(parent, key(String.valueOf(s))))));
        }
        items.forEach(i -> persons.add(i.gold()));
        Set<String> goldPersons = new TreeSet<>();
        int goldNames = 0;
        for (String[] n : names) {
            String person = find(parent, key(n[1]));
            if (persons.contains(person)) {
                goldPersons.add(person);
                goldNames++;
            }
        }
        Map<String, Integer> bySystem = new HashMap<>();
        Map<String, Integer> byGold = new HashMap<>();
        Map<String, Integer> byBoth = new HashMap<>();
        for (Item item : items) {
            bySystem.merge(item.node(), 1, Integer::sum);
            byGold.merge(item.gold(), 1, Integer::sum);
            byBoth.merge(item.node() + "\n" + item.gold(), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Item item : items) {
            double both = byBoth.get(item.node() + "\n" + item.gold());
            p += both / bySystem.get(item.node());
            r += both / byGold.get(item.gold());
        }
        long pairsBoth = byBoth.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long pairsSystem = bySystem.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long pairsGold = byGold.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        int n = items.size();
        return new Result(n, goldNames, goldPersons.size(), bySystem.size(), n == 0 ? 0 : p / n, n == 0 ? 0 : r / n,
                pairsSystem == 0 ? 1 : (double) pairsBoth / pairsSystem, pairsGold == 0 ? 1 : (double) pairsBoth / pairsGold,
                pairsBoth, pairsSystem, pairsGold);
    }

    /** The person names of an article's gold facts: roles' persons, signatories, speakers and targets that are not codes. */
    static Set<String> personNames(FactSheet sheet) {
        Set<String> found = new TreeSet<>();
        sheet.roles().forEach(r -> add(found, r.person()));
        sheet.treaties().forEach(t -> t.signatories().forEach(s -> add(found, s)));
        sheet.statements().forEach(s -> {
            add(found, s.speaker());
            add(found, s.target());
        });
        return found;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank() && !Normalizer.isCode(name)) {
            names.add(name);
        }
    }

    private static String key(String name) {
        return Normalizer.norm(name);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.getOrDefault(root, root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        parent.putIfAbsent(ra, ra);
        parent.putIfAbsent(rb, rb);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
