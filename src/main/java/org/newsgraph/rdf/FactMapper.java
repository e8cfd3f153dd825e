package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.QuotationFact;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.TreatyFact;

/**
 * Writes an article and its facts as quads into a {@link StreamRDF}, all in the article's named graph, so
 * the same code feeds the store, a file or a counter.
 */
public final class FactMapper {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node ORG_HOLDS = NodeFactory.createURI(ORG + "holds");
    private static final Node ORG_POST_IN = NodeFactory.createURI(ORG + "postIn");
    private static final Node ORG_POST = NodeFactory.createURI(ORG + "Post");
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    /** The quads of one article; the graph name is the article's IRI. */
    public void write(ArticleFacts articleFacts, StreamRDF sink) {
        new Writer(articleFacts, sink).write(articleFacts);
    }

    private static final class Writer {
        private final Article article;
        private final StreamRDF sink;
        private final Node graph;
        private final Set<Node> describedEntities = new HashSet<>();
        private final Set<Node> writtenMentions = new HashSet<>();
        /** The mentions of each entity, by local key. */
        private final Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();

        Writer(ArticleFacts articleFacts, StreamRDF sink) {
            this.article = articleFacts.article();
            this.sink = sink;
            this.graph = uri(Iris.article(article.id()));
            for (EntityMention mention : articleFacts.mentions()) {
                mentions.computeIfAbsent(Iris.localKey(mention.entity()), k -> new ArrayList<>()).add(mention);
            }
        }

        void write(ArticleFacts articleFacts) {
            writeArticle();
            Collection<Fact> facts = mostConfidentPerIdentity(articleFacts.facts());
            for (Fact fact : facts) {
                Node node = uri(Iris.fact(article.id(), fact.identity()));
                if (fact instanceof RoleFact role) {
                    writeRole(node, role);
                } else if (fact instanceof TreatyFact treaty) {
                    writeTreaty(node, treaty);
                } else if (fact instanceof StatementFact statement) {
                    writeStatement(node, statement);
                } else if (fact instanceof QuotationFact quotation) {
                    writeQuotation(node, quotation, facts);
                }
                writeProvenance(node, fact.provenance());
            }
        }

        /**
         * A fact's IRI comes from its identity, so two mentions of one fact (the same statement in two
         * sentences) would give one node two evidences and two confidences; the most confident mention wins.
         */
        private static Collection<Fact> mostConfidentPerIdentity(List<Fact> facts) {
            Map<String, Fact> byIdentity = new LinkedHashMap<>();
            for (Fact fact : facts) {
                byIdentity.merge(fact.identity(), fact, (kept, other) ->
                        other.provenance().confidence() > kept.provenance().confidence() ? other : kept);
            }
            return byIdentity.values();
        }

        private void writeArticle() {
            add(graph, RDF.type.asNode(), NG.Article.asNode());
            add(graph, NG.articleId.asNode(), literal(article.id()));
            add(graph, NG.title.asNode(), literal(article.title()));
            add(graph, NG.text.asNode(), literal(article.text()));
            if (article.published() != null) {
                add(graph, NG.published.asNode(), NodeFactory.createLiteralDT(article.published().toString(), XSDDatatype.XSDdate));
            }
            if (article.url() != null && !article.url().isBlank()) {
                add(graph, NG.url.asNode(), NodeFactory.createLiteralDT(article.url(), XSDDatatype.XSDanyURI));
            }
            if (article.source() != null && !article.source().isBlank()) {
                add(graph, NG.source.asNode(), literal(article.source()));
            }
            if (article.author() != null && !article.author().isBlank()) {
                add(graph, NG.author.asNode(), literal(article.author()));
            }
            if (article.language() != null && !article.language().isBlank()) {
                add(graph, NG.language.asNode(), literal(article.language()));
            }
        }

        private void writeRole(Node node, RoleFact role) {
            Node person = entity(role.person());
            add(node, RDF.type.asNode(), NG.RoleHolding.asNode());
            add(node, RDF.type.asNode(), ORG_POST);
            add(person, ORG_HOLDS, node);
            add(node, ORG_POST_IN, entity(role.country()));
            add(node, NG.roleLabel.asNode(), literal(role.role()));
            add(node, NG.current.asNode(), NodeFactory.createLiteralDT(Boolean.toString(role.current()), XSDDatatype.XSDboolean));
            if (role.postedTo() != null) {
                add(node, NG.postedTo.asNode(), entity(role.postedTo()));
            }
        }

        private void writeTreaty(Node node, TreatyFact treaty) {
            Node treatyNode = uri(Iris.treaty(treaty.name()));
            if (describedEntities.add(treatyNode)) {
                mention(treatyNode, Iris.treatyKey(treaty.name()), treaty.name(), null, false);
            }
            add(treatyNode, RDF.type.asNode(), NG.Treaty.asNode());
            add(treatyNode, NG.name.asNode(), literal(treaty.name()));
            add(treatyNode, RDFS.label.asNode(), literal(treaty.name()));
            for (String alias : treaty.aliases()) {
                add(treatyNode, NG.alias.asNode(), literal(alias));
            }
            add(node, RDF.type.asNode(), NG.TreatySigning.asNode());
            add(node, NG.treaty.asNode(), treatyNode);
            for (Entity signatory : treaty.signatories()) {
                add(node, NG.signatory.asNode(), entity(signatory));
            }
            for (Entity party : treaty.parties()) {
                add(node, NG.party.asNode(), entity(party));
            }
            if (treaty.date() != null) {
                add(node, NG.date.asNode(), date(treaty.date()));
            }
            if (treaty.place() != null) {
                add(node, NG.place.asNode(), literal(treaty.place()));
            }
        }

        private void writeStatement(Node node, StatementFact statement) {
            add(node, RDF.type.asNode(), NG.Statement.asNode());
            add(node, NG.speaker.asNode(), entity(statement.speaker()));
            add(node, NG.target.asNode(), entity(statement.target()));
            add(node, NG.kind.asNode(), uri(NG.NS + statement.kind().label()));
            if (statement.quote() != null) {
                add(node, NG.quote.asNode(), literal(statement.quote()));
            }
            if (statement.outlet() != null) {
                add(node, NG.reportedBy.asNode(), entity(statement.outlet()));
            }
            if (statement.date() != null) {
                add(node, NG.date.asNode(), date(statement.date()));
            }
        }

        /**
         * A quotation with its words and speaker, and the statements it supports: those of its speaker whose
         * sentence it runs over.
         */
        private void writeQuotation(Node node, QuotationFact quotation, Collection<Fact> facts) {
            add(node, RDF.type.asNode(), NG.Quotation.asNode());
            add(node, NG.words.asNode(), literal(quotation.words()));
            add(node, NG.attribution.asNode(), literal(quotation.cue()));
            if (quotation.speaker() == null) {
                return;
            }
            add(node, NG.saidBy.asNode(), entity(quotation.speaker()));
            for (Fact fact : facts) {
                if (fact instanceof StatementFact statement && statement.speaker().equals(quotation.speaker())
                        && !statement.provenance().inTitle() && overlaps(statement.provenance().sentenceSpan(), quotation.span())) {
                    add(node, NG.supports.asNode(), uri(Iris.fact(article.id(), statement.identity())));
                }
            }
        }

        private static boolean overlaps(org.newsgraph.model.CharSpan sentence, org.newsgraph.model.CharSpan quotation) {
            return sentence != null && sentence.start() < quotation.end() && quotation.start() < sentence.end();
        }

        private void writeProvenance(Node fact, Provenance provenance) {
            Node evidence = uri(fact.getURI() + "-evidence");
            add(fact, RDF.type.asNode(), NG.Fact.asNode());
            add(fact, WAS_DERIVED_FROM, graph);
            add(fact, NG.extractor.asNode(), literal(provenance.extractor()));
            add(fact, NG.confidence.asNode(), NodeFactory.createLiteralDT(Double.toString(provenance.confidence()), XSDDatatype.XSDdouble));
            add(fact, NG.evidence.asNode(), evidence);
            add(evidence, RDF.type.asNode(), NG.Evidence.asNode());
            add(evidence, NG.sentence.asNode(), literal(provenance.sentence()));
            if (provenance.sentenceSpan() != null) {
                add(evidence, NG.sentenceStart.asNode(), integer(provenance.sentenceSpan().start()));
            }
            add(evidence, NG.start.asNode(), integer(provenance.evidence().start()));
            add(evidence, NG.end.asNode(), integer(provenance.evidence().end()));
            if (provenance.inTitle()) {
                add(evidence, NG.inTitle.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }

        /** The entity's node, with its type and names written once per article graph. */
        private Node entity(Entity entity) {
            Node node = uri(Iris.entity(entity));
            if (describedEntities.add(node)) {
                Node type = switch (entity.kind()) {
                    case PERSON -> NG.Person.asNode();
                    case COUNTRY -> NG.Country.asNode();
                    case ORGANISATION -> NG.Organisation.asNode();
                    case OUTLET -> NG.NewsOutlet.asNode();
                };
                add(node, RDF.type.asNode(), type);
                add(node, NG.name.asNode(), literal(entity.label()));
                add(node, RDFS.label.asNode(), literal(entity.label()));
                if (entity.kind() == org.newsgraph.model.EntityKind.COUNTRY) {
                    add(node, NG.isoCode.asNode(), literal(entity.key()));
                } else if (entity.kind() != org.newsgraph.model.EntityKind.OUTLET) {
                    writeMentions(node, entity);
                }
            }
            return node;
        }

        /**
         * Where the article names the entity, each mention with its words, offsets and the article's key for the
         * entity (one mention without offsets when the facts name it but the text does not, as a group's member).
         */
        private void writeMentions(Node node, Entity entity) {
            String key = Iris.localKey(entity);
            List<EntityMention> found = mentions.getOrDefault(key, List.of());
            if (found.isEmpty()) {
                mention(node, key, entity.label(), null, false);
            }
            for (EntityMention m : found) {
                mention(node, key, m.form(), m.span(), m.inTitle());
            }
        }

        private void mention(Node entity, String key, String form, org.newsgraph.model.CharSpan span, boolean inTitle) {
            Node node = uri(Iris.mention(article.id(), key, span == null ? -1 : span.start(), inTitle));
            if (!writtenMentions.add(node)) {
                return;
            }
            add(entity, NG.mention.asNode(), node);
            add(node, RDF.type.asNode(), NG.Mention.asNode());
            add(node, NG.localKey.asNode(), literal(key));
            add(node, NG.form.asNode(), literal(form));
            if (span != null) {
                add(node, NG.start.asNode(), integer(span.start()));
                add(node, NG.end.asNode(), integer(span.end()));
                if (inTitle) {
                    add(node, NG.inTitle.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                }
            }
        }

        private void add(Node subject, Node predicate, Node object) {
            sink.quad(Quad.create(graph, subject, predicate, object));
        }
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    /** ISO dates typed at their precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    static Node date(String iso) {
        XSDDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(iso, type);
    }
}
