package org.newsgraph.nlp;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Base forms to try for a word: the lemmatizer's, and where the statistical model left an inflected form
 * unchanged ("condemned" -> "condemned"), the forms regular English inflection gives back.
 */
public final class Lemmas {
    private Lemmas() {
    }

    public static Set<String> candidates(Token token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(token.lemma());
        String word = token.text().toLowerCase(Locale.ROOT);
        if (!token.lemma().equals(word)) {
            return out;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.add(stem.substring(0, n - 1)); // slammed -> slam
                }
                if (stem.endsWith("i")) {
                    out.add(stem.substring(0, n - 1) + "y"); // denied -> deny
                }
            }
        }
        return out;
    }
}
