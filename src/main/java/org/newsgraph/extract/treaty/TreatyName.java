package org.newsgraph.extract.treaty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.mention.Words;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A treaty named in a sentence: a capitalised phrase holding a treaty word ("Treaty on Comprehensive Strategic
 * Partnership", "U.S.-Malaysia Agreement on Reciprocal Trade", "Kigali Amendment to the Montreal Protocol"), a
 * capitalised name before a lower-case treaty word ("the AUKUS pact"), or a description ("the new strategic
 * partnership treaty", {@code proper == false}).
 */
record TreatyName(TokenSpan tokens, String name, boolean proper) {
    static final Set<String> HEADS = Set.of("treaty", "agreement", "agreements", "accord", "accords", "pact",
            "convention", "protocol", "charter", "declaration", "amendment", "memorandum", "framework", "deal",
            "compact", "arrangement", "mou", "armistice", "ceasefire", "truce", "statute");
    /** Treaty words that describe a treaty only in a name: a lower-case "statute" is a law ("the Rome Statute"). */
    private static final Set<String> NAME_ONLY_HEADS = Set.of("statute");
    /** Small words a treaty's proper name may hold between capitalised words. */
    private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "between", "and", "the", "to", "with",
            "about", "concerning", "regarding", "toward", "towards", "against", "a", "-", "–");

    static List<TreatyName> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<TreatyName> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = i;
            int lastCapital = i;
            boolean hasHead = false;
            boolean between = false;
            while (end < tokens.size()) {
                Token t = tokens.get(end);
                String lower = Words.lower(t);
                int defined = between ? skipDefinedTerm(tokens, end) : end;
                if (isNameWord(t)) {
                    lastCapital = end;
                    hasHead |= isHead(tokens, end);
                    end++;
                } else if (between && lower.equals(",") && end + 2 < tokens.size() && (Words.lower(tokens.get(end + 1)).equals("the")
                        || Words.lower(tokens.get(end + 1)).equals("and") && Words.lower(tokens.get(end + 2)).equals("the"))) {
                    // a formal title lists its parties: "Agreement between the Government of the United States of
                    // America, the Government of Australia, and the Government of the United Kingdom"
                    end++;
                } else if (defined > end && defined + 2 < tokens.size() && CONNECTORS.contains(Words.lower(tokens.get(defined)))
                        && (isNameWord(tokens.get(defined + 1)) || Words.lower(tokens.get(defined + 1)).equals("the") && isNameWord(tokens.get(defined + 2)))) {
                    // "... Northern Ireland (the “United Kingdom”) for the Exchange of ...": a defined term inside the title
                    end = defined;
                } else if (cooperationIn(tokens, end)) {
                    end += 2;
                } else if (CONNECTORS.contains(lower) && end + 1 < tokens.size() && !PERSON_TITLES.contains(Words.lower(tokens.get(end + 1)))
                        && (isNameWord(tokens.get(end + 1)) || CONNECTORS.contains(Words.lower(tokens.get(end + 1))) && !Words.lower(tokens.get(end + 1)).equals(","))) {
                    between |= lower.equals("between");
                    end++;
                } else {
                    break;
                }
            }
            int stop = lastCapital + 1;
            // a lone "Treaty" or "Agreement" refers back to a name; it is a description, not a name, unless the
            // text sets it in quotation marks as the name it goes by ("the “Compact” they signed")
            if (hasHead && stop - i == 1 && !quoted(tokens, i, stop)) {
                i = stop;
                continue;
            }
            if (hasHead) {
                stop = complement(tokens, stop);
                names.add(of(sentence, i, stop, true));
                i = stop;
                continue;
            }
            // "the AUKUS pact", "the EastMed pipeline deal": a name, then a lower-case treaty word;
            // "the African Continental Free Trade Area (AfCFTA) agreement"
            int j = skipAcronym(tokens, stop);
            while (j < tokens.size() && j - stop < 2 && tokens.get(j).tag().equals("NOUN") && !HEADS.contains(Words.lower(tokens.get(j)))) {
                j++;
            }
            if (j < tokens.size() && HEADS.contains(Words.lower(tokens.get(j))) && tokens.get(j).tag().equals("NOUN")) {
                names.add(of(sentence, i, j + 1, true));
                i = j + 1;
                continue;
            }
            i = stop;
        }
        return names;
    }

    /** Words before "in" that open a field of cooperation in a title rather than a place. */
    private static final Set<String> FIELD_OF = Set.of("cooperation", "collaboration", "partnership", "field", "fields", "area", "areas");

    /**
     * "Agreement on Cooperation in the Field of Energy", "Memorandum on Cooperation in the Bioeconomy": "in the"
     * after a word of cooperation continues a title; elsewhere "in" opens a place ("the Agreement in Tirana").
     */
    private static boolean cooperationIn(List<Token> tokens, int i) {
        return fieldOfCooperation(tokens, i) && i + 2 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("the")
                && isNameWord(tokens.get(i + 2)) && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
    }

    private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "‘");
    static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "’");

    private static boolean quoted(List<Token> tokens, int start, int end) {
        return start > 0 && end < tokens.size() && OPENING_QUOTES.contains(tokens.get(start - 1).text())
                && CLOSING_QUOTES.contains(tokens.get(end).text());
    }

    /** "(the “United Kingdom”)": where a defined term in brackets ends, or {@code i} if none starts there. */
    static int skipDefinedTerm(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).text().equals("(")) {
            return i;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 12); j++) {
            String text = tokens.get(j).text();
            if (text.equals(")")) {
                return j + 1;
            }
            if (text.equals("(")) {
                break;
            }
        }
        return i;
    }

    /** "(AfCFTA)" or "(MOU)" after a name. */
    private static int skipAcronym(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).text().equals("(") && tokens.get(i + 2).text().equals(")")) {
            return i + 3;
        }
        return i;
    }

    /**
     * A name's lower-case complement: "Memorandum of Understanding (MOU) on critical minerals". Up to four
     * words after "on" or "for", up to a verb, a relative word or punctuation.
     */
    private static int complement(List<Token> tokens, int stop) {
        int i = skipAcronym(tokens, stop);
        if (i >= tokens.size() || !Set.of("on", "for").contains(Words.lower(tokens.get(i)))) {
            return stop;
        }
        // "signed the Agreement on behalf of the TPLF": who signs for whom, not what the treaty is about
        if (i + 1 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("behalf")) {
            return stop;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i <= 4) {
            Token t = tokens.get(end);
            if (!(t.tag().equals("NOUN") || t.tag().equals("ADJ") || Words.lower(t).equals("and")) || t.isCapitalised()) {
                break;
            }
            end++;
        }
        while (end > i + 1 && Words.lower(tokens.get(end - 1)).equals("and")) {
            end--;
        }
        return end > i + 1 && tokens.get(end - 1).tag().equals("NOUN") ? end : stop;
    }

    /** Descriptions: "the new strategic partnership treaty", "the agreement", "a maritime border deal", "the Declaration". */
    static List<TreatyName> descriptions(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<TreatyName> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean loneCapital = t.isCapitalised() && i > 0 && Set.of("the", "a", "an").contains(Words.lower(tokens.get(i - 1)))
                    && (i + 1 >= tokens.size() || !isNameWord(tokens.get(i + 1)));
            if ((!t.isCapitalised() || loneCapital) && HEADS.contains(Words.lower(t)) && !NAME_ONLY_HEADS.contains(Words.lower(t))
                    && (t.tag().equals("NOUN") || loneCapital)) {
                int start = i;
                while (start > 0 && (tokens.get(start - 1).tag().equals("ADJ") || tokens.get(start - 1).tag().equals("NOUN"))
                        && !tokens.get(start - 1).isCapitalised()) {
                    start--;
                }
                // "a memorandum of understanding about the pipeline"
                int end = Words.lower(t).equals("memorandum") && i + 2 < tokens.size()
                        && Words.lower(tokens.get(i + 1)).equals("of") && isMemorandumKind(tokens.get(i + 2)) ? i + 3 : i + 1;
                found.add(of(sentence, start, clause(tokens, end), false));
            }
        }
        return found;
    }

    /**
     * What a description's clause says it is about, up to the next punctuation and at most eight words: "an
     * agreement to construct the EastMed pipeline", "an MOU to deepen cooperation on maritime security", "a MOU
     * that will secure and diversify critical minerals supplies".
     */
    private static int clause(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return i;
        }
        String first = Words.lower(tokens.get(i));
        boolean opens = first.equals("to") && i + 1 < tokens.size() && (tokens.get(i + 1).tag().equals("VERB") || tokens.get(i + 1).tag().equals("NOUN"))
                || first.equals("that") && i + 1 < tokens.size() && (tokens.get(i + 1).tag().equals("AUX") || tokens.get(i + 1).tag().equals("VERB"))
                || (first.equals("on") || first.equals("between") || first.equals("with") || first.equals("about")) && i + 1 < tokens.size()
                && !tokens.get(i + 1).isCapitalised() && !tokens.get(i + 1).tag().equals("NUM");
        if (!opens) {
            return i;
        }
        // a prepositional clause ("about the pipeline") ends where a verb begins ("... was signed")
        boolean prepositional = !first.equals("to") && !first.equals("that");
        int end = i + 1;
        while (end < tokens.size() && end - i < 9 && !Words.isPunctuation(tokens.get(end))
                && !(prepositional && Words.isVerb(tokens.get(end)))
                && !(Set.of("which", "who", "where", "while", "including", "by", "in", "as").contains(Words.lower(tokens.get(end)))
                    && !fieldOfCooperation(tokens, end))
                && !nextInList(tokens, end)) {
            end++;
        }
        while (end > i + 1 && !(tokens.get(end - 1).tag().equals("NOUN") || tokens.get(end - 1).tag().equals("PROPN"))) {
            end--;
        }
        return end > i + 1 ? end : i;
    }

    /**
     * "on border crossings, on the port of Assab, and on postal links" after "three agreements:": each "on"
     * phrase names one agreement of the list's kind ("agreement on border crossings"). Empty unless the list
     * opens with "on" at {@code from}.
     */
    static List<TreatyName> topicsAfter(Sentence sentence, int from, String head) {
        List<Token> tokens = sentence.tokens();
        List<TreatyName> topics = new ArrayList<>();
        int i = from;
        while (i < tokens.size() && Words.lower(tokens.get(i)).equals("on")) {
            int end = i + 1;
            while (end < tokens.size() && !tokens.get(end).text().equals(",") && !tokens.get(end).text().equals(".")
                    && !tokens.get(end).text().equals(";") && !(Words.lower(tokens.get(end)).equals("and") && end + 1 < tokens.size()
                    && Words.lower(tokens.get(end + 1)).equals("on"))) {
                end++;
            }
            if (end - i < 2 || end - i > 12) {
                break;
            }
            String topic = sentence.text(new TokenSpan(i, end));
            topics.add(new TreatyName(new TokenSpan(i, end), head + " " + topic, false));
            i = end;
            while (i < tokens.size() && (tokens.get(i).text().equals(",") || Words.lower(tokens.get(i)).equals("and"))) {
                i++;
            }
        }
        return topics;
    }

    /** "an agreement on cooperation in maritime search and rescue": "in" after "cooperation" names its field. */
    private static boolean fieldOfCooperation(List<Token> tokens, int i) {
        return Words.lower(tokens.get(i)).equals("in") && i > 0 && FIELD_OF.contains(Words.lower(tokens.get(i - 1)));
    }

    /** "... on river waters and an agreement on rail transit": "and" with an article opens the list's next item. */
    private static boolean nextInList(List<Token> tokens, int i) {
        return Words.lower(tokens.get(i)).equals("and") && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("DET");
    }

    /**
     * A treaty word; "Memorandum" only as "Memorandum of Understanding" (a presidential memorandum is no treaty),
     * "Terms" only as the "Terms of Reference" a mission is set up by.
     */
    private static boolean isHead(List<Token> tokens, int i) {
        String lower = Words.lower(tokens.get(i));
        if (lower.equals("memorandum")) {
            return i + 2 < tokens.size() && Words.lower(tokens.get(i + 1)).equals("of") && isMemorandumKind(tokens.get(i + 2));
        }
        if (lower.equals("terms")) {
            return i + 2 < tokens.size() && tokens.get(i).isCapitalised() && tokens.get(i + 2).text().equals("Reference");
        }
        return HEADS.contains(lower);
    }

    /**
     * What a memorandum between governments records: "of Understanding", "of Cooperation" (the usual Japanese and
     * Korean form), "of Intent", "of Agreement".
     */
    private static boolean isMemorandumKind(Token token) {
        String lower = Words.lower(token);
        return lower.startsWith("understanding") || lower.equals("cooperation") || lower.equals("co-operation")
                || lower.equals("intent") || lower.equals("agreement");
    }

    /** Words that only tell which treaty the text means: "the new treaty", "this historic agreement". */
    private static final Set<String> REFERRING = Set.of("the", "a", "an", "this", "that", "new", "historic", "landmark",
            "pivotal", "recent", "latest", "same", "bilateral", "first", "final");

    /**
     * A description that says little the name does not (at least half of its own words are the name's: "the
     * new strategic partnership treaty" of the "Treaty on Comprehensive Strategic Partnership") refers to it.
     */
    boolean refersTo(TreatyName named) {
        if (!head().equals(named.head()) && !(isMemorandum(head()) && isMemorandum(named.head()))) {
            return false;
        }
        Set<String> nameWords = new java.util.HashSet<>(List.of(named.name().toLowerCase(java.util.Locale.ROOT).split("[\\s–-]+")));
        int content = 0;
        int shared = 0;
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[\\s–-]+")) {
            if (!REFERRING.contains(word) && !HEADS.contains(word)) {
                content++;
                shared += nameWords.contains(word) ? 1 : 0;
            }
        }
        // "the maritime defence pact" of the "Philippines–Vietnam Maritime Security Cooperation Pact": half its words
        return content == 0 || 2 * shared >= content;
    }

    /** "the new agreement": a description with nothing but referring words says no name of its own. */
    boolean isBare() {
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (!REFERRING.contains(word) && !HEADS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMemorandum(String head) {
        return head.equals("memorandum") || head.equals("mou");
    }

    String head() {
        if (name.contains("Terms of Reference")) {
            return "terms of reference";
        }
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (HEADS.contains(words[i])) {
                return words[i];
            }
        }
        return "";
    }

    private static TreatyName of(Sentence sentence, int start, int end, boolean proper) {
        String text = sentence.text(new TokenSpan(start, end)).replaceAll("\\s+", " ").replaceAll(" \\(\\p{Lu}+\\)", "")
                .replaceAll(" \\([^()]*\\)", "");
        return new TreatyName(new TokenSpan(start, end), text, proper);
    }

    private static boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // "Under the Doha Agreement, ...": a sentence's first word is capitalised as a preposition or adverb, not as a name
        boolean openingWord = i == 0 && (t.tag().equals("ADP") || t.tag().equals("SCONJ") || t.tag().equals("ADV"));
        return isNameWord(t) && !(i == 0 && t.tag().equals("DET")) && !Words.lower(t).equals("the") && !openingWord
                && !(t.tag().equals("VERB") || Words.lower(t).endsWith("ing") && i == 0);
    }

    /** "signed the Agreement ... with Prime Minister Anwar Ibrahim": a title after a connector starts a person, not the name. */
    private static final Set<String> PERSON_TITLES = Set.of("president", "prime", "minister", "king", "queen", "chancellor",
            "secretary", "emir", "sultan", "premier", "foreign", "vice", "deputy", "ambassador", "crown", "sheikh", "general");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");
    /** Compiled once: these run on every token (String.matches compiles its pattern on each call). */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern HYPHENATED_NAME = Pattern.compile("\\p{L}+-\\p{Lu}.*");

    private static boolean isNameWord(Token t) {
        String text = t.text();
        if (text.isEmpty() || Words.isPunctuation(t) || t.tag().equals("DET") && !text.equals("The")
                || CALENDAR.contains(Words.lower(t))) {
            return false; // "signed the Agreement on Reciprocal Trade on Sunday"
        }
        return Character.isUpperCase(text.codePointAt(0)) || YEAR.matcher(text).matches() || HYPHENATED_NAME.matcher(text).matches();
    }
}
