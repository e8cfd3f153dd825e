package org.newsgraph.rdf;

import static org.newsgraph.rdf.FactMapper.literal;
import static org.newsgraph.rdf.FactMapper.uri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.resolve.LocalEntity;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.Wikidata;

/**
 * Writes what resolution across articles decided into the entities graph ({@link Iris#ENTITIES_GRAPH}): each node's
 * type, skos:prefLabel, skos:altLabel and rdfs:label, owl:sameAs its former IRIs and its Wikidata QID, each article
 * entity it was made of as an ng:Resolution (reason, explanation, confidence, mentions), the posts persons held over
 * time as W3C ORG memberships with OWL-Time intervals, and the user's rules in force.
 */
public final class EntityMapper {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node GRAPH = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node RULES = NodeFactory.createURI(NG.ID + "entities-rules");

    private final OfficeHolders dictionary;
    private final StreamRDF sink;

    /** @param dictionary the office-holders whose terms date memberships, or null */
    public EntityMapper(OfficeHolders dictionary, StreamRDF sink) {
        this.dictionary = dictionary;
        this.sink = sink;
    }

    /**
     * @param ownerIri the node an article's post owner (its IRI before resolution) is now: (article IRI, IRI) to IRI
     * @param countries the codes of the countries the store names
     */
    public void write(Collection<ResolvedEntity> entities, BiFunction<String, String, String> ownerIri, Collection<String> countries, EntityRules rules) {
        for (ResolvedEntity entity : entities) {
            writeEntity(entity);
            if (entity.kind().equals("person")) {
                writePosts(entity, ownerIri);
            }
        }
        for (String code : countries) {
            String qid = Wikidata.qid(code);
            if (qid != null) {
                add(uri(NG.ID + "country-" + code), OWL.sameAs.asNode(), uri(Wikidata.ENTITY + qid));
            }
        }
        for (String line : rules.lines()) {
            add(RULES, NG.rule.asNode(), literal(line));
        }
    }

    private void writeEntity(ResolvedEntity entity) {
        Node node = uri(entity.iri());
        Node type = switch (entity.kind()) {
            case "person" -> NG.Person.asNode();
            case "organisation" -> NG.Organisation.asNode();
            case "treaty" -> NG.Treaty.asNode();
            default -> null;
        };
        if (type == null) {
            return;
        }
        add(node, RDF.type.asNode(), type);
        add(node, SKOS.prefLabel.asNode(), literal(entity.prefLabel()));
        add(node, NG.name.asNode(), literal(entity.prefLabel()));
        add(node, RDFS.label.asNode(), literal(entity.prefLabel()));
        for (String alt : entity.altLabels()) {
            add(node, SKOS.altLabel.asNode(), literal(alt));
            add(node, RDFS.label.asNode(), literal(alt));
        }
        for (String former : entity.formerIris()) {
            // the old IRI first, so that "?old owl:sameAs ?node" leads from an IRI an earlier build gave to the node
            add(uri(former), OWL.sameAs.asNode(), node);
        }
        String qid = entity.kind().equals("organisation") ? Wikidata.qid(entity.prefLabel()) : null;
        if (qid != null) {
            add(node, OWL.sameAs.asNode(), uri(Wikidata.ENTITY + qid));
        }
        for (ResolvedEntity.Member member : entity.members()) {
            LocalEntity local = member.local();
            Node resolution = uri(Iris.resolution(entity.iri(), local.articleId(), local.localKey()));
            add(node, NG.resolvedFrom.asNode(), resolution);
            add(resolution, RDF.type.asNode(), NG.Resolution.asNode());
            add(resolution, uri(PROV + "wasDerivedFrom"), uri(local.article()));
            add(resolution, NG.localKey.asNode(), literal(local.localKey()));
            add(resolution, NG.reason.asNode(), literal(member.reason()));
            add(resolution, NG.explanation.asNode(), literal(member.explanation()));
            add(resolution, NG.confidence.asNode(), NodeFactory.createLiteralDT(Double.toString(member.confidence()), XSDDatatype.XSDdouble));
            for (String mention : local.mentions()) {
                add(resolution, NG.mention.asNode(), uri(mention));
            }
        }
    }

    /** An attestation of a post: the fact, whether current, the article's date, the owner's node. */
    private record Seen(LocalEntity.Held held, LocalDate date, String owner) {
    }

    /**
     * One shared post per owner and title, and one membership per person, post and term (the dictionary's term that
     * covers the articles' dates, where it knows one), dated by the articles that attest it.
     */
    private void writePosts(ResolvedEntity person, BiFunction<String, String, String> ownerIri) {
        Map<String, List<Seen>> byPost = new TreeMap<>();
        for (ResolvedEntity.Member member : person.members()) {
            for (LocalEntity.Held held : member.local().posts()) {
                String owner = ownerIri.apply(member.local().article(), held.ownerIri());
                String post = Iris.post(localName(owner), role(held.role()));
                byPost.computeIfAbsent(post, k -> new ArrayList<>()).add(new Seen(held, member.local().published(), owner));
            }
        }
        for (var entry : byPost.entrySet()) {
            List<Seen> seen = entry.getValue();
            Node post = uri(entry.getKey());
            Seen first = seen.get(0);
            String role = role(first.held().role());
            add(post, RDF.type.asNode(), uri(ORG + "Post"));
            add(post, NG.roleLabel.asNode(), literal(role));
            add(post, uri(ORG + "postIn"), uri(first.owner()));
            add(post, RDFS.label.asNode(), literal(role + " (" + first.held().owner() + ")"));
            // attestations grouped by the dictionary term that covers their date (null: none)
            Map<String, List<Seen>> byTerm = new TreeMap<>();
            Map<String, OfficeHolders.Term> terms = new TreeMap<>();
            for (Seen s : seen) {
                OfficeHolders.Term term = termOf(person, s);
                String key = term == null || term.from() == null ? "" : term.from().toString();
                byTerm.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                if (term != null) {
                    terms.put(key, term);
                }
            }
            for (var group : byTerm.entrySet()) {
                writeMembership(person, post, group.getValue(), terms.get(group.getKey()), group.getKey());
            }
        }
    }

    private void writeMembership(ResolvedEntity person, Node post, List<Seen> seen, OfficeHolders.Term term, String termKey) {
        Node membership = uri(Iris.membership(person.iri(), post.getURI() + "\n" + termKey));
        add(membership, RDF.type.asNode(), uri(ORG + "Membership"));
        add(membership, uri(ORG + "member"), uri(person.iri()));
        add(membership, uri(ORG + "organization"), uri(seen.get(0).owner()));
        add(membership, NG.post.asNode(), post);
        LocalDate firstSeen = null;
        LocalDate lastSeen = null;
        for (Seen s : seen) {
            add(membership, NG.attestedBy.asNode(), uri(s.held().fact()));
            if (s.held().current() && s.date() != null) {
                firstSeen = firstSeen == null || s.date().isBefore(firstSeen) ? s.date() : firstSeen;
                lastSeen = lastSeen == null || s.date().isAfter(lastSeen) ? s.date() : lastSeen;
            }
        }
        LocalDate formerBy = null;
        for (Seen s : seen) {
            if (!s.held().current() && s.date() != null && (lastSeen == null || s.date().isAfter(lastSeen))
                    && (formerBy == null || s.date().isBefore(formerBy))) {
                formerBy = s.date();
            }
        }
        if (firstSeen != null) {
            add(membership, NG.firstSeen.asNode(), date(firstSeen));
            add(membership, NG.lastSeen.asNode(), date(lastSeen));
        }
        if (formerBy != null) {
            add(membership, NG.formerBy.asNode(), date(formerBy));
        }
        if (term != null && term.from() != null) {
            add(membership, NG.termStart.asNode(), date(term.from()));
        }
        if (term != null && term.to() != null) {
            add(membership, NG.termEnd.asNode(), date(term.to()));
        }
        LocalDate begin = term != null && term.from() != null ? term.from() : firstSeen;
        LocalDate end = term != null && term.to() != null ? term.to() : lastSeen;
        if (begin != null && end != null) {
            Node interval = uri(membership.getURI() + "-interval");
            add(membership, uri(ORG + "memberDuring"), interval);
            add(interval, RDF.type.asNode(), uri(TIME + "Interval"));
            instant(interval, "hasBeginning", uri(membership.getURI() + "-start"), begin);
            instant(interval, "hasEnd", uri(membership.getURI() + "-end"), end);
        }
    }

    private void instant(Node interval, String property, Node instant, LocalDate day) {
        add(interval, uri(TIME + property), instant);
        add(instant, RDF.type.asNode(), uri(TIME + "Instant"));
        add(instant, uri(TIME + "inXSDDate"), date(day));
    }

    /** The dictionary's term of this person, post and owner that covers the attestation's date, or null. */
    private OfficeHolders.Term termOf(ResolvedEntity person, Seen seen) {
        if (dictionary == null || person.dictionaryName() == null || seen.date() == null) {
            return null;
        }
        for (OfficeHolders.Term term : dictionary.termsOf(person.dictionaryName())) {
            String owner = term.owner().key();
            if (owner.equals(seen.held().owner()) && (OfficeHolders.samePost(term.post(), seen.held().role())
                    || OfficeHolders.samePost(seen.held().role(), term.post())) && term.covers(seen.date())) {
                return term;
            }
        }
        return null;
    }

    /** A post's label as posts are shared: lower case, "defence" spelt "defense". */
    static String role(String label) {
        return label.toLowerCase(Locale.ROOT).replace("defence", "defense").strip();
    }

    private static String localName(String iri) {
        return iri.startsWith(NG.ID) ? iri.substring(NG.ID.length()) : iri;
    }

    private void add(Node s, Node p, Node o) {
        sink.quad(Quad.create(GRAPH, s, p, o));
    }

    private static Node date(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }
}
