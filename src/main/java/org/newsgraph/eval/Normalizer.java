package org.newsgraph.eval;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Name normalisation of ../shared/gold/README.md: the steps of score.py's {@code norm()}, in its order, with
 * Python's notions of word character, white space and combining mark, so both scorers see the same words.
 */
public final class Normalizer {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "gen");
    /** Letters that NFKD does not take apart (score.py's FOLD). */
    private static final Map<Integer, String> FOLD = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'ı', "i"), Map.entry((int) '’', "'"));
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    private Normalizer() {
    }

    /** The normal form of a name: its words, lower case, without accents, punctuation or honorifics; "" for null. */
    public static String norm(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = java.text.Normalizer.normalize(fold(value), Form.NFKD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isCombining(c)).forEach(bare::appendCodePoint);
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        lower.codePoints().forEach(c -> {
            // hyphens, periods and any other punctuation but the apostrophe separate words
            if (isSpace(c) || c == '-' || c == '.' || !(isWordCharacter(c) || c == '\'')) {
                endWord(word, words);
            } else {
                word.appendCodePoint(c);
            }
        });
        endWord(word, words);
        return String.join(" ", words);
    }

    /** The set of words of a name's normal form. */
    public static Set<String> words(String value) {
        String normal = norm(value);
        return normal.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(normal.split(" ")));
    }

    /** A three-letter upper-case value is an ISO 3166-1 alpha-3 country code. */
    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    private static void endWord(StringBuilder word, List<String> words) {
        if (word.length() > 0 && !HONORIFICS.contains(word.toString())) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    private static String fold(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            String replacement = FOLD.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Python's {@code \w} on text: letters, digits and other numerals, and the underscore. */
    static boolean isWordCharacter(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code str.isspace()}: Java's white space plus the no-break spaces and NEL. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /**
     * Whether a code point has a non-zero canonical combining class, as Python's {@code unicodedata.combining}.
     * The JDK does not expose the class, but NFD's canonical reordering gives it away: a mark of class above 1
     * moves in front of U+0334 (class 1), and a mark of class 1 to 229 moves in front of U+0301 (class 230).
     */
    static boolean isCombining(int c) {
        if (c < 0x300) {
            return false; // no code point below U+0300 is a combining mark
        }
        return COMBINING.computeIfAbsent(c, Normalizer::reorders);
    }

    private static boolean reorders(int c) {
        String mark = new String(Character.toChars(c));
        String after = "a" + mark + "\u0334";
        String before = "a\u0301" + mark;
        return !java.text.Normalizer.normalize(after, Form.NFD).equals(after)
                || !java.text.Normalizer.normalize(before, Form.NFD).equals(before);
    }
}
