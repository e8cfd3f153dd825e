package org.newsgraph.extract.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.newsgraph.mention.Words;
import org.newsgraph.nlp.Token;

/**
 * How positive or negative a word is, from the VADER sentiment lexicon (gazetteer/valence.tsv, -4 to +4): the
 * evaluative wording by which a text criticises or praises without a statement verb ("Beijing's brutal
 * repression", "our steadfast partner").
 */
final class Valence {
    private static final Map<String, Double> WORDS = load();

    private Valence() {
    }

    /** The valence of a token by its form or lemma; 0 for a word the lexicon does not rate. */
    static double of(Token token) {
        Double value = WORDS.get(Words.lower(token));
        if (value == null && token.lemma() != null) {
            value = WORDS.get(token.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return value == null ? 0.0 : value;
    }

    private static Map<String, Double> load() {
        Map<String, Double> words = new HashMap<>();
        try (InputStream in = Valence.class.getResourceAsStream("/org/newsgraph/gazetteer/valence.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer/valence.tsv is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                words.put(parts[0], Double.parseDouble(parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
