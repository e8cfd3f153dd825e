package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;

/**
 * Resolution inside one article: a later "Putin" or "Mr. Lavrov" is the person named in full; "Joe
 * Biden" and "Joseph R. Biden Jr." are one person under the fullest name; "he"/"she" is the last person
 * who opened a sentence; demonyms and seats of government stand for their country.
 */
public final class ArticleResolver {
    private final Article article;
    private final List<PersonName> fullNames = new ArrayList<>();
    private final Map<Mention, Entity> resolved = new HashMap<>();

    private Entity titlePerson;

    private final java.util.function.Function<String, Entity> bareBodies;
    private final java.util.function.Function<String, String> dictionaryNames;

    /**
     * @param bareBodies what a bare "Congress" or "Senate" is in this article (the home state's body), or null
     */
    public ArticleResolver(Article article, List<SentenceMentions> title, List<SentenceMentions> sentences,
                           java.util.function.Function<String, Entity> bareBodies) {
        this(article, title, sentences, bareBodies, name -> null);
    }

    /**
     * @param dictionaryNames the full name a user's dictionary of persons gives a name the article does not complete
     *                        ("Elphberg" in an article of his term: "Rudolf Elphberg"), or null
     */
    public ArticleResolver(Article article, List<SentenceMentions> title, List<SentenceMentions> sentences,
                           java.util.function.Function<String, Entity> bareBodies, java.util.function.Function<String, String> dictionaryNames) {
        this.article = article;
        this.bareBodies = bareBodies;
        this.dictionaryNames = dictionaryNames;
        collectFullNames(title);
        collectFullNames(sentences);
        resolvePersons(title);
        titlePerson = firstPerson(title);
        resolvePersons(sentences);
        titlePersons = persons(title);
        authors = findAuthors(sentences);
        authorStates = findAuthorStates(sentences);
        participants = findParticipants(sentences);
    }

    private final List<Entity> authorStates;

    /**
     * The states a "we, the leaders of A, B and C" sentence names, for whom "we" speaks and signs when the text
     * names no person as its author; empty when there is no such sentence.
     */
    public List<Entity> authorStates() {
        return authorStates;
    }

    private static List<Entity> findAuthorStates(List<SentenceMentions> sentences) {
        for (SentenceMentions sm : sentences) {
            var tokens = sm.sentence().tokens();
            for (int i = 0; i + 3 < tokens.size(); i++) {
                // "We, the leaders of ...", "we the leaders of ...": an apposition, not "We thank the governments of"
                if (!Words.lower(tokens.get(i)).equals("we") || !Set.of(",", "—", "–", "-", "the").contains(Words.lower(tokens.get(i + 1)))) {
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && j < i + 6 && !Words.lower(tokens.get(j)).equals("of")) {
                    j++;
                }
                if (j >= tokens.size() || !Words.lower(tokens.get(j)).equals("of")) {
                    continue;
                }
                List<Entity> states = new ArrayList<>();
                for (int k = j + 1; k < tokens.size(); k++) {
                    Mention m = sm.startingAt(k);
                    if (m != null && (m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT)) {
                        states.add(m.entity());
                        k = m.end() - 1;
                    } else if (!(tokens.get(k).text().equals(",") || Words.lower(tokens.get(k)).equals("and") || tokens.get(k).tag().equals("DET"))) {
                        break;
                    }
                }
                if (states.size() >= 2) {
                    return List.copyOf(states);
                }
            }
        }
        return List.of();
    }

    private final List<Entity> titlePersons;
    private final List<Entity> participants;

    /**
     * Who took part in what the article reports, for a group subject ("the leaders", "both sides", "they"): the
     * persons of a sentence that says who took part ("Participants in the call included ...", "... met with ...")
     * or else of the first of its opening sentences that names two or more, else those of the title; the
     * person the title names, or the one its opening sentence names (whose meeting or call it reports), is one of them.
     */
    public List<Entity> participants() {
        return participants;
    }

    private List<Entity> findParticipants(List<SentenceMentions> sentences) {
        List<Entity> found = List.of();
        for (SentenceMentions sentence : sentences) {
            List<Entity> here = personsBySentence.getOrDefault(sentence.sentence().index(), List.of());
            if (here.size() >= 2 && saysWhoTookPart(sentence)) {
                found = here;
                break;
            }
        }
        for (int s = 0; found.isEmpty() && s < Math.min(OPENING_SENTENCES, sentences.size()); s++) {
            List<Entity> here = personsBySentence.getOrDefault(sentences.get(s).sentence().index(), List.of());
            if (here.size() >= 2) {
                found = here;
            }
        }
        if (found.isEmpty() && titlePersons.size() >= 2) {
            found = titlePersons;
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Entity> all = new ArrayList<>(found);
        // whoever the title or the opening sentence names held the meeting or the call ("President X held a call ...")
        List<Entity> opening = sentences.isEmpty() || !saysWhoTookPart(sentences.get(0)) ? List.of()
                : personsBySentence.getOrDefault(sentences.get(0).sentence().index(), List.of());
        for (Entity host : opening.size() == 1 ? opening : List.<Entity>of()) {
            if (!all.contains(host)) {
                all.add(0, host);
            }
        }
        if (titlePerson != null && !all.contains(titlePerson)) {
            all.add(0, titlePerson);
        }
        return List.copyOf(all);
    }

    /** Words by which a sentence says who took part in a meeting or call. */
    private static final java.util.Set<String> PARTICIPATION = java.util.Set.of("participants", "participated", "included",
            "joined", "attended", "met", "meeting", "call", "hosted", "welcomed", "spoke");

    private static boolean saysWhoTookPart(SentenceMentions sentence) {
        return sentence.sentence().tokens().stream().anyMatch(t -> PARTICIPATION.contains(Words.lower(t)));
    }

    /** How many of an article's first sentences may introduce the participants of its meeting or call. */
    private static final int OPENING_SENTENCES = 3;

    private List<Entity> persons(List<SentenceMentions> sentences) {
        List<Entity> found = new ArrayList<>();
        for (SentenceMentions sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                Entity person = mention.type() == MentionType.PERSON ? resolved.get(mention) : null;
                if (person != null && !found.contains(person)) {
                    found.add(person);
                }
            }
        }
        return List.copyOf(found);
    }

    private final List<Entity> authors;

    /**
     * Who "we" are in a statement: the persons a "we — X, Y and Z —" apposition lists, or else the
     * person the title names.
     */
    public List<Entity> authors() {
        return authors;
    }

    private List<Entity> findAuthors(List<SentenceMentions> sentences) {
        // "Joint Statement by the President of France Emmanuel Macron, ... and President of the United States ...":
        // a joint text is written by everyone its title names
        if (titlePersons.size() >= 2 && article.title().toLowerCase(Locale.ROOT).contains("joint statement")) {
            return titlePersons;
        }
        for (SentenceMentions sentence : sentences) {
            var tokens = sentence.sentence().tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String next = tokens.get(i + 1).text();
                if (tokens.get(i).text().equalsIgnoreCase("we") && (next.equals("—") || next.equals("–") || next.equals("-") || next.equals(","))) {
                    List<Entity> listed = new ArrayList<>();
                    for (Mention m : sentence.mentions()) {
                        if (m.start() > i + 1 && m.type() == MentionType.PERSON && closingDashAfter(tokens, i + 2, m.start())) {
                            listed.add(resolved.get(m));
                        }
                    }
                    if (listed.size() > 1) {
                        return List.copyOf(listed);
                    }
                }
            }
        }
        // "We, the undersigned": a signed document's authors are its signatories
        org.newsgraph.mention.SignatureBlock block = org.newsgraph.mention.SignatureBlock.of(sentences);
        if (block != null) {
            List<Entity> signers = block.signers().stream().map(resolved::get).filter(java.util.Objects::nonNull).distinct().toList();
            if (!signers.isEmpty()) {
                return signers;
            }
        }
        return titlePerson == null ? List.of() : List.of(titlePerson);
    }

    /** True while no closing dash stands between the apposition's start and a token. */
    private static boolean closingDashAfter(List<org.newsgraph.nlp.Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.equals("—") || t.equals("–")) {
                return false;
            }
        }
        return true;
    }

    /** The first person the title names ("Statement by President Joe Biden"), under the fullest name; or null. */
    public Entity titlePerson() {
        return titlePerson;
    }

    private Entity firstPerson(List<SentenceMentions> sentences) {
        for (SentenceMentions sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                if (mention.type() == MentionType.PERSON) {
                    return resolved.get(mention);
                }
            }
        }
        return null;
    }

    public Article article() {
        return article;
    }

    /** What a mention stands for, or null (a pronoun with no antecedent, a post title). */
    public Entity entity(Mention mention) {
        return switch (mention.type()) {
            case PERSON, PRONOUN -> resolved.get(mention);
            case ROLE -> null;
            case ORGANISATION -> mention.tokens().length() == 1 && mention.country() == null && bareBodies != null
                    && isBare(mention) ? orElse(bareBodies.apply(mention.text()), mention.entity()) : mention.entity();
            default -> mention.entity();
        };
    }

    private static boolean isBare(Mention mention) {
        return org.newsgraph.mention.MentionFinder.BARE_BODIES.contains(mention.text().toLowerCase(Locale.ROOT));
    }

    private static Entity orElse(Entity value, Entity fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Who "they" are at a sentence: the persons of the latest sentence, among the three before it, that names
     * two or more ("Shoukry and his counterparts Dendias, Christodoulides and Le Drian ... They called on").
     */
    public List<Entity> group(int sentenceIndex) {
        for (int s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - 3; s--) {
            List<Entity> persons = personsBySentence.getOrDefault(s, List.of());
            if (persons.size() >= 2) {
                return persons;
            }
        }
        return List.of();
    }

    private final Map<Integer, List<Entity>> personsBySentence = new HashMap<>();

    /** Every person of the article under its fullest name. */
    public List<Entity> persons() {
        return fullNames.stream().map(name -> Entity.person(name.text())).distinct().toList();
    }

    private void collectFullNames(List<SentenceMentions> sentences) {
        for (SentenceMentions sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                if (mention.type() == MentionType.PERSON) {
                    PersonName name = PersonName.of(mention.entity().key());
                    // "Biden-Trump" (a debate's) is two surnames, not a full name that "Biden" and "Trump" shorten
                    if (name.words().size() >= 2 && name.text().strip().contains(" ")) {
                        addFullName(name);
                    }
                }
            }
        }
    }

    /** Keeps one entry per person: a longer compatible form replaces a shorter one. */
    private void addFullName(PersonName name) {
        for (int i = 0; i < fullNames.size(); i++) {
            PersonName known = fullNames.get(i);
            if (known.samePerson(name)) {
                if (name.text().length() > known.text().length()) {
                    fullNames.set(i, name);
                }
                return;
            }
            // "Wanda Vázquez" beside "Wanda Vázquez Garced": a name whose words stand, in order, in the other's; the
            // longer is the name, less a title the mention took along ("Secretary of Justice Wanda Vázquez Garced")
            if (known.contains(name) || name.contains(known)) {
                PersonName longer = name.words().size() > known.words().size() ? name : known;
                fullNames.set(i, PersonNames.titled(longer.text()) ? PersonName.of(longer.text().strip().split("\\s+", 2)[1]) : longer);
                return;
            }
        }
        fullNames.add(name);
    }

    private void resolvePersons(List<SentenceMentions> sentences) {
        Entity lastSubject = null;
        for (SentenceMentions sentence : sentences) {
            List<Entity> named = new ArrayList<>(); // the persons this sentence has named so far, in order
            Entity firstPersonHere = null;
            for (Mention mention : sentence.mentions()) {
                if (mention.type() == MentionType.PRONOUN && Words.lower(sentence.sentence().token(mention.start())).equals("him")) {
                    Entity object = objectAntecedent(named, firstPersonHere);
                    if (object != null) {
                        resolved.put(mention, object);
                    }
                } else if (mention.type() == MentionType.PERSON) {
                    Entity person = resolveName(mention.entity().key());
                    resolved.put(mention, person);
                    List<Entity> here = personsBySentence.computeIfAbsent(sentence.sentence().index(), k -> new ArrayList<>());
                    if (!here.contains(person)) {
                        here.add(person);
                    }
                    if (firstPersonHere == null) {
                        firstPersonHere = person;
                    }
                    named.add(person);
                } else if (mention.type() == MentionType.PRONOUN) {
                    Entity antecedent = firstPersonHere != null && isBeforeVerbless(sentence, mention) ? firstPersonHere : lastSubject;
                    if (antecedent != null) {
                        resolved.put(mention, antecedent);
                        if (firstPersonHere == null) {
                            firstPersonHere = antecedent; // "He urged him": the subject is not the object
                        }
                    }
                }
            }
            if (firstPersonHere != null) {
                lastSubject = firstPersonHere;
            }
        }
    }

    /**
     * "met Trump and urged him": an object pronoun stands for the person its sentence named last, not for the
     * subject of its own clause. Only its own sentence is searched: surnames alone are often missed as names,
     * and an earlier sentence's person would then be taken for the one meant.
     */
    private static Entity objectAntecedent(List<Entity> named, Entity subject) {
        for (int k = named.size() - 1; k >= 0; k--) {
            if (!named.get(k).equals(subject)) {
                return named.get(k);
            }
        }
        return null;
    }

    /** A pronoun after a person in its own sentence refers to that person ("Pak said he ..."). */
    private static boolean isBeforeVerbless(SentenceMentions sentence, Mention pronoun) {
        return sentence.mentions().stream().anyMatch(m -> m.type() == MentionType.PERSON && m.end() <= pronoun.start());
    }

    private Entity resolveName(String text) {
        PersonName name = PersonName.of(text);
        for (PersonName full : fullNames) {
            // (a name longer than its full one is that name with a title: "Justice Wanda Vázquez Garced")
            if (full.samePerson(name) || full.contains(name) || name.contains(full)) {
                return Entity.person(dictionaryName(full.text()));
            }
        }
        // failing that, a lone word that spells a full name's surname another way ("Zelenskky" beside Volodymyr Zelenskyy),
        // or the first of its two family names ("Vázquez" beside Wanda Vázquez Garced)
        for (PersonName full : fullNames) {
            if (full.endsLike(name)) {
                return Entity.person(dictionaryName(full.text()));
            }
        }
        for (PersonName full : fullNames) {
            if (full.firstFamilyName(name)) {
                return Entity.person(dictionaryName(full.text()));
            }
        }
        return Entity.person(dictionaryName(name.text()));
    }

    private String dictionaryName(String name) {
        String full = dictionaryNames.apply(name);
        return full != null ? full : name;
    }

    /** A person's name split into words, honorifics dropped. */
    record PersonName(String text, List<String> words) {
        private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii");
        private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("^(?i)(mr|mrs|ms|dr)\\.?\\s+");
        private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

        static PersonName of(String text) {
            String clean = HONORIFIC.matcher(text).replaceFirst("").strip();
            List<String> words = new ArrayList<>();
            for (String word : WORD_BREAK.split(clean)) {
                String w = word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return new PersonName(clean, words);
        }

        List<String> core() {
            return words.stream().filter(w -> !SUFFIXES.contains(w)).toList();
        }

        String surname() {
            List<String> core = core();
            return core.isEmpty() ? "" : core.get(core.size() - 1);
        }

        /** Same surname and compatible first names: "Joe Biden" ~ "Joseph R. Biden Jr.". */
        boolean samePerson(PersonName other) {
            List<String> a = core();
            List<String> b = other.core();
            if (a.size() < 2 || b.size() < 2 || !surname().equals(other.surname())) {
                return a.equals(b);
            }
            String first = a.get(0);
            String otherFirst = b.get(0);
            return first.equals(otherFirst) || first.charAt(0) == otherFirst.charAt(0)
                    && (first.startsWith(otherFirst) || otherFirst.startsWith(first) || first.length() == 1 || otherFirst.length() == 1
                    || first.substring(0, Math.min(2, first.length())).equals(otherFirst.substring(0, Math.min(2, otherFirst.length()))));
        }

        /** A lone word whose transliteration skeleton is the last word's (Zelenskky, Zelenskyy). */
        boolean endsLike(PersonName shortForm) {
            List<String> a = core();
            List<String> b = shortForm.core();
            return b.size() == 1 && a.size() > 1 && PersonNames.skeleton(a.get(a.size() - 1)).equals(PersonNames.skeleton(b.get(0)));
        }

        /** A lone word that is the first of two family names: "Vázquez" of "Wanda Vázquez Garced" (three words or more). */
        boolean firstFamilyName(PersonName shortForm) {
            List<String> a = core();
            List<String> b = shortForm.core();
            return b.size() == 1 && a.size() >= 3 && a.get(a.size() - 2).length() > 1 && a.get(a.size() - 2).equals(b.get(0));
        }

        /** A short form: "Putin" in "Vladimir Putin", "Kim" in "Kim Jong Un" (first or last word). */
        boolean contains(PersonName shortForm) {
            List<String> a = core();
            List<String> b = shortForm.core();
            if (b.isEmpty() || b.size() >= a.size()) {
                return false;
            }
            if (b.size() == 1) {
                return a.get(a.size() - 1).equals(b.get(0)) || a.get(0).equals(b.get(0));
            }
            return String.join(" ", a).contains(String.join(" ", b));
        }
    }
}
