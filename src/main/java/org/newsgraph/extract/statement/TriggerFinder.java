package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.mention.Words;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.StatementKind;
import org.newsgraph.nlp.Lemmas;
import org.newsgraph.nlp.Token;

/**
 * Finds statement triggers by lemma, from the gazetteer's statement-verbs list: single lemmas as verbs (or as
 * nouns or adjectives when a preposition introduces their object: "support for", "condemnation of", "grateful
 * to"), and phrases of two lemmas whose second part follows within a few words ("call on", "hold ...
 * responsible", "express concern").
 * A negated verb ("did not condemn") is no statement.
 */
final class TriggerFinder {
    private static final int PHRASE_GAP = 6;
    /** Second parts of phrasal verbs, which stand right after the verb. */
    private static final Set<String> PARTICLES = Set.of("on", "upon", "for", "to", "with", "out", "against", "up", "off", "behind", "from");
    private static final Set<String> ADJECTIVE_OBJECT_MARKERS = Set.of("to", "of", "toward", "towards");
    private static final Set<String> NOUN_OBJECT_MARKERS = Set.of("of", "for", "to", "against", "on", "over", "about", "toward", "towards", "with");

    private final Gazetteer gazetteer;

    /** The two-word phrases of the statement verbs, by their first lemma. */
    private final Map<String, List<Map.Entry<String, StatementKind>>> phrasesByFirstLemma = new java.util.HashMap<>();

    TriggerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Map.Entry<String, StatementKind> entry : gazetteer.statementVerbs().entrySet()) {
            String[] parts = entry.getKey().split(" ");
            if (parts.length == 2) {
                phrasesByFirstLemma.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(entry);
            }
        }
    }

    List<Trigger> find(List<Token> tokens) {
        List<Trigger> triggers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (negated(tokens, i)) {
                continue;
            }
            Trigger phrase = phrase(tokens, i);
            if (phrase != null) {
                triggers.add(phrase);
                i = Math.max(i, phrase.end() - 1);
                continue;
            }
            boolean verbal = isVerbal(tokens, i);
            StatementKind kind = kindOf(token, verbal);
            if (kind == null) {
                continue;
            }
            if (verbal) {
                triggers.add(new Trigger(i, i + 1, kind, false, i + 1, tokens.size()));
            } else if (token.tag().equals("NOUN") && i + 1 < tokens.size()
                    && NOUN_OBJECT_MARKERS.contains(Words.lower(tokens.get(i + 1)))) {
                triggers.add(new Trigger(i, i + 1, kind, true, i + 2, tokens.size()));
            } else if (token.tag().equals("NOUN") && i + 1 < tokens.size() && afterWith(tokens, i)) {
                // "We note with deep appreciation President X's contributions": a manner phrase, its object after it
                triggers.add(new Trigger(i, i + 1, kind, true, i + 1, tokens.size()));
            } else if (token.tag().equals("ADJ") && i + 1 < tokens.size()
                    && ADJECTIVE_OBJECT_MARKERS.contains(Words.lower(tokens.get(i + 1)))) {
                // "I am grateful to our partners", "supportive of the plan"
                triggers.add(new Trigger(i, i + 1, kind, true, i + 2, tokens.size()));
            }
        }
        return triggers;
    }

    /** "with appreciation", "with deep concern": the noun heads a manner phrase after "with". */
    private static boolean afterWith(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && (tokens.get(j).tag().equals("ADJ") || tokens.get(j).tag().equals("ADV"))) {
            j--;
        }
        return j >= 0 && Words.lower(tokens.get(j)).equals("with");
    }

    /** A verb, or a word the tagger mistook after "to", a modal or a first-person subject ("to welcome/ADJ"). */
    private static boolean isVerbal(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.tag().equals("VERB") || token.tag().equals("INTJ") || token.tag().equals("X")) {
            return true; // the UD model sometimes tags a sentence's main verb as an interjection or foreign word
        }
        if (i > 0 && Words.lower(token).endsWith("ing") && Words.isPreposition(tokens.get(i - 1))) {
            return true; // a gerund after a preposition, whatever its tag: "start by thanking/DET President Trump"
        }
        if (token.tag().equals("ADJ") && Words.lower(token).endsWith("ed") && i + 1 < tokens.size()
                && (tokens.get(i + 1).tag().equals("PROPN") || tokens.get(i + 1).tag().equals("DET"))) {
            return true; // a past tense with its object, mistagged: "..., condemned/ADJ Russia"
        }
        if (i == 0 || !(token.tag().equals("ADJ") || token.tag().equals("NOUN") || token.tag().equals("PROPN"))) {
            return false;
        }
        String previous = Words.lower(tokens.get(i - 1));
        return Set.of("to", "i", "we", "will", "would", "must", "should", "can", "also", "strongly", "firmly", "—", "–").contains(previous)
                || tokens.get(i - 1).tag().equals("AUX") && !tokens.get(i - 1).lemma().equals("be");
    }

    private StatementKind kindOf(Token token, boolean verbal) {
        for (String lemma : Lemmas.candidates(token)) {
            StatementKind kind = gazetteer.statementKind(lemma);
            if (kind != null && (verbal || !gazetteer.statementVerbOnly(lemma))) {
                return kind;
            }
        }
        return null;
    }

    /** "call on", "hold X responsible", "express concern": the first lemma here, the rest soon after. */
    private Trigger phrase(List<Token> tokens, int i) {
        List<Map.Entry<String, StatementKind>> candidates = new java.util.ArrayList<>();
        for (String lemma : Lemmas.candidates(tokens.get(i))) {
            candidates.addAll(phrasesByFirstLemma.getOrDefault(lemma, List.of()));
        }
        for (Map.Entry<String, StatementKind> entry : candidates) {
            String[] parts = entry.getKey().split(" ");
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + PHRASE_GAP); j++) {
                Token t = tokens.get(j);
                if (Words.isHardBoundary(t) || t.text().equals(".")) {
                    break;
                }
                if (Lemmas.candidates(t).contains(parts[1]) || Words.lower(t).equals(parts[1])) {
                    boolean adjacent = j == i + 1;
                    if (!adjacent && PARTICLES.contains(parts[1])) {
                        break; // "call on" is one verb; in "calling it an aggression on Iraq" the "on" is another's
                    }
                    // "call on X": object after the phrase; "hold X responsible": object inside it
                    return adjacent || !isObjectInside(t)
                            ? new Trigger(i, j + 1, entry.getValue(), false, j + 1, tokens.size())
                            : new Trigger(i, j + 1, entry.getValue(), false, i + 1, j);
                }
            }
        }
        return null;
    }

    /** The second part of "hold X responsible" is an adjective after the object; of "express concern" a noun. */
    private static boolean isObjectInside(Token second) {
        return second.tag().equals("ADJ");
    }

    private static boolean negated(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (Words.NEGATIONS.contains(Words.lower(tokens.get(j)))) {
                return true;
            }
        }
        return false;
    }
}
