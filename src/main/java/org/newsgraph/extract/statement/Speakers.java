package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.extract.RoleHolders;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.Entity;
import org.newsgraph.model.RoleFact;
import org.newsgraph.nlp.Lemmas;
import org.newsgraph.nlp.Token;

/**
 * Who speaks: the subject before a trigger, skipping what sits inside a prepositional phrase or is the
 * object of another verb; a bare post title ("the ambassador") is the person the article gave that post; "I"
 * and "we" in a statement are the person its title names.
 */
final class Speakers {
    /** A speaker found, with where it stands and how much less sure it makes the statement. */
    record Found(Entity entity, Mention mention, double penalty) {
        int start() {
            return mention == null ? 0 : mention.start();
        }

        int end() {
            return mention == null ? 0 : mention.end();
        }
    }

    private static final Set<String> BODY_NOUNS = Set.of("ministry", "government", "department", "agency", "office",
            "administration", "military", "army", "council", "committee", "court", "parliament", "embassy");
    private static final int MAX_DISTANCE = 30;

    private final ArticleContext context;

    Speakers(ArticleContext context) {
        this.context = context;
    }

    /** The subject(s) before token {@code before}: "Pak Jong Chon condemned", "Russia and the DPRK expressed". */
    List<Found> before(SentenceMentions sm, int before) {
        List<Token> tokens = sm.sentence().tokens();
        Found possessor = null;
        for (int i = before - 1; i >= 0 && before - i <= MAX_DISTANCE; i--) {
            Token token = tokens.get(i);
            if (isDash(token)) {
                // "we — President Macron of France, ..., and President Biden — express": the authors speak
                int open = i - 1;
                while (open >= 0 && !isDash(tokens.get(open))) {
                    open--;
                }
                if (open > 0 && Words.lower(tokens.get(open - 1)).equals("we") && context.resolver().authors().size() > 1) {
                    return context.resolver().authors().stream().map(a -> new Found(a, null, 0.1)).toList();
                }
            }
            if (Words.isHardBoundary(token) && !isDash(token)) {
                break;
            }
            Mention mention = sm.endingAt(i + 1);
            if (mention != null) {
                if (mention.type() == MentionType.ROLE) {
                    Entity holder = RoleHolders.holderOf(context, mention, sm);
                    if (holder != null && isFreeSubject(tokens, sm, mention.start())) {
                        return List.of(new Found(holder, mention, 0.1));
                    }
                    i = mention.start();
                    continue;
                }
                if (mention.type() == MentionType.DEMONYM && isBodyNounAt(tokens, mention.end()) && isFreeSubject(tokens, sm, mention.start())) {
                    // "the Russian government dismissed": a state's body speaks for the state
                    return List.of(new Found(mention.entity(), mention, 0.1));
                }
                if (mention.type().isActor() || mention.type() == MentionType.DEMONYM) {
                    Entity entity = entityOf(context, mention);
                    boolean possessive = mention.end() < tokens.size() && Words.isPossessive(tokens.get(mention.end()));
                    if (entity != null && mention.type() != MentionType.DEMONYM && isFreeSubject(tokens, sm, mention.start())
                            && isKnown(entity)) {
                        if (possessive && mention.end() + 1 < before) {
                            // "Iran's government condemned": the possessor speaks only if nothing better stands nearer
                            if (possessor == null) {
                                possessor = new Found(entity, mention, 0.2);
                            }
                        } else {
                            return coordinated(sm, new Found(entity, mention, mention.type() == MentionType.PRONOUN ? 0.15 : 0));
                        }
                    }
                    i = mention.start();
                    continue;
                }
            }
            String word = Words.lower(token);
            if (word.equals("they") && token.tag().equals("PRON") && i == 0) {
                List<Entity> group = context.resolver().group(sm.sentence().index());
                if (!group.isEmpty()) {
                    return group.stream().map(p -> new Found(p, null, 0.25)).toList();
                }
            }
            if ((word.equals("i") || word.equals("we")) && token.tag().equals("PRON") && isFreeSubject(tokens, sm, i)) {
                // first person in a quotation: whom the sentence quotes ("Dr. Ali Sha'ath: “I want to start by thanking ...”")
                Found quoted = quotedSpeaker(sm, i);
                if (quoted != null) {
                    return List.of(quoted);
                }
                // first person in a statement: its authors ("I" is the one the title names)
                List<Entity> authors = word.equals("i") && context.resolver().titlePerson() != null
                        ? List.of(context.resolver().titlePerson()) : weOf(context);
                return authors.stream().map(a -> new Found(a, null, 0.15)).toList();
            }
            if (BODY_NOUNS.contains(word) && i > 0 && Words.lower(tokens.get(i - 1)).equals("the")) {
                Found body = lastBody(sm, word);
                if (body != null) {
                    return List.of(body);
                }
            }
        }
        return possessor == null ? List.of() : List.of(possessor);
    }

    /**
     * Who "we" are: the persons who author the text, and the states a "we, the leaders of A, B and C" sentence
     * names that none of them speaks for ("We, the leaders of Canada, France and Germany" in a text with no
     * author named speaks for the three states).
     */
    private static List<Entity> weOf(ArticleContext context) {
        List<Entity> authors = context.resolver().authors();
        if (authors.size() > 1 || context.resolver().authorStates().isEmpty()) {
            return authors;
        }
        List<Entity> we = new ArrayList<>(authors);
        Set<Entity> spokenFor = new HashSet<>();
        authors.forEach(a -> spokenFor.add(context.stateOf(a)));
        context.resolver().authorStates().stream().filter(state -> !spokenFor.contains(state)).forEach(we::add);
        return we;
    }

    /**
     * The person a quotation around token {@code at} is attributed to, when the sentence names them right
     * before it: "Name: “...”", "Name said, “...”"; null when the token is not quoted or no one is named.
     */
    private Found quotedSpeaker(SentenceMentions sm, int at) {
        List<Token> tokens = sm.sentence().tokens();
        int open = -1;
        for (int i = 0; i < at; i++) {
            String t = tokens.get(i).text();
            if (t.equals("“") || t.equals("\"") && open < 0 || t.equals("``")) {
                open = i;
            } else if (t.equals("”") || t.equals("\"") || t.equals("''")) {
                open = -1;
            }
        }
        if (open < 0) {
            return null;
        }
        for (int i = open - 1; i >= 0 && open - i <= 7; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(":") || t.text().equals(",") || Set.of("say", "tell", "add", "write").stream().anyMatch(Lemmas.candidates(t)::contains)
                    || isWhen(t)) {
                continue; // "Name said on Friday, “...”"
            }
            Mention mention = sm.endingAt(i + 1);
            if (mention != null && mention.type() == MentionType.COUNTRY && mention.start() > 1
                    && Words.lower(tokens.get(mention.start() - 1)).equals("of")) {
                i = mention.start() - 1; // "President Maria Lopes of Chile said, “...”"
                continue;
            }
            if (mention != null && mention.type() == MentionType.PERSON) {
                Entity person = entityOf(context, mention);
                return person == null ? null : new Found(person, mention, 0.1);
            }
            if (mention != null && mention.type() == MentionType.ROLE) {
                Entity holder = RoleHolders.holderOf(context, mention, sm);
                return holder == null ? null : new Found(holder, mention, 0.15);
            }
            return null;
        }
        return null;
    }

    /** Verbs that report what someone said, wrote or thought; the clause after them has its own subject. */
    static final Set<String> SAYING = Set.of("say", "report", "announce", "state", "claim", "confirm", "write",
            "argue", "insist", "believe", "add");
    private static final Set<String> WHEN = Set.of("on", "today", "yesterday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "later", "earlier", "also", "then");

    private static boolean isWhen(Token token) {
        return WHEN.contains(Words.lower(token));
    }

    /** A speaker named by one word ("Allies") must be someone the article knows: a full name or a post. */
    private boolean isKnown(Entity entity) {
        return isKnown(context, entity);
    }

    /**
     * A person named by one word ("Allies", "Hiroshima" taken for a name) is someone only when the article gives
     * them a post; full names and everything else are taken as found.
     */
    static boolean isKnown(ArticleContext context, Entity entity) {
        if (entity.kind() != org.newsgraph.model.EntityKind.PERSON || entity.key().contains(" ")) {
            return true;
        }
        return context.facts().stream().anyMatch(f -> f instanceof RoleFact role && role.person().equals(entity));
    }

    private static boolean isDash(Token token) {
        return token.text().equals("—") || token.text().equals("–");
    }

    private static boolean isBodyNounAt(List<Token> tokens, int i) {
        return i < tokens.size() && (BODY_NOUNS.contains(Words.lower(tokens.get(i)))
                || Set.of("authorities", "officials", "forces", "leadership", "president", "foreign", "defense", "defence").contains(Words.lower(tokens.get(i))));
    }

    /** The actors that are the subject before a token, first person and post titles left out. */
    List<Found> subjectsOf(SentenceMentions sm, int before) {
        List<Token> tokens = sm.sentence().tokens();
        for (int i = before - 1; i >= 0 && before - i <= 8; i--) {
            Token token = tokens.get(i);
            if (Words.isHardBoundary(token) || token.text().equals(",") || token.tag().equals("VERB")) {
                break;
            }
            Mention mention = sm.endingAt(i + 1);
            if (mention == null) {
                continue;
            }
            if (mention.type() == MentionType.DEMONYM && isBodyNounAt(tokens, mention.end())) {
                return List.of(new Found(mention.entity(), mention, 0.1));
            }
            if ((mention.type() == MentionType.COUNTRY || mention.type() == MentionType.ORGANISATION || mention.type() == MentionType.PERSON
                    || mention.type() == MentionType.SEAT) && isFreeSubject(tokens, sm, mention.start())) {
                Entity entity = entityOf(context, mention);
                return entity == null || !isKnown(entity) ? List.of() : coordinated(sm, new Found(entity, mention, 0));
            }
            i = mention.start();
        }
        return List.of();
    }

    /** The subject that opens a clause at {@code from}: "..., Thailand will release", "..., the Senate voted". */
    List<Found> subjectAfter(SentenceMentions sm, int from) {
        List<Token> tokens = sm.sentence().tokens();
        int i = Words.skipDeterminers(tokens, from);
        Mention mention = sm.startingAt(i);
        if (mention == null || !mention.type().isActor() || mention.type() == MentionType.PRONOUN) {
            return List.of();
        }
        Entity entity = entityOf(context, mention);
        return entity == null || !isKnown(entity) ? List.of() : coordinatedAfter(sm, new Found(entity, mention, 0));
    }

    /** The agents after "by" in a passive: "was condemned by the United Nations", "by Egypt, Greece and Cyprus". */
    List<Found> after(SentenceMentions sm, int from) {
        List<Token> tokens = sm.sentence().tokens();
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            Mention mention = sm.startingAt(i);
            if (mention != null && (mention.type().isActor())) {
                Entity entity = entityOf(context, mention);
                return entity == null ? List.of() : coordinatedAfter(sm, new Found(entity, mention, 0));
            }
            if (mention != null && mention.type() == MentionType.ROLE) {
                Entity holder = RoleHolders.holderOf(context, mention, sm);
                if (holder != null) {
                    return List.of(new Found(holder, mention, 0.1));
                }
            }
        }
        return List.of();
    }

    /** "by Egypt, Greece and Cyprus": the agents coordinated after the first. */
    private List<Found> coordinatedAfter(SentenceMentions sm, Found first) {
        List<Found> all = new ArrayList<>(List.of(first));
        List<Token> tokens = sm.sentence().tokens();
        int i = first.end();
        while (i + 1 < tokens.size() && (Words.lower(tokens.get(i)).equals("and") || tokens.get(i).text().equals(","))) {
            int next = Words.skipDeterminers(tokens, Words.lower(tokens.get(i + 1)).equals("and") ? i + 2 : i + 1);
            Mention mention = sm.startingAt(next);
            Entity entity = mention == null || !mention.type().isActor() || mention.type() == MentionType.PRONOUN
                    ? null : entityOf(context, mention);
            if (entity == null) {
                break;
            }
            all.add(new Found(entity, mention, first.penalty() + 0.05));
            i = mention.end();
        }
        return all;
    }

    /** "Russia and the DPRK have expressed": both subjects speak. */
    private List<Found> coordinated(SentenceMentions sm, Found last) {
        List<Found> all = new ArrayList<>();
        all.add(last);
        List<Token> tokens = sm.sentence().tokens();
        int i = titleStart(sm, last.start()) - 1;
        while (i >= 1) {
            // "Fornost and the evil awful Gondor": determiners and modifiers before a member belong to it
            while (i >= 0 && isModifier(tokens.get(i))) {
                i--;
            }
            if (i < 1 || !(Words.lower(tokens.get(i)).equals("and") || tokens.get(i).text().equals(","))) {
                break;
            }
            if (Words.lower(tokens.get(i)).equals("and") && tokens.get(i - 1).text().equals(",") && i > 1) {
                i--; // "The United States, Japan, and the Republic of Korea condemn": the serial comma
            }
            Mention previous = sm.endingAt(i);
            // "In Japan, President Trump announced": a place after a preposition is no subject; but "Lawmakers in
            // Fornost and Gondor" are a subject noun's, and so is each member of its coordination
            if (previous == null || !previous.type().isActor() || previous.type() == MentionType.PRONOUN
                    || !isFreeSubject(tokens, sm, titleStart(sm, previous.start()))
                    && !(Words.lower(tokens.get(i)).equals("and") && ofSubjectNoun(tokens, sm, titleStart(sm, previous.start())))) {
                break;
            }
            Entity entity = entityOf(context, previous);
            if (entity == null) {
                break;
            }
            all.add(0, new Found(entity, previous, last.penalty() + 0.05));
            i = titleStart(sm, previous.start()) - 1;
        }
        return all;
    }

    /** A determiner or modifier in lower case ("the evil awful"): the tagger may call "evil" a noun. */
    private static boolean isModifier(Token token) {
        String tag = token.tag();
        boolean lower = !token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0));
        // "the small but proud": a "but" between two modifiers joins them, not two subjects
        return tag.equals("DET") || lower && (tag.equals("ADJ") || tag.equals("ADV") || tag.equals("NOUN") || Words.lower(token).equals("but"))
                && !Words.lower(token).equals("and") && !Words.lower(token).equals("or");
    }

    /**
     * "Lawmakers in Fornost", "the envoys of Arnor": a name after a preposition that follows the noun a clause
     * begins with (after nothing but determiners and modifiers).
     */
    private static boolean ofSubjectNoun(List<Token> tokens, SentenceMentions sm, int start) {
        int preposition = start - 1;
        while (preposition >= 0 && tokens.get(preposition).tag().equals("DET")) {
            preposition--;
        }
        if (preposition < 1 || !List.of("in", "of", "from").contains(Words.lower(tokens.get(preposition)))
                || !tokens.get(preposition - 1).tag().equals("NOUN")) {
            return false;
        }
        for (int j = preposition - 2; j >= 0; j--) {
            String tag = tokens.get(j).tag();
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a name's title begins: "Russian President Vladimir Putin and Chinese President Xi Jinping" — the
     * post and the state or demonym before it belong to the name, so coordination is looked for before them.
     */
    private static int titleStart(SentenceMentions sm, int nameStart) {
        List<Token> tokens = sm.sentence().tokens();
        int start = nameStart;
        Mention role = sm.endingAt(start);
        if (role == null || role.type() != MentionType.ROLE) {
            return start;
        }
        start = role.start();
        int possessive = start > 0 && Words.isPossessive(tokens.get(start - 1)) ? start - 1 : start;
        Mention state = sm.endingAt(possessive);
        if (state != null && (state.type() == MentionType.DEMONYM || state.type() == MentionType.COUNTRY)) {
            start = state.start();
        }
        return start;
    }

    /**
     * A subject is not inside a prepositional phrase ("aid to Ukraine") nor the object of another verb
     * ("condemned the US ..., reiterating").
     */
    static boolean isFreeSubject(List<Token> tokens, SentenceMentions sm, int start) {
        int j = start - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            Mention m = sm.endingAt(j + 1);
            if (m != null && (m.type() == MentionType.ROLE || m.type() == MentionType.DEMONYM || m.type() == MentionType.COUNTRY)) {
                j = m.start() - 1; // "Russian President Vladimir Putin"
                continue;
            }
            if (t.tag().equals("DET") || t.tag().equals("ADJ") || t.tag().equals("NUM") || Words.isPossessive(t)) {
                j--;
                continue;
            }
            break;
        }
        if (j < 0) {
            return true;
        }
        Token previous = tokens.get(j);
        // "Several states, including France and Germany, condemned": the members of a subject speak
        if (Words.lower(previous).equals("including") || Words.lower(previous).equals("as") && j > 0 && Words.lower(tokens.get(j - 1)).equals("such")) {
            return true;
        }
        if (Words.isPreposition(previous) && !Words.lower(previous).equals("after") && !Words.lower(previous).equals("before")) {
            return false;
        }
        // "Fars reported Iran issued ...": after a verb of saying, a clause and its own subject begin
        return !previous.tag().equals("VERB") || Lemmas.candidates(previous).stream().anyMatch(SAYING::contains);
    }

    /** "the ministry stated": the last body of that kind named up to this sentence. */
    private Found lastBody(SentenceMentions here, String noun) {
        List<SentenceMentions> all = context.mentions();
        for (int s = here.sentence().index(); s >= 0; s--) {
            List<Mention> mentions = all.get(s).mentions();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.type() == MentionType.ORGANISATION && m.entity().key().toLowerCase(Locale.ROOT).contains(noun)) {
                    return new Found(m.entity(), null, 0.2);
                }
            }
        }
        return null;
    }

    static Entity entityOf(ArticleContext context, Mention mention) {
        return context.resolver().entity(mention);
    }
}
