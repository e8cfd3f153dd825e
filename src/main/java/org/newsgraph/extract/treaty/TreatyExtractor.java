package org.newsgraph.extract.treaty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.SignatureBlock;
import org.newsgraph.mention.Words;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.model.TreatyFact;
import org.newsgraph.nlp.Lemmas;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.resolve.DateResolver;

/**
 * Treaty–signatories: a treaty event is a signing verb (sign, ratify, accede, join, conclude ...) with a treaty as
 * its object or passive subject. Signatories are the persons who act; parties are the states they hold posts
 * for, the states that act themselves, and the states the treaty's name names; date and place come from the
 * sentence. Descriptions ("the new treaty") count as the article's named treaty of the same kind.
 */
public final class TreatyExtractor implements Extractor {
    static final String NAME = "treaty-pattern";
    private static final Set<String> EVENT_LEMMAS = Set.of("sign", "ratify", "accede", "join", "conclude", "finalize",
            "finalise", "ink", "seal", "adopt", "approve", "endorse", "strike", "reach", "enter", "transmit", "countersign",
            "launch", "broker", "mediate");
    /** Events whose actors hand a treaty on or bring others to it, and so do not sign it. */
    private static final Set<String> NOT_SIGNING = Set.of("transmit", "broker", "mediate");
    /** Documents that are about a treaty rather than the treaty. */
    private static final Set<String> COMMUNICATIONS = Set.of("message", "letter", "statement", "readout", "remarks",
            "report", "fact", "press", "notice");
    private static final Set<String> EVENT_NOUNS = Set.of("signing", "ratification", "accession", "signature", "conclusion");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<TreatyName> named = new ArrayList<>();
        for (SentenceMentions sm : context.mentions()) {
            named.addAll(TreatyName.find(sm.sentence()));
        }
        for (SentenceMentions sm : context.mentions()) {
            Sentence sentence = sm.sentence();
            List<TreatyName> names = new ArrayList<>(TreatyName.find(sentence));
            for (int v = 0; v < sentence.size(); v++) {
                if (!isEvent(sentence.token(v)) && !putNameTo(sentence, v)) {
                    continue;
                }
                TreatyName object = objectOf(sentence, names, v);
                TreatyName treaty = object != null ? object : describedTreaty(sentence, v, named, drafts);
                // the longer reading of a list wins: "two memoranda, including a memorandum on A and an agreement on B"
                List<TreatyName> included = includedTreaties(sentence, v, names);
                List<TreatyName> coordinated = treaty != null ? withCoordinated(sentence, names, treaty) : List.of();
                List<TreatyName> treaties = included.size() > coordinated.size() ? included : coordinated;
                for (TreatyName listed : treaties) {
                    Map<TreatyName, Entity> each = eachWith(sm, listed);
                    for (Map.Entry<TreatyName, Entity> one : each.entrySet()) {
                        Draft draft = drafts.computeIfAbsent(key(one.getKey().name()), k -> new Draft(one.getKey().name()));
                        readEvent(context, sm, v, one.getKey(), draft);
                        // "Agreements on Reciprocal Trade with Malaysia and Cambodia": each state is a party to its own
                        for (Entity other : each.values()) {
                            if (other != null && !other.equals(one.getValue())) {
                                draft.parties.remove(other);
                            }
                        }
                    }
                }
            }
        }
        addStatesNamedInNames(context, drafts);
        readSignedDocument(context, drafts);
        readTitleTreaty(context, drafts);
        List<Fact> facts = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            facts.add(draft.toFact());
        }
        return facts;
    }

    private void readEvent(ArticleContext context, SentenceMentions sm, int verb, TreatyName treaty, Draft draft) {
        Sentence sentence = sm.sentence();
        List<Token> tokens = sentence.tokens();
        boolean passive = verb > 0 && tokens.get(verb - 1).lemma().equals("be") || isReducedRelative(sentence, treaty, verb);
        // "I transmit herewith the Treaty", "Trump brokered the Accords": who hands a treaty on or mediates it has not signed it
        boolean signing = Lemmas.candidates(tokens.get(verb)).stream().noneMatch(NOT_SIGNING::contains) && !facilitated(tokens, verb);
        String relativeSubject = relativeSubject(sentence, treaty, verb);
        TokenSpan namedSubject = relativeSubject == null ? namedRelativeSubject(sentence, treaty, verb) : null;
        List<Mention> actors = !signing || relativeSubject != null ? List.of()
                : namedSubject != null ? actorsIn(sm, namedSubject)
                : passive ? agentsAfter(sm, verb + 1)
                // "welcomed the signing of the Memorandum by X and Y": a signing noun's agents follow its object
                // ("the signing, by A and B, of the Memorandum"); else its possessor ("Finland's accession to")
                : isEventNoun(tokens.get(verb)) && treaty.tokens().start() > verb
                        ? agentsOrSubjects(sm, byBefore(tokens, verb, treaty.tokens().start()) ? verb + 1 : treaty.tokens().end(), verb)
                : subjectsBefore(sm, verb);
        // "a memorandum ... was signed between Cyprus, Greece and Israel"
        if (passive && verb + 1 < tokens.size() && Words.lower(tokens.get(verb + 1)).equals("between")) {
            for (int i = verb + 2; i < tokens.size(); i++) {
                Mention m = sm.startingAt(i);
                if (m != null && (m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT)) {
                    draft.parties.add(m.entity());
                    i = m.end() - 1;
                } else if (!(tokens.get(i).text().equals(",") || Words.lower(tokens.get(i)).equals("and") || tokens.get(i).tag().equals("DET"))) {
                    break;
                }
            }
        }
        boolean personsSign = false;
        List<List<Entity>> signers = new ArrayList<>();
        for (Mention actor : actors) {
            signers.add(personsOf(context, sm, actor));
        }
        // "We signed the Terms of Reference": in a document its authors speak as "we"
        if (signing && !passive && actors.isEmpty() && (weBefore(tokens, verb) || "we".equals(relativeSubject))) {
            signers.add(context.resolver().authors());
        }
        // "in accordance with the “Compact” they signed", "the Agreement, which the two leaders signed": those who met
        if (signing && ("they".equals(relativeSubject) || namedSubject != null && actors.isEmpty() && personsGroup(sentence, namedSubject))) {
            signers.add(context.resolver().participants().stream().filter(p -> known(context, p)).toList());
        }
        // "our ministers signed the Supply Chain Agreement": the states of the text's authors
        if (signing && !passive && ourBefore(tokens, verb)) {
            draft.parties.addAll(authorStates(context));
        }
        // "The two countries concluded ...", "welcomed their governments' signing of ...": the states of those who met
        if (signing && actors.isEmpty() && groupOfStatesBefore(tokens, verb)) {
            for (Entity participant : context.resolver().participants()) {
                Entity state = context.stateOf(participant);
                if (state != null) {
                    draft.parties.add(state);
                }
            }
        }
        for (List<Entity> persons : signers) {
            for (Entity person : persons) {
                draft.signatories.add(person);
                personsSign = true;
                Entity country = context.stateOf(person);
                if (country != null) {
                    draft.parties.add(country);
                }
            }
        }
        // states and bodies that act themselves ("The United States and Malaysia signed"), when no person signs;
        // the states of the signers' titles ("the foreign ministers of Ethiopia and Eritrea, A and B, signed") always
        for (Mention actor : actors) {
            if (personsSign && !ofATitle(sm, actor) && !ofAPerson(sm, actor)) {
                continue;
            }
            Entity entity = context.resolver().entity(actor);
            if (entity == null) {
                continue;
            }
            if (entity.kind() == EntityKind.COUNTRY) {
                draft.parties.add(entity);
            } else if (entity.kind() == EntityKind.ORGANISATION) {
                // a government body acts for its state ("the Trump Administration finalized")
                // ("the Ministry of Defence of Australia signed": the state after a body the dictionaries do not place)
                Mention of = stateAfter(sm, actor.end());
                Entity state = actor.country() != null ? actor.country() : of != null ? of.entity()
                        : isGovernment(actor) ? context.homeCountry() : entity;
                draft.parties.add(state != null ? state : entity);
            }
        }
        // the states the name names: "U.S.-Malaysia Agreement", "Treaty between the United States and Albania"
        // (a capital in a name names a place: the Kigali Amendment binds more than Rwanda)
        draft.parties.addAll(statesNamedIn(context, sm, treaty));
        draft.parties.addAll(statesBetween(sm, treaty));
        // "Those endorsing the Declaration include Albania, Andorra, Argentina ...": a list of states
        addEnumeratedStates(sm, draft);
        // "signed the Pretoria peace agreement on behalf of the TPLF": whom the signer acts for is a party
        for (int i = treaty.tokens().end(); i + 3 < tokens.size() && i < treaty.tokens().end() + 4; i++) {
            if (Words.lower(tokens.get(i)).equals("on") && Words.lower(tokens.get(i + 1)).equals("behalf")
                    && Words.lower(tokens.get(i + 2)).equals("of")) {
                Mention principal = sm.startingAt(Words.skipDeterminers(tokens, i + 3));
                Entity entity = principal == null ? null : context.resolver().entity(principal);
                if (entity != null && (entity.kind() == EntityKind.COUNTRY || entity.kind() == EntityKind.ORGANISATION)) {
                    draft.parties.add(entity);
                }
                break;
            }
        }
        // "with Finland", "with President Xi Jinping of China" right after the treaty, or after the verb when the
        // treaty comes first ("the agreement that the United States signed with the Taliban")
        int after = treaty.tokens().end() <= verb && verb + 2 < tokens.size() && Words.lower(tokens.get(verb + 1)).equals("with")
                ? verb + 1 : treaty.tokens().end();
        if (after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("with")) {
            int at = Words.skipDeterminers(tokens, after + 1);
            Mention with = sm.startingAt(at);
            if (with != null && with.type() == MentionType.ROLE) {
                with = sm.startingAt(with.end());
            }
            if (with != null && (with.type() == MentionType.COUNTRY || with.type() == MentionType.SEAT)) {
                draft.parties.add(with.entity());
            } else if (with != null && with.type() == MentionType.ORGANISATION && with.entity() != null) {
                draft.parties.add(with.country() != null ? with.country() : with.entity());
            } else if (with != null && with.type() == MentionType.PERSON) {
                Entity person = context.resolver().entity(with);
                Entity country = person == null ? null : context.stateOf(person);
                if (country != null) {
                    draft.parties.add(country);
                }
            }
        }
        if (!treaty.proper()) {
            draft.aliases.add(treaty.name().toLowerCase(Locale.ROOT));
        }
        int treatyOffset = sentence.charSpan(treaty.tokens()).start() - sentence.span().start();
        String date = DateResolver.nearest(sentence, context.article().published(), treatyOffset);
        if (draft.date == null && date != null) {
            draft.date = date;
        }
        String place = place(sm, Math.min(verb, treaty.tokens().start()), Math.max(verb, treaty.tokens().end()) + 12);
        if (draft.place == null && place != null) {
            draft.place = place;
        }
        int from = Math.min(verb, treaty.tokens().start());
        for (Mention actor : actors) {
            from = Math.min(from, actor.start());
        }
        int to = Math.max(verb + 1, treaty.tokens().end());
        CharSpan evidence = sentence.charSpan(new TokenSpan(from, to));
        double confidence = treaty.proper() ? 0.8 : 0.6;
        if (draft.provenance == null || draft.provenance.confidence() < confidence) {
            draft.provenance = new Provenance(sentence.text(), sentence.span(), evidence, NAME, confidence);
        }
    }

    /**
     * An article that is the treaty itself: its title is a treaty's name and its text ends in a signature block
     * ("Signed at Kuala Lumpur on October 26, 2025" and the names, or just the names and posts). The persons
     * above "Witnessed by" sign; their states and the states the block names are the parties.
     */
    private static void readSignedDocument(ArticleContext context, Map<String, Draft> drafts) {
        TreatyName title = null;
        for (SentenceMentions sm : context.titleMentions()) {
            List<TreatyName> names = TreatyName.find(sm.sentence());
            // the title is the treaty's name, not a message about it ("A Message to the Senate transmitting the Treaty")
            if (!names.isEmpty() && names.get(0).tokens().start() <= 1
                    && !COMMUNICATIONS.contains(names.get(0).name().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                title = names.get(0);
                break;
            }
        }
        SignatureBlock block = SignatureBlock.of(context.mentions());
        if (title == null || block == null) {
            return;
        }
        Draft draft = new Draft(title.name());
        for (SentenceMentions line : block.lines()) {
            for (Mention m : line.mentions()) {
                Entity entity = context.resolver().entity(m);
                if (m.type() == MentionType.PERSON && entity != null && entity.key().contains(" ")) {
                    draft.signatories.add(entity);
                    Entity country = context.stateOf(entity);
                    if (country != null) {
                        draft.parties.add(country);
                    }
                } else if (m.type() == MentionType.COUNTRY) {
                    draft.parties.add(m.entity());
                }
            }
        }
        if (draft.signatories.isEmpty()) {
            return;
        }
        SentenceMentions signedAt = block.signedAt();
        Sentence evidence = signedAt != null ? signedAt.sentence() : block.lines().get(0).sentence();
        if (signedAt != null) {
            draft.date = DateResolver.find(evidence, context.article().published());
            draft.place = place(signedAt, 0, signedAt.sentence().size());
        }
        draft.provenance = new Provenance(evidence.text(), evidence.span(), evidence.span(), NAME, 0.7);
        Draft known = drafts.get(key(title.name()));
        if (known == null) {
            drafts.put(key(title.name()), draft);
        } else {
            known.signatories.addAll(draft.signatories);
            known.parties.addAll(draft.parties);
            known.date = known.date != null ? known.date : draft.date;
            known.place = known.place != null ? known.place : draft.place;
        }
    }

    /**
     * "Agreements on Reciprocal Trade with Malaysia and Cambodia", "critical minerals cooperation agreements with
     * Thailand and Malaysia": a plural treaty word with several partners is one treaty with each.
     */
    private static Map<TreatyName, Entity> eachWith(SentenceMentions sm, TreatyName treaty) {
        Map<TreatyName, Entity> whole = new LinkedHashMap<>();
        whole.put(treaty, null);
        String name = treaty.name();
        int with = name.lastIndexOf(" with ");
        String head = treaty.head();
        if (with < 0 || !head.endsWith("s") || head.equals("accords") || !name.toLowerCase(Locale.ROOT).contains(head)) {
            return whole;
        }
        Map<TreatyName, Entity> each = new LinkedHashMap<>();
        for (Mention m : sm.mentions()) {
            if (m.start() >= treaty.tokens().start() && m.end() <= treaty.tokens().end() && m.type() == MentionType.COUNTRY
                    && sm.sentence().charSpan(m.tokens()).start() - sm.sentence().charSpan(treaty.tokens()).start() > with) {
                each.put(new TreatyName(treaty.tokens(), singular(name.substring(0, with), head) + " with " + m.text(), treaty.proper()), m.entity());
            }
        }
        return each.size() < 2 ? whole : each;
    }

    /** "Agreements on Reciprocal Trade" -> "Agreement on Reciprocal Trade", keeping the word's case. */
    private static String singular(String name, String pluralHead) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\b" + pluralHead + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(name);
        if (!word.find()) {
            return name;
        }
        return name.substring(0, word.end() - 1) + name.substring(word.end());
    }

    /**
     * "Statement ... on the Occasion of an Agreement between the Republic of Mauritius and the United Kingdom on
     * the Status of the Chagos Archipelago": a headline that names a treaty by its full title ("Agreement
     * between ...", "Treaty on ...") reports that treaty; the states its name names are its parties.
     */
    private static void readTitleTreaty(ArticleContext context, Map<String, Draft> drafts) {
        for (SentenceMentions sm : context.titleMentions()) {
            for (TreatyName name : TreatyName.find(sm.sentence())) {
                String[] words = name.name().split("\\s+");
                if (words.length < 4 || !TreatyName.HEADS.contains(words[0].toLowerCase(Locale.ROOT))
                        || drafts.containsKey(key(name.name()))) {
                    continue;
                }
                Draft draft = new Draft(name.name());
                draft.parties.addAll(statesNamedIn(context, sm, name));
                draft.parties.addAll(partiesListedInText(context, words[0]));
                if (draft.parties.isEmpty()) {
                    continue;
                }
                Sentence title = sm.sentence();
                draft.provenance = new Provenance(title.text(), title.span(), title.charSpan(name.tokens()), NAME, 0.6, true);
                drafts.put(key(name.name()), draft);
            }
        }
    }

    /**
     * "Pursuant to this Memorandum of Understanding, the Governments of A, B, ... and C commit": an article that is
     * the document itself lists its parties in a sentence that speaks of "this" document.
     */
    private static List<Entity> partiesListedInText(ArticleContext context, String head) {
        List<Entity> parties = new ArrayList<>();
        for (SentenceMentions sm : context.mentions()) {
            List<Token> tokens = sm.sentence().tokens();
            boolean self = false;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                self |= Words.lower(tokens.get(i)).equals("this") && Words.lower(tokens.get(i + 1)).equals(head.toLowerCase(Locale.ROOT));
            }
            if (!self) {
                continue;
            }
            Draft listed = new Draft("");
            addEnumeratedStates(sm, listed);
            parties.addAll(listed.parties);
        }
        return parties;
    }

    /**
     * "I have approved the Agreement": an event reported through a description still binds the states that the
     * treaty's full name names where the article gives it ("Agreement between the Government of the United
     * States of America, the Government of Australia, and ...").
     */
    private static void addStatesNamedInNames(ArticleContext context, Map<String, Draft> drafts) {
        for (SentenceMentions sm : context.mentions()) {
            for (TreatyName name : TreatyName.find(sm.sentence())) {
                Draft draft = drafts.get(key(name.name()));
                if (draft == null) {
                    continue;
                }
                draft.parties.addAll(statesNamedIn(context, sm, name));
            }
        }
    }

    /**
     * "the Falepili Union treaty between Australia and Tuvalu", "a memorandum between the Ministry of Foreign Affairs
     * of Japan and the Department of Foreign Affairs and Trade of Australia": the states or their bodies after
     * "between" in or right after the treaty's name are its parties (a body for its state).
     */
    private static List<Entity> statesBetween(SentenceMentions sm, TreatyName treaty) {
        List<Token> tokens = sm.sentence().tokens();
        List<Entity> states = new ArrayList<>();
        // the name reader may have read "between the Ministry" into the name: its list may start inside it
        int after = treaty.tokens().start();
        while (after < Math.min(tokens.size(), treaty.tokens().end() + 1) && !Words.lower(tokens.get(after)).equals("between")) {
            after++;
        }
        if (after >= tokens.size() || after > treaty.tokens().end()) {
            return states;
        }
        boolean lastItem = false; // after "and": "between Greece and Turkey, and France objected" ends at Turkey
        for (int i = after + 1; i < tokens.size(); ) {
            Mention m = sm.startingAt(i);
            Entity state = m == null ? null : m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT ? m.entity()
                    : m.type() == MentionType.ORGANISATION ? m.country() : null;
            if (state != null) {
                states.add(state);
                i = skipOfState(sm, m.end());
                if (lastItem) {
                    break;
                }
            } else if (m != null && m.type() == MentionType.ORGANISATION
                    || m == null && (tokens.get(i).tag().equals("DET") || Words.lower(tokens.get(i)).equals("and") || tokens.get(i).text().equals(",")
                    || tokens.get(i).isCapitalised() || Words.lower(tokens.get(i)).equals("of"))) {
                // and the words of a body whose state follows it: "the Ministry of Health of Portugal"
                lastItem |= Words.lower(tokens.get(i)).equals("and");
                i = m != null ? m.end() : i + 1;
            } else {
                break;
            }
        }
        return states.size() >= 2 ? states.stream().distinct().toList() : List.of();
    }

    /** Past "of Australia" after a body whose state is already known. */
    private static int skipOfState(SentenceMentions sm, int i) {
        Mention state = stateAfter(sm, i);
        return state != null ? state.end() : i;
    }

    /** The state named by "of Australia" at {@code i}, or null. */
    private static Mention stateAfter(SentenceMentions sm, int i) {
        List<Token> tokens = sm.sentence().tokens();
        Mention state = i + 1 < tokens.size() && Words.lower(tokens.get(i)).equals("of") ? sm.startingAt(i + 1) : null;
        return state != null && state.type() == MentionType.COUNTRY ? state : null;
    }

    /**
     * The states a treaty's name names ("U.S.-Malaysia Agreement", "UAE-Israel Free Trade Agreement", where the
     * tokenizer leaves the hyphenated pair one word; a capital names a place, not a party).
     */
    private static List<Entity> statesNamedIn(ArticleContext context, SentenceMentions sm, TreatyName name) {
        List<Entity> states = new ArrayList<>();
        for (Mention m : sm.mentions()) {
            if (m.start() >= name.tokens().start() && m.end() <= name.tokens().end()
                    && (m.type() == MentionType.COUNTRY || m.type() == MentionType.DEMONYM)) {
                states.add(m.entity());
            }
        }
        for (int i = name.tokens().start(); i < name.tokens().end(); i++) {
            String word = sm.sentence().token(i).text();
            if (word.indexOf('-') <= 0 || sm.startingAt(i) != null) {
                continue;
            }
            for (String part : word.split("-")) {
                org.newsgraph.gazetteer.Entry entry = part.isEmpty() ? null : context.gazetteer().names().lookup(new String[] {part}, 0, 1);
                if (entry != null && (entry.type() == org.newsgraph.gazetteer.NameType.COUNTRY
                        || entry.type() == org.newsgraph.gazetteer.NameType.DEMONYM) && !states.contains(entry.entity())) {
                    states.add(entry.entity());
                }
            }
        }
        return states;
    }

    /** Three or more states listed with commas in the sentence of a treaty event are its parties. */
    private static void addEnumeratedStates(SentenceMentions sm, Draft draft) {
        List<Token> tokens = sm.sentence().tokens();
        List<Mention> run = new ArrayList<>();
        Mention previous = null;
        boolean closed = false;
        for (Mention m : sm.mentions()) {
            boolean state = m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT;
            // "the Kingdom of Saudi Arabia, the European Union, the Republic of India": a union of states may be listed among them
            if (!state && m.type() != MentionType.ORGANISATION) {
                continue;
            }
            if (previous != null && m.entity() != null && m.entity().equals(previous.entity()) && restated(tokens, previous.end(), m)) {
                previous = m; // "the United Arab Emirates (UAE)": the same party again, in brackets
                continue;
            }
            // one "and" closes a list: "between Greece and Turkey, and France objected" lists two
            boolean and = previous != null && tokens.subList(previous.end(), m.start()).stream().anyMatch(t -> Words.lower(t).equals("and"));
            if (previous != null && listed(tokens, previous.end(), m.start()) && !(and && closed)) {
                run.add(m);
                closed |= and;
            } else {
                flushRun(run, draft);
                run.clear();
                run.add(m);
                closed = false;
            }
            previous = m;
        }
        flushRun(run, draft);
    }

    /** A mention in brackets right after the one it restates: "(UAE)". */
    private static boolean restated(List<Token> tokens, int after, Mention m) {
        return m.start() == after + 1 && tokens.get(after).text().equals("(")
                && m.end() < tokens.size() && tokens.get(m.end()).text().equals(")");
    }

    private static boolean listed(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = Words.lower(tokens.get(i));
            if (!(word.equals(",") || word.equals("and") || word.equals(")") || tokens.get(i).tag().equals("DET"))) {
                return false;
            }
        }
        return to > from;
    }

    /** Three states or more listed together are the parties; an organisation among them is one too, but does not count. */
    private static void flushRun(List<Mention> run, Draft draft) {
        if (run.stream().filter(m -> m.type() != MentionType.ORGANISATION).count() >= 3) {
            run.forEach(m -> draft.parties.add(m.entity()));
        }
    }

    /**
     * "the Treaty between the United States and Cuba on ... (the “United States-Cuba Treaty”), and the Treaty
     * between ... Mexico": the names coordinated with the object share its event (an "and" and no verb between).
     */
    private static List<TreatyName> withCoordinated(Sentence sentence, List<TreatyName> names, TreatyName object) {
        List<TreatyName> all = new ArrayList<>(List.of(object));
        int end = object.tokens().end();
        for (TreatyName name : names) {
            if (name.tokens().start() < end || isDefinedTerm(sentence, name)) {
                continue;
            }
            boolean and = false;
            boolean clause = false;
            // "a Memorandum on A, an Agreement on B, and a Memorandum on C": a comma and an article list them too
            boolean listComma = true;
            for (int i = end; i < name.tokens().start(); i++) {
                Token t = sentence.token(i);
                and |= Words.lower(t).equals("and");
                clause |= Words.isVerb(t) || t.text().equals(";") || t.text().equals(":");
                listComma &= i == end ? t.text().equals(",") : t.tag().equals("DET");
            }
            if (!(and || listComma) || clause || name.tokens().start() - end > 30 || !name.proper()) {
                break;
            }
            all.add(name);
            end = name.tokens().end();
        }
        return all;
    }

    /**
     * The treaty the event verb governs: the nearest proper treaty name after it, within the clause ("transmit
     * two Treaties: the Treaty between ...": a colon after a treaty word opens the list of its names).
     */
    private static TreatyName objectOf(Sentence sentence, List<TreatyName> names, int verb) {
        TreatyName best = null;
        for (TreatyName name : names) {
            int start = name.tokens().start();
            int colon = colonAfterTreatyWord(sentence, verb + 1, start);
            // "the signing, by A and B, of a Memorandum": a signing noun's object may follow its agents
            int reach = isEventNoun(sentence.token(verb)) && ofBefore(sentence, start) ? 25 : 12;
            boolean after = start > verb && start - verb <= reach && !boundaryBetween(sentence, colon < 0 ? verb + 1 : colon + 1, start);
            boolean passiveSubject = name.tokens().end() <= verb && sentence.token(verb - 1).lemma().equals("be")
                    && (verb - name.tokens().end() <= 4 || parentheticalBetween(sentence, name, verb - 1));
            boolean relative = isReducedRelative(sentence, name, verb) || relativeSubject(sentence, name, verb) != null
                    || namedRelativeSubject(sentence, name, verb) != null;
            if ((after || passiveSubject || relative) && (best == null || Math.abs(start - verb) < Math.abs(best.tokens().start() - verb))) {
                best = name;
            }
        }
        return best;
    }

    /**
     * "The Trinity House Agreement, named after the building where the ceremony took place, was signed": the
     * sentence opens with the treaty, and a clause set off by commas stands between it and its verb.
     */
    private static boolean parentheticalBetween(Sentence sentence, TreatyName name, int auxiliary) {
        int end = name.tokens().end();
        return name.tokens().start() <= 1 && end < auxiliary - 1 && sentence.token(end).text().equals(",")
                && sentence.token(auxiliary - 1).text().equals(",");
    }

    /**
     * "the Jerusalem U.S.-Israel Strategic Partnership Joint Declaration signed during the President's visit", "the
     * Paris Agreement, ratified by ...": a participle right after the treaty's name reports its event.
     */
    static boolean isReducedRelative(Sentence sentence, TreatyName name, int verb) {
        int end = name.tokens().end();
        boolean adjacent = verb == end || verb == end + 1 && sentence.token(end).text().equals(",");
        String word = Words.lower(sentence.token(verb));
        return adjacent && sentence.token(verb).tag().equals("VERB") && (word.endsWith("ed") || word.equals("signed"));
    }

    /**
     * "the “Compact” they signed", "the agreement that we have signed today": a relative clause whose subject is
     * "they" or "we" reports the treaty's event; returns that pronoun, or null.
     */
    static String relativeSubject(Sentence sentence, TreatyName name, int verb) {
        int i = name.tokens().end();
        if (i < verb && TreatyName.CLOSING_QUOTES.contains(sentence.token(i).text())) {
            i++;
        }
        if (i < verb && Set.of("that", "which").contains(Words.lower(sentence.token(i)))) {
            i++;
        }
        if (i >= verb || !Set.of("they", "we").contains(Words.lower(sentence.token(i)))) {
            return null;
        }
        String pronoun = Words.lower(sentence.token(i));
        for (i++; i < verb; i++) {
            String tag = sentence.token(i).tag();
            if (!tag.equals("ADV") && !tag.equals("AUX")) {
                return null;
            }
        }
        return pronoun;
    }

    /**
     * "the Water Accord, which President A and President B signed", "the Agreement the two countries signed in
     * 2019": a relative clause whose subject names who signed. Returns the subject's tokens, or null when the words
     * between the treaty and the verb are no noun phrase.
     */
    static TokenSpan namedRelativeSubject(Sentence sentence, TreatyName name, int verb) {
        int i = name.tokens().end();
        if (i < verb && TreatyName.CLOSING_QUOTES.contains(sentence.token(i).text())) {
            i++;
        }
        // "the Accord, which ...": a comma only before the relative pronoun ("After the Accord, Russia signed" is a new clause)
        if (i + 1 < verb && sentence.token(i).text().equals(",") && Words.lower(sentence.token(i + 1)).equals("which")) {
            i++;
        }
        boolean pronoun = i < verb && Set.of("that", "which").contains(Words.lower(sentence.token(i)));
        if (pronoun) {
            i++;
        }
        int end = verb;
        while (end > i && Set.of("ADV", "AUX").contains(sentence.token(end - 1).tag())) {
            end--;
        }
        // without "that" or "which" the subject must open like a noun phrase: "the Agreement the two countries signed"
        if (end <= i || end - i > 20 || !pronoun && !Set.of("DET", "PROPN").contains(sentence.token(i).tag())
                || !Words.lower(sentence.token(verb)).equals("signed") && !pronoun) {
            return null;
        }
        boolean head = false;
        for (int j = i; j < end; j++) {
            Token t = sentence.token(j);
            String tag = t.tag();
            if (tag.equals("VERB") || Words.isHardBoundary(t) || t.text().equals(".") || Words.isPreposition(t) && !Words.lower(t).equals("of")) {
                return null;
            }
            head |= tag.equals("PROPN") || tag.equals("PRON") || GROUP_OF_STATES.contains(Words.lower(t)) || GROUP_OF_PERSONS.contains(Words.lower(t));
        }
        // a lone "they" or "we" is relativeSubject's: it stands for those who met or wrote, not for a named party
        boolean lonePronoun = end - i == 1 && sentence.token(i).tag().equals("PRON");
        return head && !lonePronoun ? new TokenSpan(i, end) : null;
    }

    /** The persons, states and bodies a noun phrase names. */
    private static List<Mention> actorsIn(SentenceMentions sm, TokenSpan span) {
        List<Mention> found = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) {
            Mention m = sm.startingAt(i);
            if (m == null) {
                continue;
            }
            Mention next = sm.startingAt(m.end());
            boolean titleAlone = m.type() == MentionType.ROLE && (next == null || next.type() != MentionType.PERSON);
            if (m.type().isActor() || titleAlone) {
                found.add(m);
            }
            i = m.end() - 1;
        }
        return found;
    }

    /** Nouns of a part played in bringing others to an agreement: "their leadership in reaching this deal". */
    private static final Set<String> FACILITATION = Set.of("leadership", "role", "efforts", "effort", "work", "partnership",
            "help", "mediation", "support", "assistance", "contribution", "contributions", "diplomacy", "facilitation");

    /** "thank X for their leadership and partnership in reaching this deal": X helped others agree. */
    private static boolean facilitated(List<Token> tokens, int verb) {
        if (verb < 2 || !Words.lower(tokens.get(verb - 1)).equals("in") || !Words.lower(tokens.get(verb)).endsWith("ing")) {
            return false;
        }
        for (int i = Math.max(0, verb - 6); i < verb - 1; i++) {
            if (FACILITATION.contains(Words.lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "signed the new treaty": a description stands for the article's named treaty of that kind; with no such
     * name, a description of two words or more ("a trade and economic deal") names the treaty itself. "The
     * agreement was signed by ...": a description before a passive stands for the treaty the article last
     * reported of that kind, or, when it is bare ("the pact"), of any kind.
     */
    private static TreatyName describedTreaty(Sentence sentence, int verb, List<TreatyName> named, Map<String, Draft> drafts) {
        boolean passive = verb > 0 && sentence.token(verb - 1).lemma().equals("be");
        for (TreatyName description : TreatyName.descriptions(sentence)) {
            int start = description.tokens().start();
            if (passive && description.tokens().end() <= verb && verb - description.tokens().end() <= 3) {
                Draft last = null;
                Draft latest = null;
                for (Draft draft : drafts.values()) {
                    if (draft.name.toLowerCase(Locale.ROOT).contains(description.head())) {
                        last = draft;
                    }
                    latest = draft;
                }
                // "the pact was signed by ..." after "signed a reciprocal access agreement": a bare description
                // with no earlier treaty of its kind stands for the one reported last
                if (last == null && description.isBare()) {
                    last = latest;
                }
                if (last != null) {
                    return new TreatyName(description.tokens(), last.name, true);
                }
                // "a memorandum of understanding about the pipeline was signed": a description that says what it is
                return description.tokens().length() >= 3 && !description.isBare() ? description : null;
            }
            // "the maritime boundary agreement that Greece and Egypt signed in 2020": a relative clause names who signed
            // ("the agreement that the United States signed with the Taliban": the clause identifies a bare one too)
            if (description.tokens().end() < verb && namedRelativeSubject(sentence, description, verb) != null) {
                TreatyName same = asNamed(description, named);
                return same != null ? same : description;
            }
            if (start > verb && start - verb <= 8 && !boundaryBetween(sentence, verb + 1, start)) {
                TreatyName same = asNamed(description, named);
                if (same != null) {
                    return same;
                }
                // "Colombia and Peru signed a protocol": an indefinite article introduces a treaty of its own
                boolean introduced = start > 0 && Set.of("a", "an").contains(Words.lower(sentence.token(start - 1)));
                return description.tokens().length() >= 2 && !description.isBare() || introduced ? description : null;
            }
        }
        return null;
    }

    /** "the new treaty" where the article names the treaty it means: the description under that name; else null. */
    private static TreatyName asNamed(TreatyName description, List<TreatyName> named) {
        for (TreatyName name : named) {
            if (description.refersTo(name)) {
                return new TreatyName(description.tokens(), name.name(), true);
            }
        }
        return null;
    }

    /** "memoranda" -> "memorandum of understanding", "agreements" -> "agreement". */
    private static String singularHead(String plural) {
        return switch (plural) {
            case "memoranda", "memorandums", "mous" -> "memorandum of understanding";
            case "treaties" -> "treaty";
            default -> plural.replaceAll("s$", "");
        };
    }

    /** Counted or plural treaty words that announce a list: "seven agreements", "several deals". */
    private static final Set<String> PLURAL_HEADS = Set.of("agreements", "accords", "deals", "memoranda", "memorandums",
            "treaties", "pacts", "protocols", "mous", "documents", "instruments");

    /**
     * The treaties a plural treaty word right after the verb announces: "memoranda of understanding on A, on B, and
     * on C" (one per topic), "three agreements in Asmara: on A, on B, and on C", and "seven agreements, including a
     * memorandum of understanding on river waters and an agreement on rail transit" (the names and descriptions
     * after "including", "such as" or a colon). Empty when there is no such list.
     */
    private static List<TreatyName> includedTreaties(Sentence sentence, int verb, List<TreatyName> names) {
        int plural = -1;
        for (int i = verb + 1; i < Math.min(sentence.size(), verb + 5); i++) {
            if (PLURAL_HEADS.contains(Words.lower(sentence.token(i)))) {
                plural = i;
                break;
            }
            if (Words.isVerb(sentence.token(i)) || Words.isHardBoundary(sentence.token(i))) {
                break;
            }
        }
        // "the signing of memoranda of understanding on A, on B, and on C": the topics follow the plural at once
        int topicsFrom = plural + 1;
        if (plural >= 0 && topicsFrom + 1 < sentence.size() && Words.lower(sentence.token(topicsFrom)).equals("of")
                && Words.lower(sentence.token(topicsFrom + 1)).startsWith("understanding")) {
            topicsFrom += 2;
        }
        if (plural >= 0) {
            List<TreatyName> topics = TreatyName.topicsAfter(sentence, topicsFrom, singularHead(Words.lower(sentence.token(plural))));
            if (topics.size() >= 2) {
                return topics;
            }
        }
        int including = -1;
        for (int i = plural + 1; plural >= 0 && i < Math.min(sentence.size(), plural + 10); i++) {
            String word = Words.lower(sentence.token(i));
            if (word.equals("including") || word.equals(":") || word.equals("such") && i + 1 < sentence.size() && Words.lower(sentence.token(i + 1)).equals("as")) {
                including = i;
                break;
            }
            if (Words.isVerb(sentence.token(i)) || Words.isHardBoundary(sentence.token(i))) {
                break;
            }
        }
        List<TreatyName> listed = new ArrayList<>();
        if (including < 0) {
            return listed;
        }
        // "signed three agreements in Asmara: on border crossings, on the port of Assab, and on postal links"
        if (sentence.token(including).text().equals(":")) {
            List<TreatyName> topics = TreatyName.topicsAfter(sentence, including + 1, singularHead(Words.lower(sentence.token(plural))));
            if (!topics.isEmpty()) {
                return topics;
            }
        }
        List<TreatyName> candidates = new ArrayList<>(names);
        candidates.addAll(TreatyName.descriptions(sentence));
        candidates.sort(java.util.Comparator.comparingInt(name -> name.tokens().start()));
        int end = including + 1;
        for (TreatyName name : candidates) {
            if (name.tokens().start() < end || name.isBare()) {
                continue;
            }
            // the list goes on through commas, "and" and articles only
            for (int i = end; i < name.tokens().start(); i++) {
                Token t = sentence.token(i);
                if (!(t.text().equals(",") || Words.lower(t).equals("and") || t.tag().equals("DET") || Words.lower(t).equals("as"))) {
                    return listed;
                }
            }
            listed.add(name);
            end = name.tokens().end();
        }
        return listed;
    }

    /** "(the “United States-Cuba Treaty”)": the short name a text defines for the treaty it has just named. */
    private static boolean isDefinedTerm(Sentence sentence, TreatyName name) {
        int start = name.tokens().start();
        for (int i = Math.max(0, start - 3); i < start; i++) {
            if (sentence.token(i).text().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** The position of "Treaties:" or "agreements:" between from and to, or -1. */
    private static int colonAfterTreatyWord(Sentence sentence, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            if (sentence.token(i).text().equals(":") && TreatyName.HEADS.contains(Words.lower(sentence.token(i - 1)).replaceAll("ies$", "y"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean boundaryBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = sentence.token(i);
            if (Words.isHardBoundary(t) || t.text().equals(".") || Words.lower(t).equals("that") || Words.lower(t).equals("which")) {
                return true;
            }
        }
        return false;
    }

    /** "of a Memorandum", "of the Treaty": the name is the object of "of". */
    private static boolean ofBefore(Sentence sentence, int start) {
        int i = start - 1;
        while (i > 0 && sentence.token(i).tag().equals("DET")) {
            i--;
        }
        return i >= 0 && Words.lower(sentence.token(i)).equals("of");
    }

    private static List<Mention> agentsOrSubjects(SentenceMentions sm, int agentsFrom, int verb) {
        List<Mention> agents = agentsAfter(sm, agentsFrom);
        return agents.isEmpty() ? subjectsBefore(sm, verb) : agents;
    }

    private static boolean byBefore(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> Words.lower(t).equals("by"));
    }

    private static boolean isEventNoun(Token token) {
        return token.tag().equals("NOUN") && EVENT_NOUNS.contains(Words.lower(token));
    }

    /** "put their names to the Protocol": an idiom of signing. */
    private static boolean putNameTo(Sentence sentence, int v) {
        return Words.lower(sentence.token(v)).equals("put") && v + 3 < sentence.size()
                && Words.lower(sentence.token(v + 2)).startsWith("name") && Words.lower(sentence.token(v + 3)).equals("to");
    }

    private static boolean isEvent(Token token) {
        return token.tag().equals("VERB") && Lemmas.candidates(token).stream().anyMatch(EVENT_LEMMAS::contains)
                || token.tag().equals("NOUN") && EVENT_NOUNS.contains(Words.lower(token));
    }

    /**
     * "The Verkhovna Rada voted to ratify": a verb with "to" and the event right after it shares its subject; a vote
     * may have its place and day between ("voted in Kyiv on Wednesday to ratify").
     */
    private static boolean leadsTo(List<Token> tokens, int other, int verb) {
        return Words.lower(tokens.get(verb - 1)).equals("to") && (other + 2 == verb
                || Lemmas.candidates(tokens.get(other)).contains("vote") && onlyPlaceAndTime(tokens, other + 1, verb - 1));
    }

    /** "in Kyiv on Wednesday": prepositions with the names, days and numbers they take, and nothing else. */
    private static boolean onlyPlaceAndTime(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String tag = tokens.get(k).tag();
            if (!(tag.equals("ADP") || tag.equals("PROPN") || tag.equals("NUM") || tag.equals("DET"))) {
                return false;
            }
        }
        return to - from <= 6;
    }

    /** "Putin and Kim signed", "Russian President Vladimir Putin and the DPRK leader Kim Jong Un signed". */
    private static List<Mention> subjectsBefore(SentenceMentions sm, int verb) {
        List<Token> tokens = sm.sentence().tokens();
        List<Mention> found = new ArrayList<>();
        // "the Philippines and Malaysia committed to ... by signing the Artemis Accords": the main clause's subject signs
        boolean byMeans = verb > 0 && Words.lower(tokens.get(verb - 1)).equals("by");
        for (int i = verb - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (Words.isHardBoundary(t) || (t.tag().equals("VERB") && i < verb - 1 && !byMeans && !leadsTo(tokens, i, verb))
                    || Set.of("that", "where", "which", "who", "when", "while").contains(Words.lower(t))) {
                break;
            }
            Mention m = sm.endingAt(i + 1);
            if (m != null) {
                Mention next = sm.startingAt(m.end());
                // "the President has signed": a title alone stands for its holder
                boolean titleAlone = m.type() == MentionType.ROLE && (next == null || next.type() != MentionType.PERSON);
                // "the U.S. and Malaysian governments signed"
                boolean stateBody = m.type() == MentionType.DEMONYM && m.end() < tokens.size()
                        && Words.lower(tokens.get(m.end())).startsWith("government");
                boolean actor = m.type() == MentionType.PERSON || m.type() == MentionType.PRONOUN || titleAlone || stateBody
                        || m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT || m.type() == MentionType.ORGANISATION;
                // "Here in San Francisco, our ministers signed": places after a preposition do not sign, but
                // "the foreign ministers of Ethiopia and Eritrea" name the states their title serves
                if (actor && (!followsPreposition(tokens, m.start()) || ofATitle(sm, m))) {
                    found.add(0, m);
                }
                i = m.start();
            } else if (t.text().equals(",") && !found.isEmpty() && !nextIsAnd(tokens, i)) {
                // "Russia's Ambassador, Alexander Matsegora, signed" keeps going; a clause comma stops
                continue;
            }
        }
        // persons first: when persons sign, countries in their titles are parties through the persons
        return found;
    }

    /** Words by which a text names the persons of a meeting together: "the two leaders", "both men". */
    private static final Set<String> GROUP_OF_PERSONS = Set.of("leaders", "men", "women", "presidents", "ministers");

    private static boolean personsGroup(Sentence sentence, TokenSpan subject) {
        for (int i = subject.start() + 1; i < subject.end(); i++) {
            if (GROUP_OF_PERSONS.contains(Words.lower(sentence.token(i)))
                    && Set.of("two", "both", "three").contains(Words.lower(sentence.token(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Words by which a text names the states of a meeting together: "the two countries", "their governments". */
    private static final Set<String> GROUP_OF_STATES = Set.of("countries", "governments", "nations", "sides", "states");

    /** "The two countries concluded", "both governments signed", "their governments' signing of": a group of states. */
    private static boolean groupOfStatesBefore(List<Token> tokens, int verb) {
        int j = verb - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("ADV") || tokens.get(j).tag().equals("AUX") || Words.isPossessive(tokens.get(j)))) {
            j--;
        }
        // "their governments’ signing": the tokenizer may keep the apostrophe on the word
        if (j < 1 || !GROUP_OF_STATES.contains(Words.lower(tokens.get(j)).replaceAll("['’]$", ""))) {
            return false;
        }
        String before = Words.lower(tokens.get(j - 1));
        return Set.of("two", "both", "their", "three").contains(before);
    }

    /** "our ministers signed", "our governments have signed": the authors' own people or states act. */
    private static boolean ourBefore(List<Token> tokens, int verb) {
        int j = subjectEnd(tokens, verb);
        return j >= 1 && tokens.get(j).tag().equals("NOUN") && Words.lower(tokens.get(j)).endsWith("s")
                && Words.lower(tokens.get(j - 1)).equals("our");
    }

    /**
     * The states of a text's authors: those a "we, the leaders of A, B and C" sentence lists, else the states of
     * the persons who sign it.
     */
    private static List<Entity> authorStates(ArticleContext context) {
        if (!context.resolver().authorStates().isEmpty()) {
            return context.resolver().authorStates();
        }
        List<Entity> states = new ArrayList<>();
        for (Entity author : context.resolver().authors()) {
            Entity state = context.stateOf(author);
            if (state != null && !states.contains(state)) {
                states.add(state);
            }
        }
        return states;
    }

    /** "We signed", "we have today signed": the subject is the first person plural. */
    private static boolean weBefore(List<Token> tokens, int verb) {
        int j = subjectEnd(tokens, verb);
        return j >= 0 && Words.lower(tokens.get(j)).equals("we");
    }

    /** The last word of the subject before a verb, past its adverbs and auxiliaries ("we have today signed"); -1 if none. */
    private static int subjectEnd(List<Token> tokens, int verb) {
        int j = verb - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("ADV") || tokens.get(j).tag().equals("AUX"))) {
            j--;
        }
        return j;
    }

    private static boolean nextIsAnd(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("and");
    }

    /** "Murat Nurtleu of Kazakhstan": the state right after a person's name is the one the person acts for. */
    private static boolean ofAPerson(SentenceMentions sm, Mention state) {
        int of = state.start() - 1;
        Mention person = of >= 1 && Words.lower(sm.sentence().token(of)).equals("of") ? sm.endingAt(of) : null;
        return state.type() == MentionType.COUNTRY && person != null && person.type() == MentionType.PERSON;
    }

    /** "the foreign ministers of Ethiopia and Eritrea": a state after "of" (and "and") that follows a title. */
    private static boolean ofATitle(SentenceMentions sm, Mention state) {
        if (state.type() != MentionType.COUNTRY) {
            return false;
        }
        List<Token> tokens = sm.sentence().tokens();
        int i = state.start() - 1;
        while (i > 0) {
            String word = Words.lower(tokens.get(i));
            Mention before = sm.endingAt(i + 1);
            if (word.equals("and") || word.equals(",") || tokens.get(i).tag().equals("DET")) {
                i--;
            } else if (before != null && before.type() == MentionType.COUNTRY) {
                i = before.start() - 1;
            } else {
                break;
            }
        }
        Mention title = i > 0 && Words.lower(tokens.get(i)).equals("of") ? sm.endingAt(i) : null;
        return title != null && title.type() == MentionType.ROLE;
    }

    private static boolean followsPreposition(List<Token> tokens, int start) {
        int j = start - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("DET") || tokens.get(j).tag().equals("ADJ"))) {
            j--;
        }
        return j >= 0 && Words.isPreposition(tokens.get(j));
    }

    /** "was signed by Putin and Kim": the persons, states and bodies after "by". */
    private static List<Mention> agentsAfter(SentenceMentions sm, int from) {
        List<Token> tokens = sm.sentence().tokens();
        int by = -1;
        for (int i = from; i < Math.min(tokens.size(), from + 8); i++) {
            if (Words.lower(tokens.get(i)).equals("by")) {
                by = i;
                break;
            }
        }
        List<Mention> found = new ArrayList<>();
        if (by < 0) {
            return found;
        }
        for (int i = by + 1; i < tokens.size(); i++) {
            Mention m = sm.startingAt(i);
            if (m != null) {
                if (m.type().isActor() || m.type() == MentionType.ROLE) {
                    found.add(m);
                }
                i = m.end() - 1;
                continue;
            }
            Token t = tokens.get(i);
            // "by President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany"
            // "by Defence Secretary John Healey and his German counterpart, Boris Pistorius"
            boolean counterpart = Set.of("his", "her", "their", "counterpart", "counterparts").contains(Words.lower(t))
                    // "by the foreign ministers of the four countries, A of Kazakhstan, ..."
                    || t.tag().equals("NUM") || GROUP_OF_STATES.contains(Words.lower(t));
            if (!(t.tag().equals("DET") || t.tag().equals("ADJ") || Words.lower(t).equals("and") || t.text().equals(",")
                    || Words.isPossessive(t) || Words.lower(t).equals("of") || counterpart)) {
                break;
            }
        }
        return found;
    }

    /**
     * "in Pyongyang", "at Tirana": a place after the event, by the name the text gives it; else one after
     * another "signed" of the sentence; else one the sentence opens with ("In Malaysia, President Trump signed", "Here in San Francisco, our ministers signed").
     */
    private static String place(SentenceMentions sm, int from, int until) {
        List<Token> tokens = sm.sentence().tokens();
        // the place of a signing stands near it: "signed the Treaty ... in Pyongyang", "signed at Tirana on ..."
        String after = placeBetween(sm, from, Math.min(tokens.size(), until));
        if (after != null) {
            return after;
        }
        // "..., both of which were signed at Washington on January 18, 2017": a signing elsewhere in the sentence
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tag().equals("VERB") && Lemmas.candidates(tokens.get(i)).contains("sign")) {
                String signedAt = placeBetween(sm, i + 1, Math.min(tokens.size(), i + 3));
                if (signedAt != null) {
                    return signedAt;
                }
            }
        }
        for (int i = 0; i < Math.min(from, 8); i++) {
            if (tokens.get(i).text().equals(",")) {
                return placeBetween(sm, 0, i);
            }
        }
        return null;
    }

    private static String placeBetween(SentenceMentions sm, int from, int to) {
        List<Token> tokens = sm.sentence().tokens();
        for (int i = from; i + 1 < to; i++) {
            String word = Words.lower(tokens.get(i));
            if (!(word.equals("in") || word.equals("at"))) {
                continue;
            }
            int j = Words.skipDeterminers(tokens, i + 1);
            Mention m = sm.startingAt(j);
            if (m != null && (m.type() == MentionType.SEAT || m.type() == MentionType.COUNTRY)) {
                return m.text();
            }
            int end = j;
            while (end < tokens.size() && tokens.get(end).isProperNoun() && tokens.get(end).isCapitalised()) {
                end++;
            }
            if (end > j && !isDateWord(tokens.get(j))) {
                return sm.sentence().text(new TokenSpan(j, end));
            }
        }
        return null;
    }

    /** A government or legislature acts for its state ("the Trump Administration", "Kenya's National Assembly"). */
    private static boolean isGovernment(Mention organisation) {
        String name = organisation.text().toLowerCase(Locale.ROOT);
        return Set.of("administration", "government", "cabinet", "parliament", "assembly", "senate", "congress", "legislature")
                .stream().anyMatch(name::endsWith);
    }

    private static final Pattern DATE_WORD = Pattern.compile(
            "January|February|March|April|May|June|July|August|September|October|November|December|\\d+");

    private static boolean isDateWord(Token token) {
        return DATE_WORD.matcher(token.text()).matches();
    }

    /**
     * The person who signs: a named person known by a full name or a post, or a bare title ("the President
     * has signed") standing for its holder.
     */
    private static List<Entity> personsOf(ArticleContext context, SentenceMentions sm, Mention actor) {
        if (actor.type() == MentionType.ROLE && actor.text().toLowerCase(Locale.ROOT).endsWith("s")) {
            // "signed by the energy ministers": everyone the article gave that post
            return context.facts().stream().filter(f -> f instanceof RoleFact role && role.current()
                    && role.role().endsWith(actor.roleLabel())).map(f -> ((RoleFact) f).person()).distinct().toList();
        }
        Entity one = personOf(context, sm, actor);
        return one == null ? List.of() : List.of(one);
    }

    private static Entity personOf(ArticleContext context, SentenceMentions sm, Mention actor) {
        if (actor.type() == MentionType.ROLE) {
            return org.newsgraph.extract.RoleHolders.holderOf(context, actor, sm);
        }
        Entity entity = context.resolver().entity(actor);
        if (entity == null || entity.kind() != EntityKind.PERSON) {
            return null;
        }
        return known(context, entity) ? entity : null;
    }

    /** A person known by a full name or a post: a lone word may be a place or a surname read wrongly. */
    private static boolean known(ArticleContext context, Entity person) {
        return person.key().contains(" ") || context.stateOf(person) != null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
    }

    /** A treaty as the article's events build it up. */
    private static final class Draft {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<Entity> signatories = new LinkedHashSet<>();
        final Set<Entity> parties = new LinkedHashSet<>();
        String date;
        String place;
        Provenance provenance;

        Draft(String name) {
            this.name = name.replaceAll("^(?i)the\\s+", "");
        }

        TreatyFact toFact() {
            return new TreatyFact(name, new ArrayList<>(aliases), new ArrayList<>(signatories), new ArrayList<>(parties),
                    date, place, provenance);
        }
    }
}
