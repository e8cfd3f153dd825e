package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.mention.DefiniteDescriptions;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionFinder;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.SignatureBlock;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Fact;
import org.newsgraph.model.RoleFact;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.ArticleResolver;

/** What every extractor sees of one article: the annotated text, its mentions, and the article's resolver. */
public final class ArticleContext {
    /** How many of an article's last sentences may hold its signature. */
    private static final int CLOSING_LINES = 3;

    private final AnnotatedDocument document;
    private final Gazetteer gazetteer;
    private final List<SentenceMentions> mentions;
    private final ArticleResolver resolver;
    private final List<Fact> facts = new ArrayList<>();

    private final List<SentenceMentions> titleMentions;

    public ArticleContext(AnnotatedDocument document, Gazetteer gazetteer) {
        this(document, List.of(), gazetteer);
    }

    /**
     * @param title the title's sentences (their offsets refer to the title, not the text); names in a title
     *              ("Statement by President Joe Biden") help resolve the text, but no fact is read from them
     */
    public ArticleContext(AnnotatedDocument document, List<Sentence> title, Gazetteer gazetteer) {
        this.document = document;
        this.gazetteer = gazetteer;
        MentionFinder finder = new MentionFinder(gazetteer);
        int count = document.sentences().size();
        this.mentions = DefiniteDescriptions.link(SignatureBlock.splitColumns(document.sentences().stream()
                .map(sentence -> finder.find(sentence, sentence.index() >= count - CLOSING_LINES)).toList()));
        MentionFinder titleFinder = new MentionFinder(gazetteer, true);
        this.titleMentions = title.stream().map(titleFinder::find).toList();
        this.home = findHomeCountry();
        this.resolver = new ArticleResolver(document.article(), titleMentions, mentions,
                word -> home == null ? null : gazetteer.bodyOf(home, word), name -> {
                    // a user's dictionary of persons completes a name the article does not ("Elphberg")
                    var term = gazetteer.officeHolders().userTerm(name, document.article().published());
                    return term == null ? null : term.name();
                });
    }

    /**
     * The country the article is about: the one its title and text name most often (by name, demonym or
     * seat), the first named on a tie; null if none. Posts named without a country ("Speaker Nancy Pelosi")
     * belong to it.
     */
    public Entity homeCountry() {
        return home;
    }

    private Entity home;

    private Entity findHomeCountry() {
        java.util.Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
        for (List<SentenceMentions> part : List.of(titleMentions, titleMentions, mentions)) { // the title counts twice
            for (SentenceMentions sentence : part) {
                for (Mention m : sentence.mentions()) {
                    if (m.type() == MentionType.COUNTRY || m.type() == MentionType.DEMONYM || m.type() == MentionType.SEAT
                            || m.type() == MentionType.PLACE) {
                        counts.merge(m.entity(), 1, Integer::sum);
                    } else if (m.type() == MentionType.ORGANISATION && m.country() != null) {
                        counts.merge(m.country(), 1, Integer::sum); // "the US House of Representatives"
                    }
                }
            }
        }
        Entity best = null;
        for (var entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * The state whose government publishes the article (a source named after a seat, "The White House"), or
     * null for an independent outlet.
     */
    public Entity sourceCountry() {
        String source = article().source();
        if (source == null || source.isBlank()) {
            return null;
        }
        String[] words = source.replaceAll("[()]", " ").trim().split("\\s+");
        for (opennlp.tools.util.Span span : gazetteer.names().find(words)) {
            org.newsgraph.gazetteer.Entry entry = gazetteer.names().lookup(words, span.getStart(), span.getEnd());
            if (entry.type() == org.newsgraph.gazetteer.NameType.SEAT) {
                return entry.entity();
            }
        }
        return null;
    }

    public List<SentenceMentions> titleMentions() {
        return titleMentions;
    }

    public Article article() {
        return document.article();
    }

    public AnnotatedDocument document() {
        return document;
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<SentenceMentions> mentions() {
        return mentions;
    }

    public SentenceMentions mentions(int sentence) {
        return mentions.get(sentence);
    }

    public ArticleResolver resolver() {
        return resolver;
    }

    /** Facts found so far: later extractors read earlier ones (statements read the posts of their speakers). */
    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    /**
     * The state a person holds a current post for, as found so far, else the state the dictionary of office-holders
     * gives them at the article's date; null if neither knows.
     */
    public Entity stateOf(Entity person) {
        for (Fact fact : facts) {
            if (fact instanceof RoleFact role && role.current() && role.person().equals(person)
                    && role.country().kind() == EntityKind.COUNTRY) {
                return role.country();
            }
        }
        if (person.kind() != EntityKind.PERSON) {
            return null;
        }
        Entity known = gazetteer.officeHolders().ownerOf(person.key(), null, article().published());
        return known != null && known.kind() == EntityKind.COUNTRY ? known : null;
    }

    /** Adds facts; a fact already found (same identity) is kept once, with the higher confidence. */
    void addFacts(List<Fact> more) {
        for (Fact fact : more) {
            int same = -1;
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i).identity().equals(fact.identity())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                facts.add(fact);
            } else if (fact.provenance().confidence() > facts.get(same).provenance().confidence()) {
                facts.set(same, fact);
            }
        }
    }
}
