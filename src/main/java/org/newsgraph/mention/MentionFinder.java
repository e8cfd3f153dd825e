package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;
import org.newsgraph.gazetteer.Entry;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.NameType;
import org.newsgraph.model.Entity;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the mentions of one sentence: gazetteer names first (longest wins), then post titles, then
 * organisations named by a capitalised phrase with an organisation head ("the Supreme Court", "Russia's
 * Foreign Ministry"), then persons as runs of proper nouns, then personal pronouns.
 */
public final class MentionFinder {
    /** Nouns that end the name of an organisation. */
    static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "party", "court", "council", "parliament",
            "assembly", "congress", "senate", "house", "committee", "commission", "agency", "department",
            "office", "union", "organization", "organisation", "bank", "fund", "forces", "army", "navy",
            "government", "administration", "cabinet", "league", "movement", "front", "guard", "corps",
            "service", "bureau", "authority", "legislature", "institute", "foundation", "group",
            "secretariat", "police", "command", "chamber", "summit", "alliance", "coalition", "taliban", "hamas",
            "hezbollah", "company", "corporation", "mosque", "church", "cathedral", "palace", "airport", "hospital",
            "university", "school", "square", "bridge", "stadium", "hotel", "station", "port", "base", "prison", "museum",
            "embassy", "consulate", "forum", "association", "federation", "society", "centre", "center", "board",
            "tribunal", "directorate");
    /** Words of a treaty's name: a run holding one of these is a treaty, never a person. */
    static final Set<String> TREATY_HEADS = Set.of("treaty", "agreement", "accord", "accords", "pact", "convention",
            "protocol", "charter", "declaration", "deal", "memorandum", "amendment", "partnership", "framework",
            "arrangement", "compact", "plan", "initiative", "act", "statute", "understanding");
    /** Capitalised words that never start or form a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "read", "fact", "sheet",
            "statement", "readout", "remarks", "message", "joint", "new", "the", "his", "her", "their", "our",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "god", "state", "states", "national", "federal",
            "republic", "kingdom", "north", "south", "east", "west", "western", "eastern", "northern", "southern",
            "central", "international", "world", "global", "security", "united", "nations", "european",
            "african", "asian", "arab", "islamic", "democratic", "people", "peoples", "white", "twitter",
            "telegram", "facebook", "president", "minister", "secretary", "covid-19", "covid", "coronavirus",
            "internet", "christmas", "easter", "ramadan", "day", "year", "week", "capitol", "hill", "street",
            "island", "islands", "sea", "ocean", "gulf", "strait", "peninsula", "city", "province", "region",
            "asia", "europe", "africa", "americas", "pacific", "atlantic", "arctic", "northeast", "southeast",
            "northwest", "southwest", "middle", "latin", "indo-pacific", "last", "next", "this", "that",
            "according", "earlier", "later", "ahead", "together", "instead", "still", "yet", "tonight", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as",
            "here", "there", "now", "then", "and", "but", "or", "if", "when", "while", "we", "they", "it", "a", "an", "meanwhile", "however", "also", "after", "before", "since",
            // party labels and academic ranks stand before names without being part of them ("Democrat Chuck Schumer")
            "democrat", "republican", "democrats", "republicans", "professor", "prof.", "superintendent");
    /** Generic words of place names that never begin a person's name. */
    private static final Set<String> PLACE_PREFIXES = Set.of("camp", "fort", "mount", "lake", "cape", "port", "point");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "gen", "gen.", "general", "sen.", "senator", "rep", "rep.", "sir", "dame", "lord", "lady", "hon", "hon.",
            "madam", "sheikh", "king", "queen", "prince", "princess", "sultan", "emir", "pope", "honorable", "honourable");
    /** Bodies a state names without saying whose they are: "Congress", "the Senate", "Parliament". */
    public static final Set<String> BARE_BODIES = Set.of("congress", "senate", "parliament", "house", "legislature", "cabinet");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "da", "van",
            "von", "der", "den", "le", "la", "di", "du", "dos", "das", "del", "y", "abu", "ben");
    /** Words before a post title that belong to it. */
    private static final Set<String> ROLE_MODIFIERS = Set.of("deputy", "vice", "acting", "chief",
            "senior", "interim", "assistant", "principal", "permanent", "special", "top", "associate");

    private static final Pattern SIGNATURE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{Lu}'’-]+){1,3}(?:,? [JS]R\\.)?");
    /** Word shapes tested on every token, compiled once. */
    private static final Pattern INFLECTED_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}+(ing|es|ed|s)");
    private static final Pattern SUFFIX = Pattern.compile("[JS]r\\.?");
    private static final Pattern ROMANISED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,5}");
    /** "JD Vance": two initials written without points. */
    private static final Pattern UNDOTTED_INITIALS = Pattern.compile("\\p{Lu}{2}");
    /** Endings of names that English verbs do not have ("Mitsotakis", "Vējonis", "Kyriakos"), or letters English does not use. */
    private static final Pattern NAME_ENDING = Pattern.compile(".*(is|os|us|as)|.*[^\\x00-\\x7F].*");
    static final Pattern SUFFIX_OR_REGNAL = Pattern.compile("[JS]r\\.?|I{2,3}");
    private static final Pattern PARTICLE_JOINED = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");
    /** Tags of function words, which are never capitalised mid-sentence: on an unknown capitalised word, a tagger's guess. */
    private static final Set<String> CLOSED_CLASSES = Set.of("CCONJ", "SCONJ", "ADP", "DET", "PRON", "AUX", "PART");
    private static final Pattern SHORT_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}{1,6}");
    private static final Pattern VERB_ENDING = Pattern.compile(".*(ed|ing|es)");
    private static final Pattern REGNAL = Pattern.compile("I{2,3}|IV");
    static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}?\\p{Ll}+)?");
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern FIRST_NAME_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}");
    private static final Pattern VERB_OR_PLURAL_ENDING = Pattern.compile(".*(ed|ing|s)");

    /** "the police of Ruritania", "lawmakers in Gondor": the words that join an agent to its state after it. */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("of", "in", "from");

    /** Bodies (capitalised) whose name before a title makes the post theirs. */
    private static final Set<String> TITLE_BODIES = Set.of("Assembly", "Party", "Court", "Commission", "Council", "Committee");

    private final Gazetteer gazetteer;
    private final boolean titleCase;

    public MentionFinder(Gazetteer gazetteer) {
        this(gazetteer, false);
    }

    /** @param titleCase the text is a headline in title case, where capitals say little about names */
    public MentionFinder(Gazetteer gazetteer, boolean titleCase) {
        this.gazetteer = gazetteer;
        this.titleCase = titleCase;
    }

    public SentenceMentions find(Sentence sentence) {
        return find(sentence, false);
    }

    /** @param closing the sentence is among an article's last lines, where a document is signed */
    public SentenceMentions find(Sentence sentence, boolean closing) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        boolean[] taken = new boolean[words.length];
        List<Mention> mentions = new ArrayList<>();
        for (Span span : gazetteer.names().find(words)) {
            Entry entry = gazetteer.names().lookup(words, span.getStart(), span.getEnd());
            MentionType type = switch (entry.type()) {
                case COUNTRY -> MentionType.COUNTRY;
                case DEMONYM -> MentionType.DEMONYM;
                case SEAT -> MentionType.SEAT;
                case ORGANISATION -> MentionType.ORGANISATION;
                case OUTLET -> MentionType.OUTLET;
                case ROLE, AGENT -> MentionType.ROLE;
                case PLACE -> MentionType.PLACE;
            };
            add(mentions, taken, sentence, type, span.getStart(), span.getEnd(), entry.entity(), entry.country(), null);
        }
        if (gazetteer.agents().size() > 0) {
            findAgents(sentence, words, taken, mentions);
        }
        findRoles(sentence, words, taken, mentions);
        findParliamentMembers(sentence, words, taken, mentions);
        findOrganisations(sentence, words, taken, mentions);
        if (closing) {
            findSignatureName(sentence, taken, mentions);
        }
        findPersons(sentence, taken, mentions);
        joinGivenNamesTakenForPlaces(sentence, mentions);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (!taken[i] && (lower.equals("he") || lower.equals("she") || lower.equals("him"))) {
                add(mentions, taken, sentence, MentionType.PRONOUN, i, i + 1, null, null, null);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new SentenceMentions(sentence, mentions);
    }

    /**
     * "Ruritanian police", "Gondor's government", "the police of Ruritania": a state and an agent of the user's
     * agents.tsv are that state's body, one organisation mention.
     */
    private void findAgents(Sentence sentence, String[] words, boolean[] taken, List<Mention> mentions) {
        for (Span span : gazetteer.agents().find(words)) {
            int start = span.getStart();
            int end = span.getEnd();
            if (anyTaken(taken, start, end)) {
                continue;
            }
            String code = gazetteer.agents().lookup(words, start, end).roleLabel();
            Mention state = SentenceMentions.endingAt(mentions, start);
            if (isState(state)) {
                start = state.start();
            } else {
                int after = end + 1 < words.length && AGENT_PREPOSITIONS.contains(words[end].toLowerCase(Locale.ROOT)) ? end + 1 : -1;
                if (after > 0 && after + 1 < words.length && words[after].equalsIgnoreCase("the")) {
                    after++;
                }
                state = after > 0 ? SentenceMentions.startingAt(mentions, after) : null;
                if (!isState(state)) {
                    continue;
                }
                end = state.end();
            }
            mentions.remove(state);
            for (int i = state.start(); i < state.end(); i++) {
                taken[i] = false;
            }
            Entity country = state.entity();
            add(mentions, taken, sentence, MentionType.ORGANISATION, start, end, gazetteer.agentBody(country, code), country, null);
            // "Lawmakers in Freedonia and Sylvania", "Freedonian and Sylvanian troops": the agent is each state's
            agentOfCoordinated(sentence, words, taken, mentions, end, code, true);
            agentOfCoordinated(sentence, words, taken, mentions, start, code, false);
        }
    }

    /** The states coordinated after (or before) an agent's state stand with the same agent. */
    private void agentOfCoordinated(Sentence sentence, String[] words, boolean[] taken, List<Mention> mentions, int from, String code,
                                    boolean forward) {
        int at = from;
        while (forward ? at + 1 < words.length : at >= 2) {
            int joiner = forward ? at : at - 1;
            String word = words[joiner].toLowerCase(Locale.ROOT);
            if (!word.equals("and") && !word.equals(",")) {
                return;
            }
            Mention state = forward ? SentenceMentions.startingAt(mentions, joiner + 1) : SentenceMentions.endingAt(mentions, joiner);
            if (!isState(state)) {
                return;
            }
            mentions.remove(state);
            add(mentions, taken, sentence, MentionType.ORGANISATION, state.start(), state.end(),
                    gazetteer.agentBody(state.entity(), code), state.entity(), null);
            at = forward ? state.end() : state.start();
        }
    }

    private static boolean isState(Mention mention) {
        return mention != null && mention.entity() != null && mention.entity().kind() == org.newsgraph.model.EntityKind.COUNTRY
                && (mention.type() == MentionType.COUNTRY || mention.type() == MentionType.DEMONYM || mention.type() == MentionType.SEAT);
    }

    private void findRoles(Sentence sentence, String[] words, boolean[] taken, List<Mention> mentions) {
        // plural titles ("Senators Carper and Kennedy", "Presidents Buhari and Talon") are found in the singular
        String[] singular = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            singular[i] = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") ? w.substring(0, w.length() - 1) : w;
        }
        List<Span> spans = new ArrayList<>(List.of(gazetteer.roles().find(words)));
        spans.addAll(List.of(gazetteer.roles().find(singular)));
        for (Span found : spans) {
            Span span = found;
            if (anyTaken(taken, span.getStart(), span.getEnd())) {
                // "Democratic Party leader": the body took "Party" of "Party leader"; what is left may be a title itself
                int free = span.getEnd();
                while (free > span.getStart() && !taken[free - 1]) {
                    free--;
                }
                if (free == span.getEnd() || gazetteer.roles().lookup(words, free, span.getEnd()) == null) {
                    continue;
                }
                span = new Span(free, span.getEnd());
            }
            Entry entry = gazetteer.roles().lookup(words, span.getStart(), span.getEnd());
            if (entry == null) {
                entry = gazetteer.roles().lookup(singular, span.getStart(), span.getEnd());
            }
            if (isSurname(sentence.tokens(), words, taken, span)) {
                continue;
            }
            int start = span.getStart();
            StringBuilder label = new StringBuilder(entry.roleLabel());
            // "Deputy Foreign Minister", "vice president": modifiers belong to the post
            while (start > 0 && !taken[start - 1] && ROLE_MODIFIERS.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
                start--;
                label.insert(0, words[start].toLowerCase(Locale.ROOT) + " ");
            }
            // "Assembly president Richard Ferrand", "Party leader": a body named right before the title is part of the post
            // (bodies the organisation finder knows on their own, "Senate", "Congress", are owners, not part of the title)
            if (start > 0 && !taken[start - 1] && TITLE_BODIES.contains(words[start - 1])) {
                start--;
                label.insert(0, words[start].toLowerCase(Locale.ROOT) + " ");
            }
            int end = span.getEnd();
            // "the city's security chief", "the party head": a generic title takes the field written before it
            if ((entry.roleLabel().equals("chief") || entry.roleLabel().equals("head")) && start > 0 && !taken[start - 1]
                    && sentence.tokens().get(start - 1).tag().equals("NOUN") && !sentence.tokens().get(start - 1).isCapitalised()) {
                start--;
                label.insert(0, words[start].toLowerCase(Locale.ROOT) + " ");
                // "EU foreign policy chief": the field's own adjective comes with it
                if (start > 0 && !taken[start - 1] && sentence.tokens().get(start - 1).tag().equals("ADJ")
                        && !sentence.tokens().get(start - 1).isCapitalised() && !ROLE_MODIFIERS.contains(words[start - 1].toLowerCase(Locale.ROOT))
                        && !Words.FORMER.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
                    start--;
                    label.insert(0, words[start].toLowerCase(Locale.ROOT) + " ");
                }
            }
            if (entry.roleLabel().equals("secretary")) {
                // "Secretary of Justice Wanda Vázquez Garced", "Secretary of Foreign Affairs Enrique A. Manalo": the words
                // of a portfolio, then a name
                int after = end + 1;
                while (end + 1 < words.length && (words[end].equals("of") || words[end].equals("for")) && after < words.length
                        && !taken[after] && sentence.tokens().get(after).isCapitalised()
                        && (PORTFOLIO_WORDS.contains(words[after].toLowerCase(Locale.ROOT))
                            || after == end + 1 && isPortfolioWord(sentence.tokens(), words, taken, after))) {
                    after++;
                }
                if (after > end + 1) {
                    label.append(' ').append(sentence.text(new TokenSpan(end, after)).toLowerCase(Locale.ROOT));
                    end = after;
                }
            }
            // "EU Energy Commissioner Dan Jørgensen": commissioners have portfolios as ministers do
            if (entry.roleLabel().equals("minister") || entry.roleLabel().equals("commissioner")) {
                // a portfolio the title list does not know: "Civil Aviation Minister", "Minister of Strategic Affairs"
                int before = start;
                while (before > 0 && start - before < 3 && isPortfolioWord(sentence.tokens(), words, taken, before - 1)) {
                    before--;
                }
                if (before < start) {
                    label.insert(0, sentence.text(new TokenSpan(before, start)).toLowerCase(Locale.ROOT) + " ");
                    start = before;
                }
                int after = entry.roleLabel().equals("minister") ? portfolioAfter(sentence.tokens(), words, taken, end) : end;
                if (after > end) {
                    label.append(' ').append(sentence.text(new TokenSpan(end, after)).toLowerCase(Locale.ROOT));
                    end = after;
                }
            }
            // "Member of parliament (MP) Kevin Conolly": the title's abbreviation in brackets belongs to it
            if (end + 2 < words.length && words[end].equals("(") && words[end + 2].equals(")") && !taken[end + 1]
                    && ABBREVIATION.matcher(words[end + 1]).matches()) {
                end += 3;
            }
            // a plural or lower-case title inside a proper name ("Ministers Council") is still a title
            add(mentions, taken, sentence, MentionType.ROLE, start, end, null, entry.country(), label.toString());
        }
    }

    /** One-word titles that are also common surnames. */
    private static final Set<String> SURNAME_TITLES = Set.of("bishop", "king", "major", "judge", "marshal", "prince", "dean");

    /**
     * "Foreign Minister Julie Bishop praised", "Martin Luther King and": a one-word title right after a given name,
     * and before no name of its own, ends that name.
     */
    private static boolean isSurname(List<Token> tokens, String[] words, boolean[] taken, Span span) {
        int at = span.getStart();
        if (span.getEnd() - at != 1 || at == 0 || !SURNAME_TITLES.contains(words[at].toLowerCase(Locale.ROOT))
                || !tokens.get(at).isCapitalised()) {
            return false;
        }
        Token before = tokens.get(at - 1);
        boolean givenName = !taken[at - 1] && before.tag().equals("PROPN") && before.isCapitalised()
                && !NOT_NAMES.contains(words[at - 1].toLowerCase(Locale.ROOT)) && !HONORIFICS.contains(words[at - 1].toLowerCase(Locale.ROOT));
        boolean nameAfter = at + 1 < tokens.size() && tokens.get(at + 1).isCapitalised() && tokens.get(at + 1).tag().equals("PROPN");
        return givenName && !nameAfter;
    }

    /** Names of a national parliament whose members are "members of parliament". */
    private static final Set<String> PARLIAMENTS = Set.of("parliament", "knesset", "bundestag", "duma", "majlis", "sejm", "riksdag");

    /**
     * "A member of the Tunisian Parliament, Samir Dilou": "member" is the title when a state's parliament follows
     * ("of the Tunisian Parliament", "of Kenya's Parliament"); the words after it are left to name the owner.
     */
    private static void findParliamentMembers(Sentence sentence, String[] words, boolean[] taken, List<Mention> mentions) {
        for (int i = 0; i + 2 < words.length; i++) {
            if (taken[i] || !words[i].equalsIgnoreCase("member") || !words[i + 1].equals("of")) {
                continue;
            }
            for (int j = i + 2; j < Math.min(words.length, i + 6); j++) {
                if (PARLIAMENTS.contains(words[j].toLowerCase(Locale.ROOT)) && sentence.tokens().get(j).isCapitalised()) {
                    add(mentions, taken, sentence, MentionType.ROLE, i, i + 1, null, null, "member of parliament");
                    break;
                }
            }
        }
    }

    /** A capitalised word of a minister's portfolio before the title: "Civil Aviation", "Emergencies". */
    private static boolean isPortfolioWord(List<Token> tokens, String[] words, boolean[] taken, int i) {
        Token token = tokens.get(i);
        // "Ex-Prime Minister": the prefix says the post was left, it names no portfolio
        return !taken[i] && token.isCapitalised() && !NOT_NAMES.contains(words[i].toLowerCase(Locale.ROOT))
                && !words[i].toLowerCase(Locale.ROOT).startsWith("ex-")
                && !HONORIFICS.contains(words[i].toLowerCase(Locale.ROOT)) && !token.tag().equals("PUNCT")
                && !token.tag().equals("VERB") && !(i == 0 && token.tag().equals("DET"));
    }

    /**
     * "Minister of Strategic Affairs Ron Dermer": the portfolio after "of" or "for", where the last two words of a
     * longer capitalised run are the holder's name; where the title's portfolio ends, or {@code end} when none.
     */
    private static int portfolioAfter(List<Token> tokens, String[] words, boolean[] taken, int end) {
        if (end + 1 >= words.length || !(words[end].equals("of") || words[end].equals("for"))) {
            return end;
        }
        int k = end + 1;
        while (k < words.length && !taken[k] && (tokens.get(k).isCapitalised() && !tokens.get(k).tag().equals("PUNCT")
                || words[k].equals("and") && k + 1 < words.length && tokens.get(k + 1).isCapitalised())) {
            k++;
        }
        int run = k - (end + 1);
        if (run == 0) {
            return end;
        }
        // a long run ends in the holder's name ("Minister of Foreign Affairs Wang Yi"), unless "of" follows: "Minister
        // of Electricity and Renewable Energy of the Arab Republic of Egypt" is all portfolio
        boolean ownerFollows = k < words.length && words[k].equals("of");
        return run >= 3 && !ownerFollows ? k - 2 : k;
    }

    /** "the Supreme Court", "Russia's Foreign Ministry", "the House of Representatives". */
    private void findOrganisations(Sentence sentence, String[] words, boolean[] taken, List<Mention> mentions) {
        List<Token> tokens = sentence.tokens();
        for (int head = 0; head < words.length; head++) {
            if (taken[head] || !tokens.get(head).isCapitalised()
                    || !ORGANISATION_HEADS.contains(words[head].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = head;
            while (start > 0) {
                int before = start - 1;
                if (!taken[before] && tokens.get(before).isCapitalised() && !tokens.get(before).tag().equals("PUNCT") && before > 0) {
                    start--;
                } else if (innerWordOfName(tokens, words, taken, mentions, before)) {
                    // "Senate Homeland Security and Governmental Affairs Committee", "Lake Chad Basin Commission",
                    // "OSCE Minsk Group": a state, seat or bare body named inside a longer name is part of it
                    Mention inner = SentenceMentions.startingAt(mentions, before);
                    if (inner != null) {
                        mentions.remove(inner);
                        for (int i = inner.start(); i < inner.end(); i++) {
                            taken[i] = false;
                        }
                    }
                    start--;
                } else {
                    break;
                }
            }
            if (start > 0 && !taken[start - 1] && tokens.get(start - 1).isCapitalised() && start - 1 == 0
                    && !NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
                start--;
            }
            Entity country = null;
            Mention owner = SentenceMentions.endingAt(mentions, start);
            if (owner != null && (owner.type() == MentionType.DEMONYM || owner.type() == MentionType.COUNTRY)) {
                country = owner.entity();
            }
            int end = head + 1;
            // "House of Representatives", "Ministry of Foreign Affairs"
            if (end + 1 < words.length && words[end].equals("of") && tokens.get(end + 1).isCapitalised()
                    && !taken[end + 1]) {
                int k = end + 1;
                // an honorific starts a person: "the Administration of Gaza Dr. Ali Sha'ath"
                while (k < words.length && !taken[k] && (tokens.get(k).isCapitalised() || words[k].equals("and"))
                        && !tokens.get(k).tag().equals("PUNCT") && !HONORIFICS.contains(words[k].toLowerCase(Locale.ROOT))) {
                    k++;
                }
                end = k;
            }
            if (start == head && country == null && head + 1 == end) {
                // a bare "Congress" or "the Senate": the resolver finds whose it is
                if (BARE_BODIES.contains(words[head].toLowerCase(Locale.ROOT)) && !tokens.get(head).tag().equals("VERB")) {
                    add(mentions, taken, sentence, MentionType.ORGANISATION, head, end, Entity.organisation(words[head]), null, null);
                }
                continue;
            }
            if (owner != null && country != null) {
                mentions.remove(owner);
                for (int i = owner.start(); i < owner.end(); i++) {
                    taken[i] = false;
                }
                start = owner.start();
            }
            String name = sentence.text(new TokenSpan(start, end));
            add(mentions, taken, sentence, MentionType.ORGANISATION, start, end, Entity.organisation(name), country, null);
            head = end - 1;
        }
    }

    /**
     * "JOSEPH R. BIDEN JR.": a closing line that is nothing but a name in capitals is how official documents
     * are signed; the name is recorded in ordinary case.
     */
    private static void findSignatureName(Sentence sentence, boolean[] taken, List<Mention> mentions) {
        String line = sentence.text().strip();
        if (!SIGNATURE_NAME.matcher(line).matches() || anyTaken(taken, 0, taken.length)) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (String word : line.split("\\s+")) {
            String cased = word.length() <= 2 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
            name.append(name.isEmpty() ? "" : " ").append(cased);
        }
        add(mentions, taken, sentence, MentionType.PERSON, 0, sentence.size(), Entity.person(name.toString()), null, null);
    }

    private void findPersons(Sentence sentence, boolean[] taken, List<Mention> mentions) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            // a first word the name-part test would refuse: a mistagged given name, or undotted initials
            boolean firstAnyway = !taken[i] && (mistaggedFirstName(tokens, i, taken) || undottedInitials(tokens, i, taken));
            if (taken[i] || !(isNamePart(tokens.get(i), true) || firstAnyway)) {
                i++;
                continue;
            }
            int start = i;
            int end = firstAnyway ? i + 1 : i;
            while (end < tokens.size() && !taken[end] && (isNamePart(tokens.get(end), end == start)
                    || isParticle(tokens, end, taken) || end > start && (isMistaggedSurname(tokens, end) || isInnerSheikh(tokens, end, taken)))
                    && !(end > start && columnGap(tokens.get(end - 1), tokens.get(end)))) {
                end++;
            }
            while (end > start && isDangling(tokens.get(end - 1))) {
                end--;
            }
            // "Statement from President Joe Biden Welcoming Sweden", "President Trump Ratifies Board of Peace": in a
            // headline every word is capitalised, so an inflected verb ends the name
            for (int k = start + 1; titleCase && k < end; k++) {
                String word = tokens.get(k).text();
                // ... but not after a particle: "Sheikh Mohammed bin Zayed"
                if (word.length() > 4 && INFLECTED_CAPITAL.matcher(word).matches() && !NAME_ENDING.matcher(word).matches()
                        && !NAME_PARTICLES.contains(tokens.get(k - 1).text())
                        && k - start >= 2 - (word.endsWith("s") ? 1 : 0)) {
                    end = k;
                    break;
                }
            }
            // "Joseph R. Biden, Jr."
            if (end + 1 < tokens.size() && tokens.get(end).text().equals(",") && !taken[end + 1]
                    && SUFFIX.matcher(tokens.get(end + 1).text()).matches()) {
                end += 2;
            }
            // "Special Envoy for Peace Missions Steve Witkoff": after a title's "for", the words before the last two
            // name the title's field, not the person
            if (end - start >= 3 && start >= 2 && Words.lower(tokens.get(start - 1)).equals("for") && endsRole(mentions, start - 1)) {
                start = end - 2;
            }
            // a suffix ends a name: "President Joseph R. Biden Jr. Call with ..." in a headline
            for (int k = start + 1; k < end; k++) {
                if (SUFFIX_OR_REGNAL.matcher(tokens.get(k).text()).matches()) {
                    end = k + 1;
                    break;
                }
            }
            // "Camp David", "Fort Bragg", "Mount Sinjar": a place's generic word before a name makes it a place
            if (end - start >= 2 && PLACE_PREFIXES.contains(Words.lower(tokens.get(start)))) {
                i = end;
                continue;
            }
            if (end > start && (hasProperNoun(tokens, start, end) || end - start >= 2 && namedAfterTitle(tokens, mentions, start))
                    && !containsHead(tokens, start, end) && end - start <= 5) {
                String name = sentence.text(new TokenSpan(start, end)).replaceAll("\\s+", " ").replaceAll(",\\s*(?=[JS]r)", " ");
                add(mentions, taken, sentence, MentionType.PERSON, start, end, Entity.person(name), null, null);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * "Japan's ambassador, Hideo Tarumi,", "Representative Clay Higgins": two capitalised words right after a
     * state's title (or after it and a comma), or right after a capitalised title, are a name, whatever the tagger
     * made of them (after a title of some other body, "Its president, Faith ...", they may be the body's words).
     */
    private static boolean namedAfterTitle(List<Token> tokens, List<Mention> mentions, int start) {
        int end = start > 0 && tokens.get(start - 1).text().equals(",") ? start - 1 : start;
        Mention role = SentenceMentions.endingAt(mentions, end);
        if (role == null || role.type() != MentionType.ROLE) {
            return false;
        }
        int before = role.start() > 0 && Words.isPossessive(tokens.get(role.start() - 1)) ? role.start() - 1 : role.start();
        Mention owner = SentenceMentions.endingAt(mentions, before);
        // "Representative Clay/NOUN Higgins/VERB": a capitalised title right before the words is a form of address
        boolean address = end == start && tokens.get(role.start()).isCapitalised();
        return address || role.country() != null || owner != null && (owner.type() == MentionType.COUNTRY || owner.type() == MentionType.DEMONYM);
    }

    /**
     * "Defence Minister Israel Katz", "Defence Minister Wellington Koo": right after a title, a one-word state or
     * capital followed at once by a name is the name's first word.
     */
    private static void joinGivenNamesTakenForPlaces(Sentence sentence, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention place = mentions.get(k);
            if ((place.type() != MentionType.COUNTRY && place.type() != MentionType.SEAT) || place.end() - place.start() != 1
                    || !endsRole(mentions, place.start())) {
                continue;
            }
            Mention person = SentenceMentions.startingAt(mentions, place.end());
            if (person != null && person.type() == MentionType.PERSON) {
                TokenSpan span = new TokenSpan(place.start(), person.end());
                String name = sentence.text(span);
                mentions.remove(person);
                mentions.set(mentions.indexOf(place), new Mention(MentionType.PERSON, span, name, Entity.person(name), null, null));
            }
        }
    }

    /** "Hassan Sheikh Mohamud": between two parts of a name, "Sheikh" is part of it, not a title. */
    private static boolean isInnerSheikh(List<Token> tokens, int i, boolean[] taken) {
        return tokens.get(i).text().equals("Sheikh") && i + 1 < tokens.size() && !taken[i + 1] && isNamePart(tokens.get(i + 1), false);
    }

    /** "Pete Buttigieg" with "Buttigieg" tagged CCONJ: after a given name, a capitalised word is no function word. */
    private boolean isMistaggedSurname(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return !titleCase && tokens.get(i - 1).tag().equals("PROPN") && (CLOSED_CLASSES.contains(token.tag()) || token.tag().equals("VERB"))
                && CAPITALISED_WORD.matcher(token.text()).matches() && !NOT_NAMES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isNamePart(Token token, boolean first) {
        String text = token.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!first && PARTICLE_JOINED.matcher(text).matches()) {
            return true; // "al-Assadi", "el-Sisi"
        }
        if (!first && MONTHS.contains(lower) && token.isProperNoun()) {
            return true; // "Theresa May"
        }
        if (!first && token.tag().equals("VERB") && SHORT_CAPITAL.matcher(text).matches() && !VERB_ENDING.matcher(text).matches()) {
            return true; // "Zhao Yi": mid-sentence, a capitalised word after a name is no verb, whatever the tagger says
        }
        if (!token.isCapitalised() || NOT_NAMES.contains(lower) || HONORIFICS.contains(lower)) {
            return false;
        }
        if (!first && REGNAL.matcher(text).matches()) {
            return true; // "Elizabeth II": a regnal number, not an acronym
        }
        if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.endsWith(".")) {
            return false; // acronyms are organisations or countries, not persons
        }
        boolean initial = INITIAL.matcher(text).matches();
        boolean suffix = !first && (text.equals("Jr.") || text.equals("Sr.") || text.equals("Jr"));
        return token.isProperNoun() || initial || suffix || (token.tag().equals("NOUN") || token.tag().equals("ADJ")) && CAPITALISED_WORD.matcher(text).matches();
    }

    /** Names set side by side in columns ("Donald J. Trump          Takaichi Sanae") are two names. */
    private static boolean columnGap(Token left, Token right) {
        return right.span().start() - left.span().end() >= 3;
    }

    private static boolean endsRole(List<Mention> mentions, int end) {
        return mentions.stream().anyMatch(m -> m.type() == MentionType.ROLE && m.end() == end);
    }

    /**
     * "Wang Yi, the foreign minister", "Besnik Gashi", "Filimão Suaze": before a proper noun, a given name the tagger
     * took for a verb, an adverb or a function word, or one with letters English does not use.
     */
    private static boolean mistaggedFirstName(List<Token> tokens, int i, boolean[] taken) {
        Token token = tokens.get(i);
        boolean mistagged = (token.tag().equals("VERB") || token.tag().equals("ADV")) && FIRST_NAME_SHAPE.matcher(token.text()).matches()
                && !VERB_OR_PLURAL_ENDING.matcher(token.text()).matches() && !token.text().endsWith("ly")
                && !ADVERBS.contains(Words.lower(token))
                // "Filimão/VERB Suaze": English words have no such letters
                || CAPITALISED_WORD.matcher(token.text()).matches() && !token.text().chars().allMatch(c -> c < 128)
                // "Besnik/ADP Gashi": a capitalised word tagged as a function word that English does not have
                || CLOSED_CLASSES.contains(token.tag()) && CAPITALISED_WORD.matcher(token.text()).matches()
                && !FUNCTION_WORDS.contains(Words.lower(token));
        return mistagged && !NOT_NAMES.contains(Words.lower(token)) && i + 1 < tokens.size() && !taken[i + 1]
                && tokens.get(i + 1).isProperNoun() && tokens.get(i + 1).isCapitalised();
    }

    /** Words of government portfolios that may follow the first one: "Foreign Affairs", "National Defense", "Homeland Security". */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("affairs", "defense", "defence", "security", "justice", "health",
            "energy", "finance", "trade", "commerce", "interior", "development", "services", "resources", "relations",
            "transport", "transportation", "education", "labor", "labour", "agriculture", "environment", "housing", "treasury",
            "works", "welfare", "protection", "planning", "industry", "technology", "communications", "information", "culture",
            "tourism", "cooperation", "integration", "economy", "safety", "intelligence", "national", "foreign", "homeland",
            "home", "internal", "external", "public");

    /** Short English adverbs that may open a sentence before a name ("Also Biden said"). */
    private static final Set<String> ADVERBS = Set.of("also", "even", "only", "just", "soon", "often", "never", "perhaps",
            "indeed", "thus", "hence", "already", "again", "almost", "always", "ever", "quite", "rather", "very", "too", "once",
            "twice", "else", "away", "back", "ago", "anyway", "yes", "not", "so", "well", "far", "long", "first", "last",
            "next", "now", "then", "today", "still", "later", "earlier", "recently", "meanwhile", "instead", "however");

    /** "Vice President JD Vance": two capitals after a title and before a surname are initials, not an acronym. */
    private static boolean undottedInitials(List<Token> tokens, int i, boolean[] taken) {
        return UNDOTTED_INITIALS.matcher(tokens.get(i).text()).matches() && i > 0 && taken[i - 1] && i + 1 < tokens.size()
                && !taken[i + 1] && tokens.get(i + 1).isProperNoun() && CAPITALISED_WORD.matcher(tokens.get(i + 1).text()).matches();
    }

    /** English function words (determiners, pronouns, prepositions, conjunctions, auxiliaries, particles): a closed list. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those", "each",
            "every", "either", "neither", "some", "any", "no", "all", "both", "few", "many", "much", "more", "most",
            "other", "another", "such", "what", "which", "whose", "whatever", "whichever", "i", "me", "my", "mine",
            "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours",
            "they", "them", "their", "theirs", "who", "whom", "whoever", "myself", "yourself", "himself", "herself",
            "itself", "ourselves", "themselves", "one", "nobody", "nothing", "none", "someone", "something", "anyone",
            "anything", "everyone", "everything", "about", "above", "across", "after", "against", "along", "amid",
            "amidst", "among", "amongst", "around", "as", "at", "before", "behind", "below", "beneath", "beside",
            "besides", "between", "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside",
            "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since",
            "than", "through", "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike",
            "until", "up", "upon", "via", "with", "within", "without", "and", "but", "or", "nor", "so", "yet",
            "although", "because", "if", "once", "unless", "whereas", "whether", "while", "when", "whenever", "where",
            "wherever", "how", "why", "though", "lest", "be", "am", "is", "are", "was", "were", "been", "being",
            "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "ought", "not", "there", "here", "then", "following", "including", "regarding",
            "concerning", "according");

    /** "Tamim bin Hamad", "Ursula von der Leyen": a lower-case particle between two parts of a name. */
    private static boolean isParticle(List<Token> tokens, int i, boolean[] taken) {
        int next = i + 1;
        while (next < tokens.size() && NAME_PARTICLES.contains(tokens.get(next).text())) {
            next++; // "von der Leyen"
        }
        return NAME_PARTICLES.contains(tokens.get(i).text()) && next < tokens.size() && !taken[next]
                && tokens.get(next).isCapitalised() && !Words.isPunctuation(tokens.get(next));
    }

    private static boolean hasProperNoun(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            // "Kang Yu-jung", both tagged NOUN: a romanised given name joined by a hyphen is a name's shape
            if (tokens.get(i).isProperNoun() || i > start && ROMANISED_GIVEN_NAME.matcher(tokens.get(i).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDangling(Token token) {
        return token.text().endsWith(",");
    }

    private static boolean containsHead(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (ORGANISATION_HEADS.contains(lower) || TREATY_HEADS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token at {@code i}, just left of a capitalised name being read backwards from its head, belongs
     * to the name though something else claimed it: an "and" between capitalised words, a one-word bare body
     * ("Senate") that opens the name, or a one-word state or seat with a capitalised word of the name before it.
     */
    private static boolean innerWordOfName(List<Token> tokens, String[] words, boolean[] taken, List<Mention> mentions, int i) {
        if (i < 1) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        boolean nameBefore = previous.isCapitalised() && !previous.tag().equals("DET") && !previous.tag().equals("PUNCT")
                && !NOT_NAMES.contains(words[i - 1].toLowerCase(Locale.ROOT));
        if (!taken[i]) {
            return words[i].equals("and") && previous.isCapitalised() && !previous.tag().equals("PUNCT") && !taken[i - 1];
        }
        Mention inner = SentenceMentions.startingAt(mentions, i);
        if (inner == null || inner.end() != i + 1) {
            return false;
        }
        boolean bareBody = inner.type() == MentionType.ORGANISATION && BARE_BODIES.contains(words[i].toLowerCase(Locale.ROOT));
        boolean place = inner.type() == MentionType.COUNTRY || inner.type() == MentionType.SEAT;
        return bareBody || place && nameBefore;
    }

    private static void add(List<Mention> mentions, boolean[] taken, Sentence sentence, MentionType type, int start,
                            int end, Entity entity, Entity country, String roleLabel) {
        TokenSpan span = new TokenSpan(start, end);
        mentions.add(new Mention(type, span, sentence.text(span), entity, country, roleLabel));
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
