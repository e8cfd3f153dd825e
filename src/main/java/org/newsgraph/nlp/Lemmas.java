package org.newsgraph.nlp;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Base forms to try for a word: the lemmatizer's, and where the statistical model left an inflected form
 * unchanged ("condemned" -> "condemned"), the forms regular English inflection gives back.
 */
public final class Lemmas {
    private static final java.util.Map<String, String> IRREGULAR = loadIrregular();

    private Lemmas() {
    }

    /** The lemma without the statistical model: an irregular form's lemma, else the word in lower case. */
    public static String byDictionary(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return IRREGULAR.getOrDefault(lower, lower);
    }

    private static java.util.Map<String, String> loadIrregular() {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        try (var in = Lemmas.class.getResourceAsStream("/org/newsgraph/nlp/irregular-verbs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("irregular-verbs.tsv is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split("\t");
                if (fields.length == 2 && !line.startsWith("#")) {
                    forms.put(fields[0], fields[1]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(forms);
    }

    public static Set<String> candidates(Token token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(token.lemma());
        String word = token.text().toLowerCase(Locale.ROOT);
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
