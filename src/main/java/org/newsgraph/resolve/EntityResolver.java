package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.resolve.LocalEntity.Held;
import org.newsgraph.model.Entity;
import org.newsgraph.rdf.Iris;

/**
 * Resolution across articles: the entities of every article (persons, organisations, treaties) made into one node
 * per real one. Persons: names are grouped by the dictionary of office-holders' person (its aliases are
 * transliterations) or by their spelling, then, among names of one family name, a name joins the group of names it is
 * compatible with ({@link PersonNames#compatible}: all of them, and only one such group, else posts decide); two
 * entities of one article are never merged (the article kept them apart). A bare surname joins a node only when its
 * article makes the referent clear: a post it gives agrees with one node's posts or dictionary terms at that date, or
 * the dictionary has one holder of that name then for a state the article speaks of; otherwise it stays a node of its
 * own. Organisations and treaties are one when their names agree after normalisation (or a treaty's alias names
 * another). The user's rules come last. The result depends on the set of entities only, never on their order: every
 * choice is made in a sorted order and every IRI comes from the names. Blocking by family name keeps the work near
 * linear in the number of entities.
 */
public final class EntityResolver {
    /** How far apart (days) an article's date and another article's attestation of the same post may be. */
    private static final long POST_WINDOW_DAYS = 4 * 366;

    private final OfficeHolders dictionary;

    /** @param dictionary the office-holders (persons.tsv and a user's), or null */
    public EntityResolver(OfficeHolders dictionary) {
        this.dictionary = dictionary;
    }

    /** The nodes, sorted by IRI, and notes on user rules that could not be applied. */
    public record Result(List<ResolvedEntity> entities, List<String> notes) {
        public Result {
            entities = List.copyOf(entities);
            notes = List.copyOf(notes);
        }

        /** The node of each article entity. */
        public Map<LocalEntity, String> iris() {
            Map<LocalEntity, String> iris = new HashMap<>();
            entities.forEach(e -> e.members().forEach(m -> iris.put(m.local(), e.iri())));
            return iris;
        }
    }

    /** The dates of the articles that give a node one post: a look-up by date, so a popular node costs no more than a rare one. */
    private static final class PostDates {
        final TreeSet<LocalDate> dates = new TreeSet<>();
        boolean undated;

        void add(LocalDate date) {
            if (date == null) {
                undated = true;
            } else {
                dates.add(date);
            }
        }

        /** Whether an article of this date (or of none) lies within the window of one of them. */
        boolean near(LocalDate date) {
            if (date == null || undated) {
                return true;
            }
            LocalDate from = dates.ceiling(date.minusDays(POST_WINDOW_DAYS));
            return from != null && !from.isAfter(date.plusDays(POST_WINDOW_DAYS));
        }
    }

    /** A node under construction. */
    private static final class Cluster {
        final String kind;
        final List<ResolvedEntity.Member> members = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        /** The representative names of its groups (persons). */
        final List<PersonNames.Name> names = new ArrayList<>();
        String dictionaryName;
        /** The current posts its members' articles give it, by owner and label, with those articles' dates. */
        final Map<String, Map<String, PostDates>> posts = new HashMap<>();
        /** The key that names it (organisations, treaties, splits). */
        String key;

        Cluster(String kind) {
            this.kind = kind;
        }

        boolean holdsArticleOf(Collection<LocalEntity> locals) {
            return locals.stream().anyMatch(l -> articles.contains(l.articleId()));
        }

        void add(LocalEntity local, String reason, String explanation, double confidence) {
            members.add(new ResolvedEntity.Member(local, reason, explanation, confidence));
            articles.add(local.articleId());
            for (Held held : local.posts()) {
                if (held.current()) {
                    posts.computeIfAbsent(held.owner(), k -> new HashMap<>()).computeIfAbsent(held.role(), k -> new PostDates()).add(local.published());
                }
            }
        }

        String minMember() {
            return members.stream().map(m -> m.local().articleId() + "\n" + m.local().localKey()).min(String::compareTo).orElse("");
        }
    }

    public Result resolve(Collection<LocalEntity> all, EntityRules rules) {
        List<LocalEntity> sorted = new ArrayList<>(all);
        sorted.sort(null);
        List<Cluster> clusters = new ArrayList<>();
        clusters.addAll(persons(sorted.stream().filter(l -> l.kind().equals("person")).toList()));
        clusters.addAll(byKey(sorted.stream().filter(l -> l.kind().equals("organisation")).toList(), "organisation"));
        clusters.addAll(treaties(sorted.stream().filter(l -> l.kind().equals("treaty")).toList()));
        for (LocalEntity other : sorted) {
            if (!Set.of("person", "organisation", "treaty").contains(other.kind())) {
                Cluster own = new Cluster(other.kind());
                own.key = other.name();
                own.add(other, "same-name", "'" + other.name() + "'", 1.0);
                clusters.add(own);
            }
        }
        List<String> notes = new ArrayList<>();
        clusters = applyRules(clusters, rules, notes);
        return new Result(finish(clusters), notes);
    }

    // ---------------------------------------------------------------- persons

    private List<Cluster> persons(List<LocalEntity> persons) {
        Map<LocalEntity, PersonNames.Name> names = new HashMap<>();
        persons.forEach(p -> names.put(p, PersonNames.parse(p.name())));
        // groups: the dictionary's person, else the name as spelt (up to transliteration)
        Map<String, List<LocalEntity>> groups = new TreeMap<>();
        Map<String, String> dictionaryOf = new HashMap<>();
        List<LocalEntity> bare = new ArrayList<>();
        for (LocalEntity person : persons) {
            PersonNames.Name name = names.get(person);
            if (name.bare()) {
                bare.add(person);
                continue;
            }
            String listed = dictionary == null ? null : dictionary.personNamed(person.name());
            String key = listed != null ? "dict:" + listed : "name:" + name.key();
            if (listed != null) {
                dictionaryOf.put(key, listed);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
        }
        // an article that names two entities of one group kept them apart (its resolver did): the second stands alone
        groups = onePerArticle(groups);
        for (String key : List.copyOf(dictionaryOf.keySet())) {
            groups.keySet().stream().filter(k -> k.startsWith(key + " | ")).forEach(k -> dictionaryOf.put(k, dictionaryOf.get(key)));
        }
        // blocks: groups that share a family name (a dictionary person's aliases join theirs)
        UnionFind blocks = new UnionFind();
        Map<String, PersonNames.Name> representative = new HashMap<>();
        for (var group : groups.entrySet()) {
            PersonNames.Name best = group.getValue().stream().map(names::get)
                    .max(Comparator.comparingInt(PersonNames.Name::specificity).thenComparing(n -> n.text(), Comparator.reverseOrder())).orElseThrow();
            representative.put(group.getKey(), best);
            for (String family : PersonNames.familyNames(best)) {
                blocks.union(group.getKey(), "surname:" + family);
            }
            String listed = dictionaryOf.get(group.getKey());
            if (listed != null) {
                for (String form : dictionary.formsOf(listed)) {
                    PersonNames.Name formName = PersonNames.parse(form);
                    if (!formName.bare()) {
                        blocks.union(group.getKey(), "surname:" + formName.surname());
                    }
                }
            }
        }
        Map<String, List<String>> groupsByBlock = new TreeMap<>();
        for (String group : groups.keySet()) {
            groupsByBlock.computeIfAbsent(blocks.find(group), k -> new ArrayList<>()).add(group);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<String> block : groupsByBlock.values()) {
            // dictionary persons first, then the names that say most, so a short name meets every full one it may be
            block.sort(Comparator.<String, Boolean>comparing(g -> !dictionaryOf.containsKey(g))
                    .thenComparing(g -> -representative.get(g).specificity()).thenComparing(g -> g));
            List<Cluster> here = new ArrayList<>();
            for (String group : block) {
                placeGroup(group, groups.get(group), representative.get(group), dictionaryOf.get(group), here);
            }
            clusters.addAll(here);
        }
        placeBare(bare, names, clusters);
        return clusters;
    }

    private void placeGroup(String key, List<LocalEntity> locals, PersonNames.Name name, String listed, List<Cluster> here) {
        List<Cluster> candidates = new ArrayList<>();
        for (Cluster cluster : here) {
            boolean otherPerson = listed != null && cluster.dictionaryName != null && !listed.equals(cluster.dictionaryName);
            if (!otherPerson && !cluster.holdsArticleOf(locals) && cluster.names.stream().allMatch(n -> PersonNames.compatible(n, name))) {
                candidates.add(cluster);
            }
        }
        Cluster chosen = null;
        String how = null;
        if (candidates.size() == 1) {
            chosen = candidates.get(0);
            how = "";
        } else if (candidates.size() > 1) {
            List<Cluster> agreeing = candidates.stream().filter(c -> locals.stream().anyMatch(l -> postAgrees(c, l))).toList();
            if (agreeing.size() == 1) {
                chosen = agreeing.get(0);
                how = "; of the " + candidates.size() + " nodes its name fits, only this one holds the post it holds";
            }
        }
        if (chosen == null) {
            chosen = new Cluster("person");
            chosen.dictionaryName = listed;
            here.add(chosen);
            String ambiguous = candidates.size() > 1 ? "; its name fits " + candidates.size() + " nodes and no post tells them apart, so it stands apart" : "";
            for (LocalEntity local : locals) {
                if (listed != null) {
                    chosen.add(local, "dictionary", "'" + local.name() + "' is " + listed + " in the dictionary of office-holders" + terms(listed) + ambiguous, 0.95);
                } else if (locals.size() > 1) {
                    chosen.add(local, "same-name", "the name '" + local.name() + "' as " + locals.size() + " articles spell it" + ambiguous, 0.9);
                } else {
                    chosen.add(local, "new", "the only article entity named '" + local.name() + "'" + ambiguous, 0.9);
                }
            }
            chosen.names.add(name);
            return;
        }
        String with = chosen.names.stream().map(PersonNames.Name::text).sorted().findFirst().orElse("");
        if (chosen.dictionaryName == null && listed != null) {
            chosen.dictionaryName = listed;
        }
        boolean initialsOnly = name.given().stream().allMatch(g -> g.length() == 1);
        for (LocalEntity local : locals) {
            if (listed != null && listed.equals(chosen.dictionaryName)) {
                chosen.add(local, "dictionary", "'" + local.name() + "' is " + listed + " in the dictionary of office-holders" + terms(listed), 0.95);
            } else {
                chosen.add(local, "name-variant", "'" + local.name() + "' and '" + with + "' are forms of one name (same family name, "
                        + "given names that agree as initials, short forms or spellings)" + how, initialsOnly ? 0.6 : how.isEmpty() ? 0.8 : 0.85);
            }
        }
        chosen.names.add(name);
    }

    private String terms(String listed) {
        List<OfficeHolders.Term> terms = dictionary.termsOf(listed);
        if (terms.isEmpty()) {
            return "";
        }
        List<String> said = new ArrayList<>();
        for (OfficeHolders.Term t : terms) {
            said.add(t.post() + " of " + t.owner().label() + " " + (t.from() == null ? "" : t.from().toString().substring(0, 7)) + ".."
                    + (t.to() == null ? "" : t.to().toString().substring(0, 7)));
        }
        return " (" + String.join(", ", said) + ")";
    }

    /** Bare names: a node whose posts or dictionary terms agree, or the dictionary's sole holder of the name; else their own. */
    private void placeBare(List<LocalEntity> bare, Map<LocalEntity, PersonNames.Name> names, List<Cluster> clusters) {
        Map<String, List<Cluster>> byWord = new HashMap<>();
        Map<String, Cluster> byDictionary = new HashMap<>();
        for (Cluster cluster : clusters) {
            Set<String> words = new TreeSet<>();
            cluster.names.forEach(n -> {
                words.add(n.surname());
                words.add(n.first());
            });
            words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(cluster));
            if (cluster.dictionaryName != null) {
                byDictionary.put(cluster.dictionaryName, cluster);
            }
        }
        List<Cluster> added = new ArrayList<>();
        for (LocalEntity local : bare) {
            String word = names.get(local).surname();
            List<Cluster> candidates = byWord.getOrDefault(word, List.of()).stream()
                    .filter(c -> !c.articles.contains(local.articleId())).toList();
            List<Cluster> agreeing = candidates.stream().filter(c -> postAgrees(c, local)).toList();
            if (agreeing.size() == 1) {
                Cluster chosen = agreeing.get(0);
                Held post = local.posts().stream().filter(Held::current).findFirst().orElseThrow();
                chosen.add(local, "post", "'" + local.name() + "' is " + prefName(chosen) + ": the article gives " + post.role() + " of "
                        + post.owner() + (local.published() == null ? "" : " on " + local.published()) + ", a post only that node of the name holds then", 0.85);
                continue;
            }
            OfficeHolders.Term term = dictionary == null || local.published() == null ? null : dictionary.soleHolderNamed(local.name(), local.published());
            String owner = term == null ? null : ownerKey(term.owner());
            if (term != null && (local.countries().contains(owner) || local.posts().stream().anyMatch(p -> owner.equals(p.owner())))) {
                Cluster chosen = byDictionary.get(term.name());
                if (chosen == null || chosen.articles.contains(local.articleId())) {
                    chosen = new Cluster("person");
                    chosen.dictionaryName = term.name();
                    chosen.names.add(PersonNames.parse(term.name()));
                    byDictionary.put(term.name(), chosen);
                    added.add(chosen);
                }
                chosen.add(local, "dictionary", "'" + local.name() + "' on " + local.published() + " in an article about " + owner
                        + ": the dictionary of office-holders has one holder of that name then, " + term.name() + " (" + term.post() + " of " + owner + ")", 0.75);
                continue;
            }
            Cluster own = new Cluster("person");
            own.key = "bare:" + local.articleId();
            own.add(local, "bare-name", "'" + local.name() + "' alone: its article does not say who this is"
                    + (candidates.isEmpty() ? "" : " (" + candidates.size() + " nodes bear the name)") + ", so it stays apart", 0.5);
            own.names.add(names.get(local));
            added.add(own);
        }
        clusters.addAll(added);
    }

    private static String prefName(Cluster cluster) {
        return cluster.dictionaryName != null ? cluster.dictionaryName
                : cluster.names.stream().map(PersonNames.Name::text).max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse("?");
    }

    /**
     * Whether a current post the article gives the entity is one the node holds: attested by another article within
     * four years, or a dictionary term of the node's person that covers the article's date.
     */
    private boolean postAgrees(Cluster cluster, LocalEntity local) {
        for (Held post : local.posts()) {
            if (!post.current()) {
                continue;
            }
            for (var held : cluster.posts.getOrDefault(post.owner(), Map.of()).entrySet()) {
                if (samePost(held.getKey(), post.role()) && held.getValue().near(local.published())) {
                    return true;
                }
            }
            if (cluster.dictionaryName != null && dictionary != null) {
                for (OfficeHolders.Term term : dictionary.termsOf(cluster.dictionaryName)) {
                    if (ownerKey(term.owner()).equals(post.owner()) && samePost(term.post(), post.role()) && term.covers(local.published())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean samePost(String a, String b) {
        return OfficeHolders.samePost(a, b) || OfficeHolders.samePost(b, a);
    }

    /** How posts name their owner: a country's code, else an organisation's name as {@link #organisationKey} has it. */
    public static String ownerKey(Entity owner) {
        return owner.kind() == org.newsgraph.model.EntityKind.COUNTRY ? owner.key() : owner.key();
    }

    // ---------------------------------------------------------------- organisations and treaties

    /** Entities whose normalised names are equal are one. */
    private static List<Cluster> byKey(List<LocalEntity> locals, String kind) {
        Map<String, List<LocalEntity>> groups = new TreeMap<>();
        for (LocalEntity local : locals) {
            groups.computeIfAbsent(organisationKey(local.name()), k -> new ArrayList<>()).add(local);
        }
        return keyed(groups, kind, "name-variant", 0.85, "is one of the names", ", equal once articles, 'the', the order of "
                + "'Department of X' / 'X Department', plurals and 'movement' or 'group' are set aside");
    }

    /**
     * A node of each group of one key (an article's second entity of a group in a node of its own), each member
     * explained: its name alone, or, where the group spells it several ways, the spellings and why they agree.
     */
    private static List<Cluster> keyed(Map<String, List<LocalEntity>> groups, String kind, String variantReason, double variantConfidence,
                                       String isOneOf, String because) {
        List<Cluster> clusters = new ArrayList<>();
        for (var group : onePerArticle(groups).entrySet()) {
            Cluster cluster = new Cluster(kind);
            cluster.key = group.getKey();
            Set<String> spellings = new TreeSet<>();
            group.getValue().forEach(l -> spellings.add(l.name()));
            boolean variant = spellings.size() > 1;
            for (LocalEntity local : group.getValue()) {
                cluster.add(local, variant ? variantReason : "same-name", variant
                        ? "'" + local.name() + "' " + isOneOf + " " + spellings.stream().map(s -> "'" + s + "'").toList() + because
                        : "the name '" + local.name() + "'", variant ? variantConfidence : 0.95);
            }
            clusters.add(cluster);
        }
        return clusters;
    }

    /**
     * Groups in which an article has at most one entity: an article that names two entities of one group ("State
     * Department" and "Department of State") kept them apart, so its second (in order) forms a group of its own name.
     */
    private static Map<String, List<LocalEntity>> onePerArticle(Map<String, List<LocalEntity>> groups) {
        Map<String, List<LocalEntity>> split = new TreeMap<>();
        for (var group : groups.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (LocalEntity local : group.getValue()) {
                String key = seen.add(local.articleId()) ? group.getKey() : group.getKey() + " | " + local.name();
                split.computeIfAbsent(key, k -> new ArrayList<>()).add(local);
            }
        }
        return split;
    }

    /** An organisation's name for comparison: "U.S. Department of State", "US State Department": "us state department". */
    public static String organisationKey(String name) {
        String key = PersonNames.fold(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        key = key.replaceAll("^the ", "").replaceAll("\\b(u s a|u s|usa|united states of america|united states)\\b", "us");
        key = key.replaceAll("^(us |)(department|ministry|office) of (the )?(.+)$", "$1$4 $2");
        key = key.replaceAll(" (movement|group)$", "");
        key = key.replaceAll("([a-z]{3,})s$", "$1");
        return key.isBlank() ? PersonNames.fold(name) : key;
    }

    /** A treaty's name for comparison: without "the" and a closing treaty word ("New START Treaty": "new start"). */
    public static String treatyKey(String name) {
        String key = PersonNames.fold(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip().replaceAll("^the ", "");
        String shorter = key.replaceAll(" (treaty|agreement|accord|accords|pact|deal|convention)$", "");
        return shorter.isBlank() ? key : shorter;
    }

    /** Treaties: one when names agree, or a proper alias of one (capitalised, two words or more) names the other. */
    private static List<Cluster> treaties(List<LocalEntity> locals) {
        UnionFind same = new UnionFind();
        for (LocalEntity local : locals) {
            String key = treatyKey(local.name());
            same.union("local:" + local.articleId() + "\n" + local.localKey(), "key:" + key);
            for (String form : local.forms()) {
                if (!form.equals(local.name()) && form.matches(".*\\p{Lu}.*") && form.strip().contains(" ")) {
                    same.union("key:" + key, "key:" + treatyKey(form));
                }
            }
        }
        Map<String, List<LocalEntity>> groups = new TreeMap<>();
        for (LocalEntity local : locals) {
            groups.computeIfAbsent(same.find("key:" + treatyKey(local.name())), k -> new ArrayList<>()).add(local);
        }
        Map<String, List<LocalEntity>> keyed = new TreeMap<>();
        for (List<LocalEntity> group : groups.values()) {
            keyed.put(group.stream().map(l -> treatyKey(l.name())).min(String::compareTo).orElseThrow(), group);
        }
        return keyed(keyed, "treaty", "alias", 0.8, "is one of",
                ": the names agree without 'the' and a closing treaty word, or an article gives one as the other's alias");
    }

    // ---------------------------------------------------------------- the user's rules

    private static List<Cluster> applyRules(List<Cluster> clusters, EntityRules rules, List<String> notes) {
        for (EntityRules.Rule rule : rules.rules()) {
            if (!rule.merge()) {
                String wanted = comparable(rule.names().get(0));
                Cluster split = new Cluster(rule.kind());
                split.key = "split:" + wanted + (rule.articleId() == null ? "" : "\n" + rule.articleId());
                for (Cluster cluster : clusters) {
                    if (!cluster.kind.equals(rule.kind()) || cluster == split) {
                        continue;
                    }
                    var it = cluster.members.iterator();
                    while (it.hasNext()) {
                        ResolvedEntity.Member m = it.next();
                        if (comparable(m.local().name()).equals(wanted) && (rule.articleId() == null || rule.articleId().equals(m.local().articleId()))) {
                            it.remove();
                            split.add(m.local(), "user-split", "the user's rule '" + rule.line().replace('\t', ' ') + "' takes it apart", 1.0);
                        }
                    }
                    cluster.articles.clear();
                    cluster.members.forEach(m -> cluster.articles.add(m.local().articleId()));
                }
                if (split.members.isEmpty()) {
                    notes.add("entities rule '" + rule.line().replace('\t', ' ') + "': no entity has that name");
                } else {
                    if (rule.kind().equals("person")) {
                        split.names.add(PersonNames.parse(rule.names().get(0)));
                    }
                    clusters.add(split);
                }
            }
        }
        clusters.removeIf(c -> c.members.isEmpty());
        for (EntityRules.Rule rule : rules.rules()) {
            if (!rule.merge()) {
                continue;
            }
            List<Cluster> joined = new ArrayList<>();
            for (String name : rule.names()) {
                String wanted = comparable(name);
                clusters.stream().filter(c -> c.kind.equals(rule.kind()) && !joined.contains(c)
                        && c.members.stream().anyMatch(m -> comparable(m.local().name()).equals(wanted))).forEach(joined::add);
            }
            String said = rule.line().replace('\t', ' ');
            if (joined.size() < 2) {
                notes.add("entities rule '" + said + "': " + (joined.isEmpty() ? "no entity has those names" : "they are one node already"));
                continue;
            }
            Cluster into = joined.get(0);
            Set<String> seen = new HashSet<>();
            boolean clash = joined.stream().flatMap(c -> c.articles.stream()).anyMatch(a -> !seen.add(a));
            if (clash) {
                notes.add("entities rule '" + said + "': not applied, one article names two of them apart (split the article's entity first)");
                continue;
            }
            for (Cluster other : joined.subList(1, joined.size())) {
                for (ResolvedEntity.Member m : other.members) {
                    into.add(m.local(), "user-merge", "the user's rule '" + said + "' joins it", 1.0);
                }
                into.names.addAll(other.names);
                if (into.dictionaryName == null) {
                    into.dictionaryName = other.dictionaryName;
                }
                other.members.clear();
            }
        }
        clusters.removeIf(c -> c.members.isEmpty());
        return clusters;
    }

    /** A name as rules compare it: folded, without punctuation or extra spaces. */
    static String comparable(String name) {
        return PersonNames.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
    }

    // ---------------------------------------------------------------- IRIs and names

    private List<ResolvedEntity> finish(List<Cluster> clusters) {
        Map<String, List<Cluster>> byIri = new TreeMap<>();
        for (Cluster cluster : clusters) {
            byIri.computeIfAbsent(baseIri(cluster), k -> new ArrayList<>()).add(cluster);
        }
        Map<Cluster, String> iris = new LinkedHashMap<>();
        for (var entry : byIri.entrySet()) {
            List<Cluster> same = entry.getValue();
            same.sort(Comparator.comparing(Cluster::minMember));
            for (int i = 0; i < same.size(); i++) {
                iris.put(same.get(i), i == 0 ? entry.getKey() : entry.getKey() + "-" + Iris.hash(same.get(i).minMember(), 3));
            }
        }
        // an IRI an earlier build gave: the slug of each name (what articles write before resolution); kept where only one node claims it
        Map<String, Set<String>> claims = new HashMap<>();
        for (var entry : iris.entrySet()) {
            for (String former : formerIris(entry.getKey())) {
                claims.computeIfAbsent(former, k -> new HashSet<>()).add(entry.getValue());
            }
        }
        Set<String> taken = new HashSet<>(iris.values());
        List<ResolvedEntity> entities = new ArrayList<>();
        for (var entry : iris.entrySet()) {
            Cluster cluster = entry.getKey();
            SortedSet<String> former = new TreeSet<>();
            for (String iri : formerIris(cluster)) {
                if (claims.get(iri).size() == 1 && !taken.contains(iri)) {
                    former.add(iri);
                }
            }
            String pref = prefLabel(cluster);
            SortedSet<String> alt = new TreeSet<>();
            for (ResolvedEntity.Member m : cluster.members) {
                alt.add(m.local().name());
                alt.addAll(m.local().forms());
            }
            alt.remove(pref);
            List<ResolvedEntity.Member> members = new ArrayList<>(cluster.members);
            members.sort(Comparator.comparing(ResolvedEntity.Member::local));
            entities.add(new ResolvedEntity(entry.getValue(), cluster.kind, pref, alt, members, cluster.dictionaryName, former));
        }
        entities.sort(Comparator.comparing(ResolvedEntity::iri));
        return entities;
    }

    private static String baseIri(Cluster cluster) {
        return switch (cluster.kind) {
            case "person" -> {
                if (cluster.dictionaryName != null) {
                    yield Iris.entity(Entity.person(cluster.dictionaryName));
                }
                String name = mostUsedFullName(cluster);
                if (name == null) {
                    // a bare name no article made clear: a node of its article's
                    ResolvedEntity.Member first = cluster.members.stream().min(Comparator.comparing(ResolvedEntity.Member::local)).orElseThrow();
                    yield Iris.entity(Entity.person(first.local().name())) + "-" + Iris.hash(first.local().articleId(), 3);
                }
                yield Iris.entity(Entity.person(name));
            }
            case "organisation" -> Iris.entity(Entity.organisation(cluster.key));
            case "treaty" -> Iris.treaty(cluster.key);
            default -> cluster.members.get(0).local().currentIri();
        };
    }

    /** The full name most articles use (then one without a title, then the longest, then the first in order); null when all are bare. */
    private static String mostUsedFullName(Cluster cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ResolvedEntity.Member m : cluster.members) {
            if (!PersonNames.parse(m.local().name()).bare()) {
                counts.merge(m.local().name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> !PersonNames.titled(e.getKey())).thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> formerIris(Cluster cluster) {
        List<String> former = new ArrayList<>();
        for (ResolvedEntity.Member m : cluster.members) {
            LocalEntity local = m.local();
            switch (cluster.kind) {
                case "person" -> {
                    String slug = Iris.entity(Entity.person(local.name()));
                    former.add(slug);
                    if (PersonNames.parse(local.name()).bare()) {
                        former.add(slug + "-" + Iris.hash(local.articleId(), 3));
                    }
                }
                case "organisation" -> former.add(Iris.entity(Entity.organisation(local.name())));
                case "treaty" -> former.add(Iris.treaty(local.name()));
                default -> {
                }
            }
        }
        return former;
    }

    /**
     * The fullest name: of the articles' own names, the one with most words that are names (then one without a title
     * before it, then the longest, then the most used, then the first in order); organisations and treaties: the most
     * used (then the longest).
     */
    private static String prefLabel(Cluster cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        cluster.members.forEach(m -> counts.merge(m.local().name(), 1, Integer::sum));
        Comparator<Map.Entry<String, Integer>> order = cluster.kind.equals("person")
                ? Comparator.<Map.Entry<String, Integer>>comparingInt(e -> PersonNames.nameWords(e.getKey()))
                        .thenComparing(e -> !PersonNames.titled(e.getKey())).thenComparingInt(e -> e.getKey().length())
                        .thenComparingInt(Map.Entry::getValue)
                : Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparingInt(e -> e.getKey().length());
        String best = counts.entrySet().stream().max(order.thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElseThrow();
        if (cluster.kind.equals("person") && PersonNames.parse(best).bare() && cluster.dictionaryName != null) {
            return cluster.dictionaryName;
        }
        return best;
    }

    /** Union-find over strings, for blocks and treaty aliases. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String root = x;
            while (!parent.getOrDefault(root, root).equals(root)) {
                root = parent.get(root);
            }
            String at = x;
            while (!at.equals(root)) {
                String next = parent.getOrDefault(at, at);
                parent.put(at, root);
                at = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                // the smaller root wins, so the result does not depend on the order of unions
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
