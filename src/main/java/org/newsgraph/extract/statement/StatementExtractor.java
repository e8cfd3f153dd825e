package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.RoleHolders;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Lemmas;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.DateResolver;

/**
 * Statement–target: for each trigger ("condemned", "called on", "backing of"), the speaker is the subject
 * before it (or the agent after "by" in the passive), the targets are the actors of its object, and the outlet is
 * the medium the sentence cites ("as quoted by KCNA", "told Sputnik").
 */
public final class StatementExtractor implements Extractor {
    static final String NAME = "statement-pattern";
    /** "was condemned by X", "was condemned in a joint statement by X": how far the agent's "by" may stand. */
    private static final int PASSIVE_BY_WINDOW = 6;
    /** Nouns of the object passed over on the way to its target ("the historic agreement and conclusion of ..."). */
    private static final int MAX_OBJECT_NOUNS = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        TriggerFinder triggers = new TriggerFinder(context.gazetteer());
        Speakers speakers = new Speakers(context);
        List<Fact> facts = new ArrayList<>();
        for (SentenceMentions sm : context.mentions()) {
            Sentence sentence = sm.sentence();
            for (Trigger trigger : triggers.find(sentence.tokens())) {
                if (!isConditional(sentence.tokens(), trigger.start())) {
                    read(context, speakers, sm, trigger, facts);
                }
            }
            readObligations(context, speakers, sm, facts);
        }
        return facts;
    }

    /**
     * "Eritrean forces must withdraw", "Congress should pass the plan": an obligation laid on someone is a demand
     * on them, by whoever says it ("Schwarzman said the president should accept the outcome") or, in a
     * statement, by its authors.
     */
    private void readObligations(ArticleContext context, Speakers speakers, SentenceMentions sm, List<Fact> facts) {
        Sentence sentence = sm.sentence();
        List<Token> tokens = sentence.tokens();
        String quote = Quotes.inSentence(sentence);
        for (int i = 1; i < tokens.size(); i++) {
            String word = Words.lower(tokens.get(i));
            if (!(word.equals("must") || word.equals("should")) || i + 1 < tokens.size() && Words.NEGATIONS.contains(Words.lower(tokens.get(i + 1)))) {
                continue;
            }
            List<Speakers.Found> subjects = speakers.subjectsOf(sm, i);
            if (subjects.isEmpty()) {
                subjects = titleHolderBefore(context, sm, i);
            }
            if (subjects.isEmpty()) {
                continue;
            }
            int clause = subjects.get(0).start();
            if (clause > 0 && Words.lower(tokens.get(clause - 1)).equals("that")) {
                clause--;
            }
            boolean reported = clause > 0 && Lemmas.candidates(tokens.get(clause - 1)).stream().anyMatch(Speakers.SAYING::contains);
            List<Speakers.Found> sayers = reported ? speakers.before(sm, clause - 1) : List.of();
            List<Entity> authors = context.resolver().authors();
            if (sayers.isEmpty() && (reported || authors.isEmpty() || quote != null)) {
                continue;
            }
            List<Entity> demanding = sayers.isEmpty() ? authors : sayers.stream().map(Speakers.Found::entity).toList();
            for (Speakers.Found subject : subjects) {
                Entity target = subject.entity();
                if (demanding.contains(target) || sayers.isEmpty() && target.equals(context.sourceCountry()) || subject.mention() == null) {
                    continue;
                }
                for (Entity speaker : demanding) {
                    if (target.equals(context.stateOf(speaker))) {
                        continue; // "Johnson stated that Britain must leave": what one's own state must do is no demand on it
                    }
                    CharSpan evidence = sentence.charSpan(new TokenSpan(sayers.isEmpty() ? subject.start() : sayers.get(0).start(), i + 1));
                    Provenance provenance = new Provenance(sentence.text(), sentence.span(), evidence, NAME, 0.5);
                    facts.add(new StatementFact(speaker, target, StatementKind.DEMAND, quote, null,
                            DateResolver.find(sentence, context.article().published()), provenance));
                }
            }
        }
    }

    /**
     * "the consequences if China provides material support to Russia": what a condition supposes has not been
     * said or done. The condition runs from "if" or "unless" to the next comma.
     */
    private static boolean isConditional(List<Token> tokens, int trigger) {
        for (int i = trigger - 1; i >= 0; i--) {
            String word = Words.lower(tokens.get(i));
            if (word.equals(",") || Words.isHardBoundary(tokens.get(i))) {
                return false;
            }
            if (word.equals("if") || word.equals("unless")) {
                return true;
            }
        }
        return false;
    }

    /** "the president should accept": a bare title with "the" right before the modal is its holder. */
    private static List<Speakers.Found> titleHolderBefore(ArticleContext context, SentenceMentions sm, int modal) {
        Mention role = sm.endingAt(modal);
        Entity holder = role == null ? null : definiteTitleHolder(context, sm, role);
        return holder == null ? List.of() : List.of(new Speakers.Found(holder, new Mention(role.type(),
                new TokenSpan(role.start() - 1, role.end()), role.text(), holder, null, role.roleLabel()), 0.1));
    }

    /**
     * "the president", "the President's power": a post title after "the", with no owner after it ("the Emir of
     * Qatar" names its holder further on), stands for the person the article gives that post; null otherwise.
     */
    private static Entity definiteTitleHolder(ArticleContext context, SentenceMentions sm, Mention role) {
        List<Token> tokens = sm.sentence().tokens();
        if (role.type() != MentionType.ROLE || role.start() == 0 || !Words.lower(tokens.get(role.start() - 1)).equals("the")
                || role.end() < tokens.size() && Words.lower(tokens.get(role.end())).equals("of")) {
            return null;
        }
        return RoleHolders.holderOf(context, role, sm);
    }

    private void read(ArticleContext context, Speakers speakers, SentenceMentions sm, Trigger trigger, List<Fact> facts) {
        Sentence sentence = sm.sentence();
        List<Token> tokens = sentence.tokens();
        boolean passive = isPassive(tokens, trigger);
        List<Speakers.Found> speakerList;
        List<Target> targets;
        int clause = atTheRequestOf(tokens, trigger);
        if (clause > 0) {
            // "At the request of President Trump, Thailand will release ...": who asked, and the clause's subject
            speakerList = speakers.after(sm, trigger.end() + 1);
            targets = speakers.subjectAfter(sm, clause).stream().map(f -> new Target(f.entity(), f.mention(), 0.05)).toList();
        } else if (passive) {
            int by = indexOf(tokens, "by", trigger.end(), trigger.end() + PASSIVE_BY_WINDOW);
            speakerList = by < 0 ? List.of() : speakers.after(sm, by + 1);
            targets = speakers.before(sm, trigger.start()).stream().map(f -> new Target(f.entity(), f.mention(), 0)).toList();
        } else {
            speakerList = speakers.before(sm, trigger.start());
            targets = targets(context, sm, trigger);
            if (targets.isEmpty()) {
                targets = addresseeBefore(context, sm, trigger);
            }
        }
        if (speakerList.isEmpty() || targets.isEmpty()) {
            return;
        }
        speakerList = withAuthors(context, speakerList);
        Entity outlet = Outlets.find(sm);
        String quote = Quotes.inSentence(sentence);
        String date = DateResolver.find(sentence, context.article().published());
        for (Speakers.Found speaker : speakerList) {
            for (Target target : targets) {
                // "investments to support American jobs" in the President's release: support of one's own state says nothing
                if (target.entity().equals(speaker.entity()) || sameCountry(speaker, target)
                        || trigger.kind() == StatementKind.SUPPORT && target.entity().equals(context.stateOf(speaker.entity()))) {
                    continue;
                }
                double confidence = 0.85 - speaker.penalty() - target.penalty() - (trigger.nominal() ? 0.15 : 0) - (passive ? 0.05 : 0);
                int from = Math.min(trigger.start(), Math.min(speaker.start(), target.start()));
                int to = Math.max(trigger.end(), Math.max(speaker.end(), target.end()));
                CharSpan evidence = sentence.charSpan(new TokenSpan(from, to));
                Provenance provenance = new Provenance(sentence.text(), sentence.span(), evidence, NAME,
                        Math.max(0.05, Math.min(1.0, confidence)));
                facts.add(new StatementFact(speaker.entity(), target.entity(), trigger.kind(), quote, outlet, date, provenance));
            }
        }
    }

    /**
     * "The United States strongly condemns ..." in a statement by its press secretary: the state speaks, and so
     * does the statement's author.
     */
    private static List<Speakers.Found> withAuthors(ArticleContext context, List<Speakers.Found> speakers) {
        Entity source = context.sourceCountry();
        List<Entity> authors = context.resolver().authors();
        if (source == null || authors.isEmpty() || speakers.stream().noneMatch(f -> f.entity().equals(source))) {
            return speakers;
        }
        List<Speakers.Found> all = new ArrayList<>(speakers);
        for (Entity author : authors) {
            if (all.stream().noneMatch(f -> f.entity().equals(author))) {
                all.add(new Speakers.Found(author, null, 0.1));
            }
        }
        return all;
    }

    /** A body of a state does not speak of its own state ("Russia's Defense Ministry" / "Russia"). */
    private static boolean sameCountry(Speakers.Found speaker, Target target) {
        Mention m = speaker.mention();
        return m != null && m.country() != null && m.country().equals(target.entity());
    }

    /** The actors of the trigger's object: "condemned the US", "urged Russia and Belarus to", "backing of Moscow". */
    private List<Target> targets(ArticleContext context, SentenceMentions sm, Trigger trigger) {
        List<Token> tokens = sm.sentence().tokens();
        Set<Target> found = new LinkedHashSet<>();
        int nouns = 0;
        int i = trigger.objectFrom();
        boolean markerTaken = false;
        while (i < Math.min(tokens.size(), trigger.objectTo())) {
            Token token = tokens.get(i);
            Mention mention = sm.startingAt(i);
            if (mention != null && mention.type() == MentionType.SEAT && i + 1 < tokens.size() && mention.end() < tokens.size()
                    && (tokens.get(mention.end()).tag().equals("PROPN") || tokens.get(mention.end()).tag().equals("NOUN"))
                    && !Words.isPossessive(tokens.get(mention.end()))) {
                i = mention.end(); // "the Paris OECD statement": a city that qualifies a noun is a place, not an actor
                continue;
            }
            if (mention == null && Words.skipHonorifics(tokens, i) > i) {
                i = Words.skipHonorifics(tokens, i); // "thank Sheikh Tamim": a form of address before the name
                continue;
            }
            if (mention != null && isTargetType(mention)) {
                // criticism of "the Russian military" is criticism of Russia: a state's body stands for the state
                Entity entity = mention.type() == MentionType.ORGANISATION && mention.country() != null
                        ? mention.country() : Speakers.entityOf(context, mention);
                if (entity != null) {
                    double penalty = mention.type() == MentionType.DEMONYM ? 0.15 : mention.type() == MentionType.PRONOUN ? 0.2 : 0;
                    found.add(new Target(entity, mention, penalty));
                }
                i = mention.end();
                // "Sheikh Tamim of Qatar and President Silva of Egypt": the state after a person is the person's
                Mention of = mention.type() == MentionType.PERSON && i + 1 < tokens.size() && Words.lower(tokens.get(i)).equals("of")
                        ? sm.startingAt(i + 1) : null;
                if (of != null && (of.type() == MentionType.COUNTRY || of.type() == MentionType.SEAT)) {
                    i = of.end();
                }
                // "Russia and Belarus", "the US, the UK and France"
                if (i < tokens.size() && (Words.lower(tokens.get(i)).equals("and") || tokens.get(i).text().equals(",") || Words.lower(tokens.get(i)).equals("or"))) {
                    i++;
                    continue;
                }
                if (mention.type() == MentionType.DEMONYM) {
                    continue; // "the Russian invasion": the noun follows
                }
                break;
            }
            if (mention != null && mention.type() == MentionType.ROLE) {
                // "a plea to the president", "questioned the President's power": a bare title is its holder
                Entity titleHolder = definiteTitleHolder(context, sm, mention);
                if (titleHolder != null) {
                    found.add(new Target(titleHolder, mention, 0.15));
                    break;
                }
                i = mention.end();
                // "the Emir of Qatar, Sheikh Tamim bin Hamad": the title's owner is not the target, its holder is
                if (i + 1 < tokens.size() && Words.lower(tokens.get(i)).equals("of")) {
                    Mention owner = sm.startingAt(Words.skipDeterminers(tokens, i + 1));
                    Mention holder = owner == null ? null : sm.startingAt(Words.skipHonorifics(tokens, skipComma(tokens, owner.end())));
                    if (holder != null && holder.type() == MentionType.PERSON) {
                        i = holder.start();
                    }
                }
                continue;
            }
            String word = Words.lower(token);
            // "support and stand behind President Trump": a coordinated verb shares the object
            if (found.isEmpty() && (word.equals("and") || word.equals("or")) && i + 1 < tokens.size()
                    && tokens.get(i + 1).tag().equals("VERB") && i - trigger.end() <= 1) {
                i += 2;
                if (i < tokens.size() && tokens.get(i).tag().equals("ADP")) {
                    i++;
                }
                continue;
            }
            if (found.isEmpty() && nouns > 0 && word.equals("and") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).tag().equals("NOUN") || tokens.get(i + 1).tag().equals("DET"))) {
                i++; // "applaud the agreement and conclusion of the negotiations between Mauritius and the UK"
                continue;
            }
            if (!found.isEmpty() && (word.equals("and") || word.equals(",") || word.equals("to"))
                    && i + 1 < tokens.size() && !tokens.get(i + 1).tag().equals("VERB")) {
                i++; // "Menendez, Ranking Member Risch, and Senators Carper and Kennedy"; "to X, and to Y"
                continue;
            }
            if (token.tag().equals("DET") || token.tag().equals("ADJ") || token.tag().equals("ADV") || token.tag().equals("NUM")
                    || Words.isPossessive(token) || Words.isQuote(token) || word.equals("both")
                    || Set.of("our", "their", "its", "his", "her").contains(word)) {
                i++;
                continue;
            }
            if (i == trigger.objectFrom() && word.equals("that") && trigger.kind() == StatementKind.DEMAND) {
                i++; // "urge that the Congress give it favorable consideration"
                continue;
            }
            if (!markerTaken && (word.equals("of") || word.equals("for") || word.equals("to") || word.equals("against")
                    || word.equals("over") || word.equals("about") || word.equals("with") || word.equals("on") || word.equals("at")
                    || word.equals("from") && trigger.kind() == StatementKind.DEMAND) // "demanded from Interpol"
                    && (trigger.nominal() || found.isEmpty() && i == trigger.objectFrom())) {
                markerTaken = true;
                i++;
                continue;
            }
            if (token.tag().equals("NOUN") && nouns < MAX_OBJECT_NOUNS && found.isEmpty()) {
                nouns++;
                i++;
                // "the attack by Russia", "an explanation from Russia", "the agreement between Mauritius and the UK":
                // which complements of the object's noun name the target depends on the kind of statement
                int ofNoun = commonNounAfterOf(sm, i);
                if (i < tokens.size() && objectComplement(trigger.kind()).contains(Words.lower(tokens.get(i)))) {
                    i++;
                } else if (ofNoun > 0) {
                    i = ofNoun; // "blaming the fear of aggression from the United States": the object goes on
                } else if (i + 1 < tokens.size() && Words.isVerb(tokens.get(i)) && Words.lower(tokens.get(i)).endsWith("ed")
                        && Words.lower(tokens.get(i + 1)).equals("by")) {
                    i += 2; // "the sanctions imposed by Washington": the agent of what is spoken of
                }
                continue;
            }
            // "endorsed her former rival, Joe Biden": a name in apposition to the object's noun is the object
            Mention apposed = found.isEmpty() && nouns > 0 && token.text().equals(",")
                    ? sm.startingAt(Words.skipHonorifics(tokens, i + 1)) : null;
            if (apposed != null && apposed.type() == MentionType.PERSON && closesNounPhrase(tokens, apposed.end())) {
                i = apposed.start();
                continue;
            }
            break;
        }
        if (found.isEmpty() && (nouns > 0 || objectIsThose(tokens, trigger))) {
            found.addAll(members(context, sm, i));
        }
        return new ArrayList<>(found);
    }

    /**
     * "wrote to the US Embassy in London asking to waive her immunity": a participle with no object of its own
     * asks whom the sentence addressed just before it ("to X", a place after X passed over).
     */
    private static List<Target> addresseeBefore(ArticleContext context, SentenceMentions sm, Trigger trigger) {
        List<Token> tokens = sm.sentence().tokens();
        if (trigger.nominal() || !Words.lower(tokens.get(trigger.start())).endsWith("ing")) {
            return List.of();
        }
        Mention m = sm.endingAt(trigger.start());
        if (m != null && (m.type() == MentionType.SEAT || m.type() == MentionType.COUNTRY) && m.start() > 1
                && Set.of("in", "of").contains(Words.lower(tokens.get(m.start() - 1)))) {
            m = sm.endingAt(m.start() - 1); // "the US Embassy in London"
        }
        if (m == null || !isTargetType(m) || m.type() == MentionType.PRONOUN) {
            return List.of();
        }
        int before = m.start() - 1;
        while (before >= 0 && tokens.get(before).tag().equals("DET")) {
            before--;
        }
        if (before < 0 || !Words.lower(tokens.get(before)).equals("to")) {
            return List.of();
        }
        Entity entity = m.type() == MentionType.ORGANISATION && m.country() != null ? m.country() : Speakers.entityOf(context, m);
        return entity == null ? List.of() : List.of(new Target(entity, m, 0.15));
    }

    /**
     * "at the request of X, ...", "at the urging of X, ...": where the clause after the phrase begins (after its
     * comma), or -1 when the trigger is not such a phrase.
     */
    private static int atTheRequestOf(List<Token> tokens, Trigger trigger) {
        int start = trigger.start();
        if (trigger.kind() != StatementKind.DEMAND || start < 2 || trigger.end() >= tokens.size()
                || !Words.lower(tokens.get(start - 2)).equals("at") || !Words.lower(tokens.get(start - 1)).equals("the")
                || !Words.lower(tokens.get(trigger.end())).equals("of")) {
            return -1;
        }
        for (int i = trigger.end() + 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i + 1;
            }
            if (Words.isHardBoundary(tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** "full support to those leading mediation efforts, including ...": the object is "those" who do something. */
    private static boolean objectIsThose(List<Token> tokens, Trigger trigger) {
        for (int i = trigger.objectFrom(); i < Math.min(tokens.size(), trigger.objectFrom() + 3); i++) {
            if (Words.lower(tokens.get(i)).equals("those")) {
                return true;
            }
        }
        return false;
    }

    /** The common noun after "of" at {@code i} ("fear of aggression", "arrest of journalists"), or -1. */
    private static int commonNounAfterOf(SentenceMentions sm, int i) {
        List<Token> tokens = sm.sentence().tokens();
        if (i >= tokens.size() || !Words.lower(tokens.get(i)).equals("of")) {
            return -1;
        }
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).tag().equals("DET") || tokens.get(j).tag().equals("ADJ")) && sm.startingAt(j) == null) {
            j++;
        }
        return j < tokens.size() && tokens.get(j).tag().equals("NOUN") && sm.startingAt(j) == null ? j : -1;
    }

    /**
     * "grateful to our partners ..., including the Governments of Qatar, Oman, Switzerland, and South Korea":
     * when the object is a group, the members the sentence lists after "including" or "such as" are the targets.
     */
    private List<Target> members(ArticleContext context, SentenceMentions sm, int from) {
        List<Token> tokens = sm.sentence().tokens();
        List<Target> members = new ArrayList<>();
        for (int i = from; i < Math.min(tokens.size(), from + 25); i++) {
            String word = Words.lower(tokens.get(i));
            boolean including = word.equals("including") || word.equals("such") && i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("as");
            // "our Allies who stood with us — including Germany, Poland and Turkey": a dash may open the list
            boolean dashBeforeList = i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("including");
            if (Words.isHardBoundary(tokens.get(i)) && !dashBeforeList) {
                break;
            }
            if (!including) {
                continue;
            }
            for (int j = word.equals("such") ? i + 2 : i + 1; j < tokens.size(); j++) {
                Mention m = sm.startingAt(j);
                Mention holder = m == null ? null : titledHolder(sm, m);
                if (holder != null) {
                    // "including the African Union High Representative for the Horn of Africa Olusegun Obasanjo"
                    Entity person = Speakers.entityOf(context, holder);
                    if (person != null) {
                        members.add(new Target(person, holder, 0.1));
                    }
                    j = holder.end() - 1;
                    continue;
                }
                if (m != null && isTargetType(m) && m.type() != MentionType.PRONOUN) {
                    Entity entity = Speakers.entityOf(context, m);
                    if (entity != null) {
                        members.add(new Target(entity, m, 0.1));
                    }
                    j = m.end() - 1;
                    continue;
                }
                Token t = tokens.get(j);
                // "the Governments of Qatar, Oman, ... and South Korea"
                if (!(t.tag().equals("DET") || t.text().equals(",") || Words.lower(t).equals("and") || Words.lower(t).equals("of")
                        || t.tag().equals("NOUN") && members.isEmpty())) {
                    break;
                }
            }
            break;
        }
        return members;
    }

    /**
     * The person a title names when the title starts at {@code m}, maybe after its owner (a body the finder may
     * have taken for a name): "the African Union High Representative for the Horn of Africa Olusegun Obasanjo" —
     * the first full name within a few words of the title's end; null when {@code m} starts no title.
     */
    private static Mention titledHolder(SentenceMentions sm, Mention m) {
        Mention role = m.type() == MentionType.ROLE ? m : sm.startingAt(m.end());
        if (role == null || role.type() != MentionType.ROLE) {
            return null;
        }
        List<Token> tokens = sm.sentence().tokens();
        for (int k = role.end(); k < Math.min(tokens.size(), role.end() + 8); k++) {
            Mention next = sm.startingAt(k);
            if (next != null && next.type() == MentionType.PERSON && next.text().contains(" ")) {
                return next;
            }
            if (tokens.get(k).text().equals(",") || Words.isHardBoundary(tokens.get(k)) || Words.lower(tokens.get(k)).equals("and")) {
                return null;
            }
        }
        return null;
    }

    /** The sentence ends or goes on after a phrase ending at {@code end} ("X, Joe Biden, ..."), rather than "X, Biden said". */
    private static boolean closesNounPhrase(List<Token> tokens, int end) {
        return end >= tokens.size() || Words.isPunctuation(tokens.get(end)) || Set.of("for", "on", "in", "over", "after")
                .contains(Words.lower(tokens.get(end)));
    }

    private static int skipComma(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).text().equals(",") ? i + 1 : i;
    }

    /**
     * Prepositions after the object's noun that introduce the target: the agent of what is criticised ("the
     * attack by Russia"), whom a demand is made of ("an explanation from Russia"), the parties of what is
     * welcomed ("the agreement between Mauritius and the United Kingdom").
     */
    private static Set<String> objectComplement(StatementKind kind) {
        return switch (kind) {
            case CRITICIZE -> Set.of("by", "from");
            case DEMAND -> Set.of("by", "from", "of");
            case SUPPORT -> Set.of("by", "of", "between", "for", "with", "from");
            case THREATEN -> Set.of("by");
        };
    }

    private static boolean isTargetType(Mention m) {
        return m.type() == MentionType.PERSON || m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT
                || m.type() == MentionType.ORGANISATION || m.type() == MentionType.DEMONYM || m.type() == MentionType.PRONOUN;
    }

    /** "was condemned by", "has been criticised by": a form of be right before the participle, and "by" soon after. */
    private static boolean isPassive(List<Token> tokens, Trigger trigger) {
        if (trigger.nominal() || trigger.start() == 0) {
            return false;
        }
        int j = trigger.start() - 1;
        if (tokens.get(j).tag().equals("ADV") && j > 0) {
            j--;
        }
        return tokens.get(j).lemma().equals("be") && indexOf(tokens, "by", trigger.end(), trigger.end() + PASSIVE_BY_WINDOW) >= 0;
    }

    private static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            if (Words.lower(tokens.get(i)).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /** A target with where it stands and how much less sure it makes the statement. */
    record Target(Entity entity, Mention mention, double penalty) {
        int start() {
            return mention == null ? 0 : mention.start();
        }

        int end() {
            return mention == null ? 0 : mention.end();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Target t && t.entity.equals(entity);
        }

        @Override
        public int hashCode() {
            return entity.hashCode();
        }
    }
}
