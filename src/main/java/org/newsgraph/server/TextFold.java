package org.newsgraph.server;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Names folded for search: accents off (NFKD, combining marks dropped, and the letters that do not decompose:
 * ø, ł, đ, ß, æ, œ, ı), lower case, anything but letters and digits a space. "Jean-Noël" and "jean noel" fold alike.
 */
final class TextFold {
    private TextFold() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
            switch (lower) {
                case "ø" -> folded.append('o');
                case "ł" -> folded.append('l');
                case "đ", "ð" -> folded.append('d');
                case "ß" -> folded.append("ss");
                case "æ" -> folded.append("ae");
                case "œ" -> folded.append("oe");
                case "ı" -> folded.append('i');
                case "þ" -> folded.append("th");
                default -> {
                    int lowered = lower.codePointAt(0);
                    folded.appendCodePoint(Character.isLetterOrDigit(lowered) ? lowered : ' ');
                }
            }
        }
        return folded.toString().trim().replaceAll(" +", " ");
    }

    /** The folded words of a text. */
    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
