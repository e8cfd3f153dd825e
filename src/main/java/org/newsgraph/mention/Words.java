package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.Token;

/** Small word classes the patterns of all extractors share. */
public final class Words {
    public static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "in", "on", "with", "against", "by",
            "from", "between", "over", "at", "about", "including", "into", "toward", "towards", "among", "amid",
            "without", "under", "after", "before", "during", "like", "than", "via", "per", "within", "across", "through");
    public static final Set<String> FORMER = Set.of("former", "formerly", "ex", "ex-", "then", "then-", "late", "previous", "erstwhile",
            "deposed", "ousted", "toppled", "overthrown");
    public static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");

    private Words() {
    }

    public static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    public static boolean isPreposition(Token token) {
        return PREPOSITIONS.contains(lower(token)) && (token.tag().equals("ADP") || token.tag().equals("SCONJ")
                || token.tag().equals("PART") || token.tag().equals("VERB"));
    }

    public static boolean isPossessive(Token token) {
        return lower(token).equals("'s") || lower(token).equals("’s") || lower(token).equals("'");
    }

    public static boolean isPunctuation(Token token) {
        return token.tag().equals("PUNCT");
    }

    public static boolean isQuote(Token token) {
        String t = token.text();
        return t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("``") || t.equals("''");
    }

    /** A clause boundary for subject and object search: ; : ( ) and quotes. */
    public static boolean isHardBoundary(Token token) {
        String t = token.text();
        return t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")") || t.equals("—") || t.equals("–");
    }

    public static boolean isVerb(Token token) {
        return token.tag().equals("VERB") || token.tag().equals("AUX");
    }

    /** Honorifics and titles of address that stand before a name without being part of it. */
    private static final Set<String> ADDRESS = Set.of("sheikh", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs",
            "ms", "dr", "king", "queen", "prince");

    /** The first token at or after {@code i} that is no determiner. */
    public static int skipDeterminers(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).tag().equals("DET")) {
            i++;
        }
        return i;
    }

    /** The first token at or after {@code i} that is no honorific ("Sheikh Tamim", "Mr. Lavrov"). */
    public static int skipHonorifics(List<Token> tokens, int i) {
        while (i < tokens.size() && ADDRESS.contains(lower(tokens.get(i)))) {
            i++;
        }
        return i;
    }
}
