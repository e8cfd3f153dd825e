package org.newsgraph.extract.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.RoleHolders;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Person–role–country from a post title and its neighbours: the owner before the title ("Russian
 * President", "Russia's Ambassador", "the DPRK leader") or after it ("... of Russia"), the person right after
 * the title ("President Vladimir Putin"), in apposition before it ("Sergei Lavrov, Russia's foreign
 * minister,") or listed after a plural title ("Senators Carper and Kennedy"). "former" and "then-" mark posts
 * no longer held. A post in a domestic body ("the Supreme Court", "the Senate") belongs to the body's
 * country; a title with no owner at all belongs to the country the article is about, with less confidence.
 */
public final class RoleExtractor implements Extractor {
    static final String NAME = "role-pattern";
    static final double GUESSED_OWNER = 0.5;
    /** The confidence of a post whose state the dictionary of office-holders gives at the article's date. */
    static final double KNOWN_OWNER = 0.7;
    /** Heads of bodies that belong to a state: their posts are the state's posts. */
    private static final Set<String> DOMESTIC_HEADS = Set.of("senate", "house", "congress", "parliament", "assembly",
            "court", "party", "ministry", "administration", "government", "cabinet", "police", "department",
            "legislature", "council", "committee", "office", "army", "forces", "navy", "agency", "service", "bureau", "guard");

    /** Posts a state gives one person at a time. */
    private static final Set<String> SINGLE_HOLDER_POSTS = Set.of("president", "prime minister", "chancellor", "king",
            "queen", "pope", "secretary-general", "emir", "sultan", "premier");

    /** The confidence of a post whose holder the user's dictionary of persons gives. */
    private static final double DICTIONARY_HOLDER = 0.6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        List<RoleFact> found = new ArrayList<>();
        Owners owners = new Owners(context);
        for (SentenceMentions sentence : context.mentions()) {
            readSentence(context, owners, sentence, false, found);
            readCounterparts(context, sentence, found);
            readRespectiveHolders(context, sentence, found);
        }
        readSignatureLines(context, owners, found);
        readSignersByDictionary(context, found);
        readDictionaryHolders(context, found);
        // "Statement by President Joe Biden": a title names posts too
        for (SentenceMentions sentence : context.titleMentions()) {
            readSentence(context, owners, sentence, true, found);
        }
        found = withListNeighboursOwners(context, found);
        List<RoleFact> kept = new ArrayList<>();
        for (RoleFact fact : found) {
            if (!(isGuess(fact) && hasExplicitPost(found, fact)) && !isRankOfPostHolder(found, fact) && !isVaguerLabel(found, fact)) {
                kept.add(fact);
            }
        }
        return new ArrayList<>(withOnePresentHolder(context, kept));
    }

    /**
     * "Minister Kamikawa" where the article also says "Minister for Foreign Affairs": the same post of the same state
     * named less fully (its label's words are some of the other's) is not written twice.
     */
    private static boolean isVaguerLabel(List<RoleFact> found, RoleFact fact) {
        List<String> words = List.of(fact.role().split(" "));
        return found.stream().anyMatch(other -> other != fact && other.person().equals(fact.person()) && other.country().equals(fact.country())
                && other.current() == fact.current() && !other.role().equals(fact.role()) && List.of(other.role().split(" ")).containsAll(words));
    }

    /** "Defence Minister Sadio Camara" ... "General Camara": a rank, where the article gives the person a post too. */
    private static boolean isRankOfPostHolder(List<RoleFact> found, RoleFact fact) {
        return RANKS.contains(fact.role()) && found.stream().anyMatch(other -> other.person().equals(fact.person())
                && other.current() && !RANKS.contains(other.role()));
    }

    /**
     * "Ruritania's president said": a title without a name gives its holder on the article's date when the user's
     * dictionary of persons lists one; the post is written down too, so that the graph holds who held it when.
     */
    private static void readDictionaryHolders(ArticleContext context, List<RoleFact> found) {
        for (SentenceMentions sm : context.mentions()) {
            for (Mention role : sm.mentions()) {
                if (role.type() != MentionType.ROLE) {
                    continue;
                }
                OfficeHolders.Term term = RoleHolders.dictionaryHolder(context, role, sm);
                if (term == null) {
                    continue;
                }
                Entity person = Entity.person(term.name());
                boolean known = found.stream().anyMatch(f -> f.person().equals(person) && f.role().equals(term.post()));
                if (!known && term.owner().kind() == EntityKind.COUNTRY) {
                    Sentence sentence = sm.sentence();
                    Provenance provenance = new Provenance(sentence.text(), sentence.span(), sentence.charSpan(role.tokens()), NAME, DICTIONARY_HOLDER);
                    found.add(new RoleFact(person, term.post(), term.owner(), null, true, provenance));
                }
            }
        }
    }

    /**
     * "President Truman said ..." in a statement by President Biden: a state has one president at a time, so of
     * several persons given such a post the article's own (its author, a post stated outright, the one it names
     * most) holds it now and the others held it before.
     */
    private static List<RoleFact> withOnePresentHolder(ArticleContext context, List<RoleFact> roles) {
        Map<String, List<RoleFact>> byPost = new LinkedHashMap<>();
        for (RoleFact role : roles) {
            if (role.current() && SINGLE_HOLDER_POSTS.contains(role.role())) {
                byPost.computeIfAbsent(role.role() + "|" + role.country().key(), k -> new ArrayList<>()).add(role);
            }
        }
        Set<RoleFact> past = new HashSet<>();
        Map<Entity, Integer> named = new HashMap<>();
        for (SentenceMentions sm : context.mentions()) {
            for (Mention m : sm.mentions()) {
                Entity person = m.type() == MentionType.PERSON || m.type() == MentionType.PRONOUN ? context.resolver().entity(m) : null;
                if (person != null) {
                    named.merge(person, 1, Integer::sum);
                }
            }
        }
        ToIntFunction<RoleFact> standing = role -> (role.person().equals(context.resolver().titlePerson()) ? 100_000 : 0)
                + (isGuess(role) ? 0 : 10_000) + named.getOrDefault(role.person(), 0);
        for (List<RoleFact> holders : byPost.values()) {
            int best = holders.stream().mapToInt(standing).max().orElse(0);
            holders.stream().filter(role -> standing.applyAsInt(role) < best).forEach(past::add);
        }
        return roles.stream().map(role -> past.contains(role) ? new RoleFact(role.person(), role.role(), role.country(),
                role.postedTo(), false, role.provenance()) : role).toList();
    }

    /**
     * A signature block puts the name on one line and the post under it: "Donald J. Trump" / "President of the
     * United States of America". Signatures in two columns give two names and two posts, taken in order; a
     * post cut by the layout ("Prime Minister of the Kingdom" / "of Cambodia") takes its state from the next
     * line.
     */
    /**
     * "including President Emmerson Mnangagwa, Vice President Constantino Chiwenga, ...": in a list of titled persons,
     * a post whose state was only guessed takes the state of the list item right before it, when that one is known.
     */
    private static List<RoleFact> withListNeighboursOwners(ArticleContext context, List<RoleFact> found) {
        List<RoleFact> out = new ArrayList<>(found);
        String text = context.article().text();
        for (int i = 0; i < out.size(); i++) {
            RoleFact guess = out.get(i);
            if (!isGuess(guess) || guess.provenance().inTitle()) {
                continue;
            }
            for (RoleFact known : out) {
                Provenance p = known.provenance();
                if (isGuess(known) || p.inTitle() || known.country().kind() != EntityKind.COUNTRY
                        || !p.sentenceSpan().equals(guess.provenance().sentenceSpan())) {
                    continue;
                }
                int gap = guess.provenance().evidence().start() - p.evidence().end();
                if (gap >= 1 && gap <= 6 && text.substring(p.evidence().end(), guess.provenance().evidence().start()).matches(",\\s*(and\\s+)?")) {
                    out.set(i, new RoleFact(guess.person(), guess.role(), known.country(), guess.postedTo(), guess.current(),
                            guess.provenance().withConfidence(LISTED_OWNER)));
                    break;
                }
            }
        }
        return out;
    }

    /** The confidence of a post whose state comes from the list item before it. */
    static final double LISTED_OWNER = 0.6;

    /** How many of an article's last sentences may hold the name that signs it. */
    private static final int SIGNATURE_LINES = 3;

    /**
     * A letter or message signed by a bare name ("JOSEPH R. BIDEN JR." under a message to Congress): the signer
     * holds the post the dictionary of office-holders gives them on the article's date.
     */
    private static void readSignersByDictionary(ArticleContext context, List<RoleFact> out) {
        List<SentenceMentions> sentences = context.mentions();
        for (int k = Math.max(0, sentences.size() - SIGNATURE_LINES); k < sentences.size(); k++) {
            SentenceMentions line = sentences.get(k);
            List<Mention> mentions = line.mentions();
            if (mentions.size() != 1 || mentions.get(0).type() != MentionType.PERSON
                    || mentions.get(0).tokens().length() < line.sentence().size() - 2) {
                continue; // a signature line is a name and little else ("Sincerely, Name")
            }
            Entity person = context.resolver().entity(mentions.get(0));
            if (person == null || out.stream().anyMatch(f -> f.person().equals(person))) {
                continue;
            }
            var term = context.gazetteer().officeHolders().heldOn(person.key(), context.article().published());
            if (term != null) {
                Sentence sentence = line.sentence();
                Provenance provenance = new Provenance(sentence.text(), sentence.span(), sentence.charSpan(mentions.get(0).tokens()),
                        NAME, KNOWN_OWNER);
                out.add(new RoleFact(person, term.post(), term.owner(), null, true, provenance));
            }
        }
    }

    private void readSignatureLines(ArticleContext context, Owners owners, List<RoleFact> out) {
        List<SentenceMentions> sentences = context.mentions();
        for (int k = 0; k + 1 < sentences.size(); k++) {
            SentenceMentions name = sentences.get(k);
            SentenceMentions post = sentences.get(k + 1);
            List<Mention> persons = name.mentions().stream().filter(m -> m.type() == MentionType.PERSON).toList();
            List<Mention> posts = post.mentions().stream().filter(m -> m.type() == MentionType.ROLE).toList();
            if (persons.isEmpty() || persons.size() != name.mentions().size() || persons.size() > 2
                    || persons.stream().mapToInt(m -> m.tokens().length()).sum() != name.sentence().size()
                    || posts.size() != persons.size() || post.mentions().get(0).start() != 0) {
                continue;
            }
            List<Mention> continued = k + 2 < sentences.size() ? statesContinuing(sentences.get(k + 2)) : List.of();
            Sentence line = post.sentence();
            for (int i = 0; i < persons.size(); i++) {
                Mention role = posts.get(i);
                int nextPost = i + 1 < posts.size() ? posts.get(i + 1).start() : line.size();
                Mention owner = ownerAfter(line.tokens(), post.mentions(), role.end());
                Sentence evidence = line;
                if (owner == null || owner.start() >= nextPost) {
                    owner = continued.size() == persons.size() ? continued.get(i) : null;
                    evidence = owner == null ? line : sentences.get(k + 2).sentence();
                }
                Entity person = context.resolver().entity(persons.get(i));
                if (owner == null || person == null) {
                    continue;
                }
                TokenSpan cited = evidence == line ? new TokenSpan(role.start(), owner.end()) : owner.tokens();
                Provenance provenance = new Provenance(evidence.text(), evidence.span(), evidence.charSpan(cited), NAME, 0.8);
                out.add(new RoleFact(person, owners.labelWith(owner, role.roleLabel()), owners.entityOf(owner), null, true, provenance));
            }
        }
    }

    /** "of Cambodia of Thailand": a line that only finishes the posts above it, one state per column. */
    private static List<Mention> statesContinuing(SentenceMentions line) {
        List<Token> tokens = line.sentence().tokens();
        if (tokens.isEmpty() || !Words.lower(tokens.get(0)).equals("of")) {
            return List.of();
        }
        List<Mention> states = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Mention m = line.startingAt(Words.skipDeterminers(tokens, i + 1));
            if (!Words.lower(tokens.get(i)).equals("of") || m == null || !isOwner(m)) {
                return List.of();
            }
            states.add(m);
            i = m.end() - 1;
        }
        return states;
    }

    /**
     * "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias,
     * Nikos Christodoulides and Jean-Yves Le Drian": a counterpart holds the same post for the state its
     * demonym names; listed counterparts take the listed demonyms in order.
     */
    private static void readCounterparts(ArticleContext context, SentenceMentions sm, List<RoleFact> found) {
        List<Token> tokens = sm.sentence().tokens();
        for (int c = 1; c < tokens.size(); c++) {
            String word = Words.lower(tokens.get(c));
            if (!word.equals("counterpart") && !word.equals("counterparts")) {
                continue;
            }
            List<Mention> states = new ArrayList<>();
            int p = c - 1;
            while (p >= 0) {
                Mention m = sm.endingAt(p + 1);
                if (m != null && (m.type() == MentionType.DEMONYM || m.type() == MentionType.COUNTRY)) {
                    states.add(0, m);
                    p = m.start() - 1;
                } else if (Words.lower(tokens.get(p)).equals(",") || Words.lower(tokens.get(p)).equals("and")) {
                    p--;
                } else {
                    break;
                }
            }
            if (states.isEmpty() || p < 0 || !Set.of("his", "her", "their").contains(Words.lower(tokens.get(p)))) {
                continue;
            }
            RoleFact post = postOfPersonBefore(context, sm, p, found);
            List<Mention> persons = new ArrayList<>();
            for (int i = c + 1; i < tokens.size(); ) {
                Mention m = sm.startingAt(i);
                if (m != null && m.type() == MentionType.PERSON) {
                    persons.add(m);
                    i = m.end();
                } else if (Words.lower(tokens.get(i)).equals(",") || Words.lower(tokens.get(i)).equals("and")) {
                    i++;
                } else {
                    break;
                }
            }
            if (post == null || persons.size() != states.size()) {
                continue;
            }
            Sentence sentence = sm.sentence();
            for (int k = 0; k < persons.size(); k++) {
                Entity person = context.resolver().entity(persons.get(k));
                if (person == null) {
                    continue;
                }
                CharSpan evidence = sentence.charSpan(new TokenSpan(states.get(0).start(), persons.get(persons.size() - 1).end()));
                // "Defence Secretary John Healey and his German counterpart, Boris Pistorius": the counterpart's
                // post goes by its own state's name for it, where the office-holders know it
                var held = context.gazetteer().officeHolders().heldOn(person.key(), context.article().published());
                String label = held != null && held.owner().equals(states.get(k).entity()) ? held.post() : post.role();
                found.add(new RoleFact(person, label, states.get(k).entity(), null, true,
                        new Provenance(sentence.text(), sentence.span(), evidence, NAME, 0.7)));
            }
        }
    }

    /**
     * "the presidents of Ecuador and Bolivia, Rafael Correa and Evo Morales,": a plural title of listed states,
     * then as many names; each holds the post for the state in the same place of the list.
     */
    private static void readRespectiveHolders(ArticleContext context, SentenceMentions sm, List<RoleFact> found) {
        List<Token> tokens = sm.sentence().tokens();
        for (Mention role : sm.mentions()) {
            if (role.type() != MentionType.ROLE || !isPlural(role) || role.end() + 1 >= tokens.size()
                    || !Words.lower(tokens.get(role.end())).equals("of")) {
                continue;
            }
            List<Mention> states = new ArrayList<>();
            int i = listOf(sm, Words.skipDeterminers(tokens, role.end() + 1), m -> isCountry(m) && m.type() != MentionType.PLACE, states);
            if (states.size() < 2 || i + 1 >= tokens.size() || !tokens.get(i).text().equals(",")) {
                continue;
            }
            List<Mention> persons = new ArrayList<>();
            listOf(sm, i + 1, m -> m.type() == MentionType.PERSON, persons);
            if (persons.size() != states.size()) {
                continue;
            }
            Sentence sentence = sm.sentence();
            CharSpan evidence = sentence.charSpan(new TokenSpan(role.start(), persons.get(persons.size() - 1).end()));
            for (int k = 0; k < persons.size(); k++) {
                Entity person = context.resolver().entity(persons.get(k));
                Entity state = context.resolver().entity(states.get(k));
                if (person != null && state != null) {
                    found.add(new RoleFact(person, role.roleLabel(), state, null, !formerBefore(tokens, role.start()),
                            new Provenance(sentence.text(), sentence.span(), evidence, NAME, 0.8)));
                }
            }
        }
    }

    /** Mentions of one kind joined by commas and "and" from token {@code i}; returns where the list ends. */
    private static int listOf(SentenceMentions sm, int i, java.util.function.Predicate<Mention> kind, List<Mention> into) {
        List<Token> tokens = sm.sentence().tokens();
        while (i < tokens.size()) {
            Mention m = sm.startingAt(i);
            if (m != null && kind.test(m)) {
                into.add(m);
                i = m.end();
            } else if (Words.lower(tokens.get(i)).equals("and") || tokens.get(i).text().equals(",")
                    && i + 1 < tokens.size() && sm.startingAt(i + 1) != null && kind.test(sm.startingAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The post stated (not guessed) for the person named last before token {@code before}. */
    private static RoleFact postOfPersonBefore(ArticleContext context, SentenceMentions sm, int before, List<RoleFact> found) {
        for (int k = sm.mentions().size() - 1; k >= 0; k--) {
            Mention m = sm.mentions().get(k);
            if (m.end() > before || m.type() != MentionType.PERSON) {
                continue;
            }
            Entity person = context.resolver().entity(m);
            return found.stream().filter(f -> f.person().equals(person) && f.current() && !isGuess(f)).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean isGuess(RoleFact fact) {
        return fact.provenance().confidence() <= GUESSED_OWNER;
    }

    /** A guessed owner gives way to any post the text states outright for the same person and title. */
    private static boolean hasExplicitPost(List<RoleFact> found, RoleFact guess) {
        return found.stream().anyMatch(f -> !isGuess(f) && f.person().equals(guess.person())
                && (f.role().endsWith(guess.role()) || guess.role().endsWith(f.role())));
    }

    private void readSentence(ArticleContext context, Owners owners, SentenceMentions sm, boolean title, List<RoleFact> out) {
        List<Mention> mentions = sm.mentions();
        for (int k = 0; k < mentions.size(); k++) {
            if (mentions.get(k).type() != MentionType.ROLE) {
                continue;
            }
            for (RoleFact fact : read(context, owners, sm, k, out)) {
                out.add(title ? new RoleFact(fact.person(), fact.role(), fact.country(), fact.postedTo(), fact.current(),
                        fact.provenance().asTitle()) : fact);
            }
        }
    }

    private List<RoleFact> read(ArticleContext context, Owners owners, SentenceMentions sm, int k, List<RoleFact> found) {
        Sentence sentence = sm.sentence();
        List<Mention> mentions = sm.mentions();
        Mention role = mentions.get(k);
        List<Token> tokens = sentence.tokens();
        if (isRankAfterPost(mentions, role)) {
            return List.of();
        }

        // the owner before the title: "Russian President", "Russia's Ambassador", "a senior DPRK military official"
        Mention owner = null;
        int prefixStart = role.start();
        int j = role.start() - 1;
        while (j >= 0 && tokens.get(j).tag().equals("ADJ") && SentenceMentions.endingAt(mentions, j + 1) == null && role.start() - j <= 2) {
            j--;
        }
        if (j >= 0 && Words.isPossessive(tokens.get(j))) {
            j--;
        }
        Mention before = SentenceMentions.endingAt(mentions, j + 1);
        if (before == null) {
            // "AU trade and industry commissioner": a portfolio in lower case between the body and its title
            int p = role.start() - 1;
            while (p >= 0 && role.start() - p <= 4 && !tokens.get(p).isCapitalised() && SentenceMentions.endingAt(mentions, p + 1) == null
                    && (tokens.get(p).tag().equals("NOUN") || tokens.get(p).tag().equals("ADJ") || Words.lower(tokens.get(p)).equals("and"))) {
                p--;
            }
            Mention body = p < role.start() - 1 ? SentenceMentions.endingAt(mentions, p + 1) : null;
            before = body != null && body.type() == MentionType.ORGANISATION ? body : null;
        }
        if (before != null && isOwner(before)) {
            owner = before;
            prefixStart = before.start();
        }
        // "AFP's director", "director of global news for AFP": a post at a news outlet is a job, not a state's post
        if (before != null && before.type() == MentionType.OUTLET || owner == null && outletAfter(tokens, mentions, role.end())) {
            return List.of();
        }
        if (owner == null && j >= 0) {
            owner = ownerOfPronoun(context, sm, j);
        }
        // "Her national security adviser, Stanislav Secrieru": the state of the person "her" takes up
        Entity possessorState = owner == null && j >= 0 ? stateOfPossessor(context, sm, j, found) : null;
        // "Luca Ferri, Bello's chief of staff,": a person's post belongs to the state of the person it serves
        if (owner == null && before != null && before.type() == MentionType.PERSON && before.end() < role.start()
                && Words.isPossessive(tokens.get(before.end()))) {
            prefixStart = before.start();
            Entity possessor = context.resolver().entity(before);
            possessorState = possessor == null ? null : stateOfPerson(context, possessor, found);
        }
        // "Bolivia's former president Evo Morales": the word may also stand between the owner and the title
        boolean current = !formerBefore(tokens, prefixStart) && tokens.subList(prefixStart, role.start()).stream()
                .noneMatch(t -> Words.FORMER.contains(Words.lower(t)) && !Words.lower(t).equals("then"));
        // "Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos Hatzidakis": the owner carries over
        // (but "Finnish Defence Minister X and Secretary of State Antony Blinken": a title one state uses keeps its own)
        if (owner == null && role.country() == null) {
            owner = ownerCarriedOver(tokens, mentions, role.start());
        }

        // after the title: "to the DPRK" (posted to), "of Russia" (owner)
        int after = role.end();
        Entity postedTo = null;
        if (after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("to")) {
            Mention host = SentenceMentions.startingAt(mentions, Words.skipDeterminers(tokens, after + 1));
            // "Ambassador to the United Nations, Linda Thomas-Greenfield,": a body can be the posting too (the
            // ontology's ng:postedTo ranges over states, so only a state is written as the posting)
            if (host != null && (isCountry(host) || host.type() == MentionType.ORGANISATION)) {
                postedTo = isCountry(host) ? host.entity() : null;
                after = host.end();
            }
        } else if (after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("in") && POSTED_ABROAD.contains(role.roleLabel())) {
            // "Mexico's ambassador in Lima, Pablo Monroy,": the capital or state an envoy serves in
            Mention host = SentenceMentions.startingAt(mentions, after + 1);
            if (host != null && (host.type() == MentionType.COUNTRY || host.type() == MentionType.SEAT)) {
                postedTo = host.entity();
                after = host.end();
            }
        }
        if (owner == null) {
            Mention of = ownerAfter(tokens, mentions, after);
            // "X, who chairs the East African Community": a title used as a verb takes an international body as
            // its object ("who heads the National Salvation Front" leads a state's group: its post is the state's)
            Mention object = role.end() - role.start() == 1 && tokens.get(role.start()).tag().equals("VERB")
                    ? SentenceMentions.startingAt(mentions, Words.skipDeterminers(tokens, after)) : null;
            if (of == null && object != null && object.type() == MentionType.ORGANISATION && object.entity() != null
                    && context.gazetteer().isInternational(object.entity())) {
                of = object;
            }
            if (of != null) {
                owner = of;
                after = of.end();
            }
        }
        // "Senator from Vermont Bernie Sanders": the place a legislator is elected from stands between title and name
        if (after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("from")) {
            Mention seat = SentenceMentions.startingAt(mentions, after + 1);
            if (seat != null && (seat.type() == MentionType.PLACE || seat.type() == MentionType.COUNTRY)) {
                owner = owner != null ? owner : seat;
                after = seat.end();
            }
        }

        // "Special Envoy for Peace Missions Steve Witkoff": a capitalised complement of the title
        // "High Representative for the Horn of Africa Olusegun Obasanjo" (right after the title: in "the president
        // of the League for the Defence of Human Rights" the complement is the league's)
        int complement = after + 1 < tokens.size() && Words.lower(tokens.get(after + 1)).equals("the") ? after + 2 : after + 1;
        if (after == role.end() && complement < tokens.size() && (Words.lower(tokens.get(after)).equals("for") || Words.lower(tokens.get(after)).equals("on"))
                && tokens.get(complement).isCapitalised()) {
            // "Special Representative for Iran Brian Hook": states and bodies in the complement are its field;
            // "for Ukraine’s Economic Recovery": a possessive and small words join its capitalised words
            int c = complement;
            while (c < tokens.size() && (tokens.get(c).isCapitalised() || Words.isPossessive(tokens.get(c))
                    || Set.of("of", "and").contains(Words.lower(tokens.get(c))) && c + 1 < tokens.size() && tokens.get(c + 1).isCapitalised())) {
                Mention inside = SentenceMentions.startingAt(mentions, c);
                // "a spokesperson for President Rodrigo Duterte": the complement names another post's holder
                if (inside != null && inside.type() == MentionType.ROLE) {
                    c = tokens.size();
                    break;
                }
                // a complement has a word at least: "for the Horn of Africa", whatever the name finder took "Horn" for
                // ... and the name after it is a full one ("for the Western District of Texas" holds no person "District")
                if (inside != null && inside.type() == MentionType.PERSON && c > complement && inside.end() - inside.start() >= 2) {
                    break;
                }
                c = inside == null ? c + 1 : inside.end();
            }
            Mention candidate = c < tokens.size() ? SentenceMentions.startingAt(mentions, c) : null;
            if (candidate != null && candidate.type() == MentionType.PERSON) {
                after = c;
            } else if (owner != null && c + 1 < tokens.size() && c > complement && tokens.get(c).text().equals(",")) {
                // "The UN special envoy for Yemen, Hans Grundberg, called": the name follows in apposition (when the
                // title has its owner: "a spokesperson for the Commission, X" would leave X's state to a guess)
                Mention apposed = SentenceMentions.startingAt(mentions, c + 1);
                if (apposed != null && apposed.type() == MentionType.PERSON && closesApposition(tokens, apposed.end())) {
                    after = c;
                }
            }
        }
        List<Mention> persons = new ArrayList<>();
        List<Mention> personOwners = new ArrayList<>();
        double confidence = 0.9;
        // "the foreign ministers of the four countries, A of Kazakhstan, B of Kyrgyzstan": each named with a state
        if (owner == null && isPlural(role) && after + 3 < tokens.size() && Words.lower(tokens.get(after)).equals("of")
                && Words.lower(tokens.get(after + 1)).equals("the") && tokens.get(after + 2).tag().equals("NUM")
                && Set.of("countries", "states", "nations", "governments").contains(Words.lower(tokens.get(after + 3)))) {
            after += 4;
        }
        int next = Words.skipHonorifics(tokens, after < tokens.size() && tokens.get(after).text().equals(",") ? after + 1 : after);
        Mention right = SentenceMentions.startingAt(mentions, next);
        // a second title between this one and the name: "AU chairperson President Abdel Fattah el-Sisi of Egypt" holds
        // both posts (the second is read on its own); "Defence Minister General Prabowo Subianto" holds the post, the
        // rank is dropped; "Niger's head of state, General Abdourahamane Tiani": a rank may open the apposition too
        boolean stacked = false;
        boolean rankApposed = next == after + 1 && right != null && right.type() == MentionType.ROLE && RANKS.contains(right.roleLabel());
        if ((next == after && after == role.end() || rankApposed) && right != null && right.type() == MentionType.ROLE && !isPlural(role)) {
            Mention holder = SentenceMentions.startingAt(mentions, Words.skipHonorifics(tokens, right.end()));
            if (holder != null && holder.type() == MentionType.PERSON) {
                right = holder;
                stacked = true;
            }
        }
        if (right != null && right.type() == MentionType.PERSON && (next == after || right.start() > next || closesApposition(tokens, right.end()))) {
            collectPersons(tokens, mentions, right, isPlural(role), persons, personOwners);
            if (stacked && owner != null) {
                // "of Egypt" after the name belongs to the second post; the first has its own owner (the AU)
                personOwners.set(0, null);
            }
            // "Secretary of Justice Wanda Vázquez Garced was sworn in as governor": the title is the post she leaves
            current &= !movesToAnotherPost(context.gazetteer(), tokens, mentions, right.end(), role);
        } else if ((owner != null || prefixStart == 0 || !tokens.get(prefixStart - 1).tag().equals("DET")) && !isPlural(role)
                && after + 1 < tokens.size() && Words.lower(tokens.get(after)).equals("and") && startsRole(mentions, after + 1)) {
            // "Conservative Party leader and Prime Minister Boris Johnson", "Crown Prince and Prime Minister X" (but
            // "The President and Prime Minister Kishida agreed" are two: "the" and a bare title refer to someone else)
            Mention secondTitle = SentenceMentions.startingAt(mentions, after + 1);
            // "Bahrain's crown prince and prime minister, Prince Salman": the name may follow in apposition
            int afterSecond = secondTitle.end() < tokens.size() && tokens.get(secondTitle.end()).text().equals(",") ? secondTitle.end() + 1 : secondTitle.end();
            Mention second = SentenceMentions.startingAt(mentions, Words.skipHonorifics(tokens, afterSecond));
            if (second != null && second.type() == MentionType.PERSON) {
                persons.add(second);
                personOwners.add(null);
            } else {
                // "Antonio Tajani, Deputy Prime Minister and Minister of Foreign Affairs of Italy": both titles are
                // the person's before them, and the state after the second is the first's too
                Mention apposed = appositionBefore(tokens, mentions, prefixStart);
                if (apposed != null) {
                    persons.add(apposed);
                    personOwners.add(owner != null ? null : ownerAfter(tokens, mentions, secondTitle.end()));
                    confidence = 0.8;
                }
            }
        } else {
            Mention apposed = appositionBefore(tokens, mentions, prefixStart);
            if (apposed == null) {
                apposed = signatureBefore(mentions, prefixStart, owner);
            }
            if (apposed == null) {
                Predicate predicate = predicateBefore(tokens, mentions, prefixStart);
                if (predicate != null) {
                    apposed = predicate.person();
                    current &= !predicate.past();
                }
            }
            if (apposed != null) {
                persons.add(apposed);
                personOwners.add(null);
                confidence = 0.8;
            }
        }

        List<RoleFact> facts = new ArrayList<>();
        for (int p = 0; p < persons.size(); p++) {
            Mention person = persons.get(p);
            Entity personEntity = context.resolver().entity(person);
            if (personEntity == null || personEntity.kind() != EntityKind.PERSON) {
                continue;
            }
            Mention ownerHere = personOwners.get(p) != null ? personOwners.get(p) : owner;
            String label = role.roleLabel();
            Entity country = null;
            double sure = confidence;
            if (isParty(ownerHere)) {
                // "Italian Democratic Party leader Elly Schlein": a party's leader is a "party leader" of its state
                label = label.startsWith("party ") ? label : "party " + label;
                country = partyState(mentions, ownerHere, owners);
            } else if (ownerHere != null) {
                country = owners.entityOf(ownerHere);
                // "Senate Majority Leader Mitch McConnell" in a Hong Kong story: a bare body with a title one state
                // uses is that state's, not the article's
                if (ownerHere.type() == MentionType.ORGANISATION && ownerHere.country() == null && role.country() != null
                        && Owners.isDomestic(ownerHere) && !context.gazetteer().isInternational(ownerHere.entity())) {
                    country = role.country();
                }
                // "David Perdue of Georgia" among US senators: the American state, not the country
                if (country != null && country.key().equals("GEO") && US_STATE_POSTS.contains(label)
                        && context.homeCountry() != null && context.homeCountry().key().equals("USA")) {
                    country = context.homeCountry();
                }
                label = owners.labelWith(ownerHere, label);
            }
            if (country == null && possessorState != null) {
                country = possessorState;
                sure = 0.8;
            }
            if (country == null) {
                country = owners.known(personEntity, role);
                sure = KNOWN_OWNER;
            }
            if (country == null) {
                country = owners.guess(personEntity, sm, role, found);
                sure = GUESSED_OWNER;
            }
            if (country == null) {
                continue;
            }
            int from = Math.min(prefixStart, person.start());
            int to = Math.max(role.end(), person.end());
            CharSpan evidence = sentence.charSpan(new TokenSpan(from, to));
            Provenance provenance = new Provenance(sentence.text(), sentence.span(), evidence, NAME, sure);
            facts.add(new RoleFact(personEntity, label, country, postedTo, current, provenance));
        }
        return facts;
    }

    /**
     * "CARICOM, whose secretary-general, Carla Barnett": the body before "whose"; "Its spokesperson, Liu Dejun, said":
     * the first body or state the sentence before names, which "its" takes up. Null for other words.
     */
    private static Mention ownerOfPronoun(ArticleContext context, SentenceMentions sm, int at) {
        List<Token> tokens = sm.sentence().tokens();
        String word = Words.lower(tokens.get(at));
        if (word.equals("whose")) {
            int k = at > 0 && tokens.get(at - 1).text().equals(",") ? at - 1 : at;
            Mention antecedent = SentenceMentions.endingAt(sm.mentions(), k);
            return antecedent != null && isOwner(antecedent) ? antecedent : null;
        }
        int index = word.equals("its") ? bodySentence(context, sm) : -1;
        if (index < 1) {
            return null;
        }
        for (Mention m : context.mentions(index - 1).mentions()) {
            if (m.type() == MentionType.ORGANISATION || m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Her national security adviser": for "his" or "her", the state of the person named (or taken up by a pronoun)
     * last before it, in this sentence or the two before, where the article (or the dictionary) gives that person a
     * state's post.
     */
    private static Entity stateOfPossessor(ArticleContext context, SentenceMentions sm, int at, List<RoleFact> found) {
        String word = Words.lower(sm.sentence().tokens().get(at));
        int index = word.equals("his") || word.equals("her") ? bodySentence(context, sm) : -1;
        if (index < 0) {
            return null;
        }
        // a name or a pronoun the resolver has taken up ("She said ... Her adviser")
        Entity person = lastPersonBefore(context, sm, at);
        for (int s = index - 1; person == null && s >= Math.max(0, index - 2); s--) {
            person = lastPersonBefore(context, context.mentions(s), Integer.MAX_VALUE);
        }
        if (person == null) {
            return null;
        }
        return stateOfPerson(context, person, found);
    }

    /** The state whose current post, stated in the article, a person holds (or the one the dictionaries know). */
    private static Entity stateOfPerson(ArticleContext context, Entity person, List<RoleFact> found) {
        for (RoleFact fact : found) {
            if (fact.person().equals(person) && fact.current() && !isGuess(fact) && fact.country().kind() == EntityKind.COUNTRY) {
                return fact.country();
            }
        }
        return context.stateOf(person);
    }

    /** The person of the last name or resolved pronoun of a sentence that ends by token {@code before}, or null. */
    private static Entity lastPersonBefore(ArticleContext context, SentenceMentions sm, int before) {
        Entity person = null;
        for (Mention m : sm.mentions()) {
            Entity entity = m.type() == MentionType.PERSON || m.type() == MentionType.PRONOUN ? context.resolver().entity(m) : null;
            if (entity != null && m.end() <= before) {
                person = entity;
            }
        }
        return person;
    }

    /** Where a sentence of the text stands among the article's sentences; -1 for the title, which has none before it. */
    private static int bodySentence(ArticleContext context, SentenceMentions sm) {
        List<SentenceMentions> body = context.mentions();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) == sm) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsRole(List<Mention> mentions, int at) {
        Mention m = SentenceMentions.startingAt(mentions, at);
        return m != null && m.type() == MentionType.ROLE;
    }

    private static boolean isParty(Mention owner) {
        return owner != null && owner.type() == MentionType.ORGANISATION && owner.text().toLowerCase(Locale.ROOT).endsWith(" party");
    }

    /**
     * The state written before a party's name ("Italian Democratic Party"), else the one the dictionary gives it when
     * the article names that state (many states have a "Democratic Party"), else null.
     */
    private static Entity partyState(List<Mention> mentions, Mention party, Owners owners) {
        Mention before = SentenceMentions.endingAt(mentions, party.start());
        if (before != null && isCountry(before) && before.entity() != null && before.entity().kind() == EntityKind.COUNTRY) {
            return before.entity();
        }
        return party.country() != null && owners.namedInArticle(party.country()) ? party.country() : null;
    }

    /** "director of global news for AFP": an outlet after a few lower-case words of the title's complement. */
    private static boolean outletAfter(List<Token> tokens, List<Mention> mentions, int end) {
        for (int k = end; k < Math.min(tokens.size(), end + 6); k++) {
            Mention m = SentenceMentions.startingAt(mentions, k);
            if (m != null) {
                return m.type() == MentionType.OUTLET && Set.of("for", "of", "at").contains(Words.lower(tokens.get(k - 1)));
            }
            if (tokens.get(k).isCapitalised() || Words.isPunctuation(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Posts held in another state, which "in Lima" after the title names. */
    private static final Set<String> POSTED_ABROAD = Set.of("ambassador", "envoy", "consul", "consul general", "chargé d'affaires");

    /** Military ranks: between a post and a name they are the rank, and the post is the fact (the annotators' rule). */
    private static final Set<String> RANKS = Set.of("general", "admiral", "colonel", "field marshal");

    /** "Coast Guard Commandant Admiral Elson Hermogino": this title is a rank written right after a post. */
    private static boolean isRankAfterPost(List<Mention> mentions, Mention role) {
        Mention before = SentenceMentions.endingAt(mentions, role.start());
        return RANKS.contains(role.roleLabel()) && before != null && before.type() == MentionType.ROLE && !RANKS.contains(before.roleLabel());
    }

    /** "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin", "Senators Carper and Kennedy". */
    private static void collectPersons(List<Token> tokens, List<Mention> mentions, Mention first, boolean plural,
                                       List<Mention> persons, List<Mention> owners) {
        Mention person = first;
        while (person != null) {
            persons.add(person);
            Mention own = ownerAfter(tokens, mentions, person.end());
            owners.add(own);
            if (!plural) {
                return;
            }
            int i = own != null ? own.end() : skipOfPlace(tokens, person.end());
            if (i < tokens.size() && tokens.get(i).text().equals(",")) {
                i++;
            }
            if (i < tokens.size() && Words.lower(tokens.get(i)).equals("and")) {
                i++;
            }
            Mention nextPerson = SentenceMentions.startingAt(mentions, i);
            person = nextPerson != null && nextPerson.type() == MentionType.PERSON ? nextPerson : null;
        }
    }

    private static Mention ownerCarriedOver(List<Token> tokens, List<Mention> mentions, int roleStart) {
        int j = roleStart - 1;
        while (j >= 0 && tokens.get(j).tag().equals("DET")) {
            j--;
        }
        if (j < 1 || !Words.lower(tokens.get(j)).equals("and")) {
            return null;
        }
        Mention person = SentenceMentions.endingAt(mentions, j);
        if (person == null || person.type() != MentionType.PERSON) {
            return null;
        }
        Mention title = SentenceMentions.endingAt(mentions, person.start());
        if (title == null || title.type() != MentionType.ROLE) {
            return null;
        }
        int k = title.start() - 1;
        if (k >= 0 && Words.isPossessive(tokens.get(k))) {
            k--;
        }
        Mention owner = SentenceMentions.endingAt(mentions, k + 1);
        return owner != null && isOwner(owner) ? owner : null;
    }

    /** "Marco Rubio of Florida": a capitalised place after "of" that names no state is passed over. */
    private static int skipOfPlace(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && Words.lower(tokens.get(i)).equals("of") && tokens.get(i + 1).isCapitalised()) {
            i += 2;
            while (i < tokens.size() && tokens.get(i).isCapitalised() && tokens.get(i).isProperNoun()) {
                i++;
            }
        }
        return i;
    }

    /** "of Russia", "of the Supreme Court" right after a title or a name. */
    private static Mention ownerAfter(List<Token> tokens, List<Mention> mentions, int at) {
        // "President of Russia", "a spokesman for the PMF"
        if (at + 1 < tokens.size() && (Words.lower(tokens.get(at)).equals("of") || Words.lower(tokens.get(at)).equals("for"))) {
            Mention of = SentenceMentions.startingAt(mentions, Words.skipDeterminers(tokens, at + 1));
            if (of != null && isOwner(of)) {
                return of;
            }
        }
        return null;
    }

    private static boolean isPlural(Mention role) {
        String last = role.text().substring(role.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("s") && !last.endsWith("ss") && !role.roleLabel().endsWith("s");
    }

    /** "Pak Jong Chon, a senior DPRK military official" / "Sergei Lavrov, the foreign minister of Russia". */
    private static Mention appositionBefore(List<Token> tokens, List<Mention> mentions, int prefixStart) {
        int j = prefixStart - 1;
        int modifiers = 0;
        // "Qaboos bin Said, the long-serving Sultan of Oman": a determiner and a few lower-case modifiers;
        // "Annalena Baerbock, Federal Foreign Minister of Germany": or a capitalised adjective that names nothing
        while (j >= 0 && (tokens.get(j).tag().equals("DET") || modifiers < 3 && (!tokens.get(j).isCapitalised()
                || tokens.get(j).tag().equals("ADJ") && SentenceMentions.endingAt(mentions, j + 1) == null)
                && !Words.isPunctuation(tokens.get(j)) && !tokens.get(j).tag().equals("VERB") && !tokens.get(j).tag().equals("AUX")
                && !Words.isPreposition(tokens.get(j)) && !tokens.get(j).tag().equals("CCONJ"))) {
            if (!tokens.get(j).tag().equals("DET")) {
                modifiers++;
            }
            j--;
        }
        // "Antonio Tajani, Deputy Prime Minister and Minister of Foreign Affairs of Italy": a title joined by "and"
        // to one in apposition is in apposition too
        Mention joined = j >= 1 && Words.lower(tokens.get(j)).equals("and") ? SentenceMentions.endingAt(mentions, j) : null;
        if (joined != null && joined.type() == MentionType.ROLE) {
            return appositionBefore(tokens, mentions, joined.start());
        }
        // "Mike Pompeo, who is the secretary of state": a relative clause in the present names the post held now
        if (j >= 2 && Words.lower(tokens.get(j)).equals("is") && Words.lower(tokens.get(j - 1)).equals("who")) {
            int end = tokens.get(j - 2).text().equals(",") ? j - 2 : j - 1;
            Mention person = SentenceMentions.endingAt(mentions, end);
            return person != null && person.type() == MentionType.PERSON ? person : null;
        }
        if (j < 1 || !tokens.get(j).text().equals(",")) {
            return null;
        }
        Mention person = SentenceMentions.endingAt(mentions, j);
        // "Representative Tom Cole of Oklahoma, chairman of the House Rules Committee": the place a person is from
        // may stand between the name and the apposition
        if (person != null && isCountry(person) && person.start() >= 2 && Words.lower(tokens.get(person.start() - 1)).equals("of")) {
            Mention from = SentenceMentions.endingAt(mentions, person.start() - 1);
            person = from != null && from.type() == MentionType.PERSON ? from : null;
        }
        return person != null && person.type() == MentionType.PERSON ? person : null;
    }

    /** A person given a post by a verb, and whether the verb says it is over ("served as"). */
    private record Predicate(Mention person, boolean past) {
    }

    /** Posts an American state elects or sends to Congress: "of Georgia" after them names the state. */
    private static final Set<String> US_STATE_POSTS = Set.of("senator", "representative", "congressman", "congresswoman",
            "governor", "lieutenant governor", "state senator", "attorney general", "committee member");

    /** Verbs that give a person a post: "was elected president", "was sworn in as", "became prime minister". */
    private static final Set<String> GIVES_POST = Set.of("elect", "reelect", "re-elect", "appoint", "name", "nominate",
            "confirm", "install", "choose", "select", "become", "swear", "serve", "inaugurate");

    /**
     * "Anthony Albanese was sworn in as prime minister", "Harris, who was elected vice president", "X became
     * president", "X served as foreign minister" (a post held before): the person whose post a verb gives.
     * A future ("will be sworn in") gives nothing yet.
     */
    private static Predicate predicateBefore(List<Token> tokens, List<Mention> mentions, int prefixStart) {
        int j = prefixStart - 1;
        while (j >= 0 && tokens.get(j).tag().equals("DET")) {
            j--;
        }
        if (j >= 0 && Words.lower(tokens.get(j)).equals("as")) {
            j--;
        }
        if (j >= 1 && Words.lower(tokens.get(j)).equals("in") && Words.lower(tokens.get(j - 1)).equals("sworn")) {
            j--;
        }
        if (j < 1) {
            return null;
        }
        Token verb = tokens.get(j);
        String lemma = org.newsgraph.nlp.Lemmas.candidates(verb).stream().filter(GIVES_POST::contains).findFirst()
                .orElse(Words.lower(verb).equals("sworn") ? "swear" : null);
        if (lemma == null) {
            return null;
        }
        boolean past = lemma.equals("serve") && !Words.lower(verb).equals("serves") && !Words.lower(verb).equals("serving");
        j--;
        while (j >= 0 && (tokens.get(j).tag().equals("AUX") || tokens.get(j).tag().equals("ADV")
                || Set.of("was", "were", "is", "has", "have", "been", "had", "newly", "also").contains(Words.lower(tokens.get(j))))) {
            if (Set.of("will", "would", "to", "may", "might", "could").contains(Words.lower(tokens.get(j)))) {
                return null;
            }
            j--;
        }
        if (j >= 1 && Words.lower(tokens.get(j)).equals("who")) {
            j = tokens.get(j - 1).text().equals(",") ? j - 2 : j - 1; // "Harris, who was elected vice president"
        }
        Mention person = j >= 0 ? SentenceMentions.endingAt(mentions, j + 1) : null;
        return person != null && person.type() == MentionType.PERSON ? new Predicate(person, past) : null;
    }

    /** Verbs by which a person takes up a post and leaves the one the text named them by. */
    private static final Set<String> TAKES_UP = Set.of("swear", "become", "elect", "inaugurate");

    /** "[title] X was sworn in as governor", "... became prime minister": a verb right after the name gives another post. */
    private static boolean movesToAnotherPost(Gazetteer gazetteer, List<Token> tokens, List<Mention> mentions, int personEnd, Mention title) {
        int j = personEnd;
        while (j < tokens.size() && (tokens.get(j).tag().equals("AUX") || Set.of("was", "has", "been", "is").contains(Words.lower(tokens.get(j))))) {
            // "... will be sworn in as governor": until then the title is still hers
            if (Set.of("will", "would", "may", "might", "could", "shall").contains(Words.lower(tokens.get(j)))) {
                return false;
            }
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(j);
        boolean takesUp = Words.lower(verb).equals("sworn") || org.newsgraph.nlp.Lemmas.candidates(verb).stream().anyMatch(TAKES_UP::contains);
        if (!takesUp) {
            return false;
        }
        j++;
        while (j < tokens.size() && Set.of("in", "as", "the", "a", "an").contains(Words.lower(tokens.get(j)))) {
            j++;
        }
        // "as Chile's president": names and their possessives before the post
        Mention next = SentenceMentions.startingAt(mentions, j);
        while (next != null && next.type() != MentionType.ROLE) {
            j = next.end();
            if (j < tokens.size() && Words.isPossessive(tokens.get(j))) {
                j++;
            }
            next = SentenceMentions.startingAt(mentions, j);
        }
        // "was elected chairman of the African Union": a state's leader chairs a body of states without leaving
        Mention of = next == null || next.end() + 1 >= tokens.size() || !Words.lower(tokens.get(next.end())).equals("of") ? null
                : SentenceMentions.startingAt(mentions, Words.skipDeterminers(tokens, next.end() + 1));
        boolean ofABodyOfStates = of != null && of.type() == MentionType.ORGANISATION && of.entity() != null
                && gazetteer.isInternational(of.entity());
        return next != null && !next.roleLabel().equals(title.roleLabel()) && !ofABodyOfStates;
    }

    /** A signature block: "Donald J. Trump President of the United States of America". */
    private static Mention signatureBefore(List<Mention> mentions, int prefixStart, Mention owner) {
        Mention person = SentenceMentions.endingAt(mentions, prefixStart);
        return owner != null && person != null && person.type() == MentionType.PERSON && owner.start() > prefixStart ? person : null;
    }

    /** An apposition after a title ends at a comma, the end of the sentence, or a verb. */
    private static boolean closesApposition(List<Token> tokens, int end) {
        return end >= tokens.size() || Words.isPunctuation(tokens.get(end)) || Words.isVerb(tokens.get(end))
                || Words.lower(tokens.get(end)).equals("and") || Words.lower(tokens.get(end)).equals("of");
    }

    /** Nouns of leaving a post: "following the resignation of Governor X". */
    private static final Set<String> LEAVING = Set.of("resignation", "ouster", "overthrow", "removal", "dismissal", "downfall", "departure");

    private static boolean formerBefore(List<Token> tokens, int start) {
        // "the August 2 resignation of Governor Ricardo Rosselló": the post was left
        int of = start - 1;
        if (of >= 0 && tokens.get(of).tag().equals("DET")) {
            of--;
        }
        if (of >= 1 && Words.lower(tokens.get(of)).equals("of") && LEAVING.contains(Words.lower(tokens.get(of - 1)))) {
            return true;
        }
        // "he served as prime minister under President Mitterrand": the administration served under is over
        if (start >= 1 && Words.lower(tokens.get(start - 1)).equals("under")) {
            for (int i = 0; i < start - 1; i++) {
                if (Words.lower(tokens.get(i)).equals("served")) {
                    return true;
                }
            }
        }
        // "former New Jersey governor": a place's name may stand between the word and the title
        int from = start - 2;
        while (from > 0 && start - from < 5 && tokens.get(from).isCapitalised()) {
            from--;
        }
        for (int i = Math.max(0, from); i < start; i++) {
            String word = Words.lower(tokens.get(i));
            // "the then president", not "... then with President Trump" or "Then President Trump said"
            boolean adverb = word.equals("then") && !(i == start - 1 && i > 0 && tokens.get(i - 1).tag().equals("DET"));
            if (Words.FORMER.contains(word) && !adverb || word.startsWith("then-") || word.startsWith("ex-") || word.endsWith("-former")) {
                return true;
            }
        }
        return false;
    }

    static boolean isOwner(Mention m) {
        return isCountry(m) || m.type() == MentionType.ORGANISATION;
    }

    /** A state by name, adjective or seat, or a place inside it ("the governor of Ohio"). */
    private static boolean isCountry(Mention m) {
        return m.type() == MentionType.COUNTRY || m.type() == MentionType.DEMONYM || m.type() == MentionType.SEAT
                || m.type() == MentionType.PLACE;
    }

    /** Who a post belongs to, and how its label reads when it is a body's post. */
    private static final class Owners {
        private final ArticleContext context;
        private final Entity home;
        private final Entity source;

        Owners(ArticleContext context) {
            this.context = context;
            this.home = context.homeCountry();
            this.source = context.sourceCountry();
        }

        /** A state's own post, a body's country, or the international organisation itself. */
        Entity entityOf(Mention owner) {
            if (owner.type() != MentionType.ORGANISATION) {
                return owner.entity();
            }
            if (owner.country() != null) {
                return owner.country();
            }
            return isDomestic(owner) && !context.gazetteer().isInternational(owner.entity()) ? home : owner.entity();
        }

        /** "president" of "the Supreme Court" reads "supreme court president". */
        String labelWith(Mention owner, String label) {
            if (owner.type() != MentionType.ORGANISATION || !(owner.country() != null || isDomestic(owner))
                    || context.gazetteer().isInternational(owner.entity())) {
                return label; // "European Council President": the council's president
            }
            StringBuilder words = new StringBuilder();
            for (String word : owner.text().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.equals("the") || lower.equals("'s") || lower.equals("’s")
                        || context.gazetteer().names().lookup(new String[] {word}, 0, 1) != null) {
                    continue; // country names and demonyms say whose body it is, not which post
                }
                words.append(lower).append(' ');
            }
            String body = words.toString().strip();
            return body.isEmpty() || label.contains(body) ? label : body + " " + label;
        }

        /** Whose post it is by the dictionary of office-holders at the article's date; null when it does not know. */
        Entity known(Entity person, Mention title) {
            return context.gazetteer().officeHolders().ownerOf(person.key(), title.roleLabel(), context.article().published());
        }

        /**
         * The state the text gives the person's other post, else the author's own state, else the state that
         * uses the title when the article names it, else a state its sentence names before the title, else the
         * publishing government's state, else the article's.
         */
        Entity guess(Entity person, SentenceMentions sentence, Mention title, List<RoleFact> explicit) {
            for (RoleFact fact : explicit) {
                if (fact.person().equals(person) && !isGuess(fact) && fact.country().kind() == EntityKind.COUNTRY) {
                    return fact.country();
                }
            }
            Entity author = context.resolver().titlePerson();
            if (source != null && person.equals(author)) {
                return source;
            }
            // "Chief Constable", "Taoiseach": a title one state uses, when the article names that state
            if (title.country() != null && namedInArticle(title.country())) {
                return title.country();
            }
            // a state named before the title sets the scene ("During my visit to Ottawa, Prime Minister Trudeau");
            // one after it is more often whom the person speaks of
            for (Mention m : sentence.mentions()) {
                if (m.start() >= title.start()) {
                    break;
                }
                if (isCountry(m) && !context.gazetteer().lacksPost(m.entity(), title.roleLabel())) {
                    return m.entity();
                }
            }
            // a government's release names foreign officials with their state and its own without; but no guess
            // gives a state a post it does not have ("Prime Minister Trudeau" in a White House statement)
            // (a "Speaker of Parliament" in a White House release: the United States has none, the article's state may)
            Entity guessed = source != null && !context.gazetteer().lacksPost(source, title.roleLabel()) ? source : home;
            return guessed != null && context.gazetteer().lacksPost(guessed, title.roleLabel()) ? null : guessed;
        }

        boolean namedInArticle(Entity country) {
            return context.mentions().stream().flatMap(sm -> sm.mentions().stream())
                    .anyMatch(m -> isCountry(m) && country.equals(m.entity()));
        }

        private static boolean isDomestic(Mention owner) {
            String[] words = owner.text().toLowerCase(Locale.ROOT).split("\\s+");
            for (String word : words) {
                if (DOMESTIC_HEADS.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
