package org.newsgraph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * A dictionary name finder over token sequences that remembers what each phrase stands for: at each
 * token the longest phrase wins. It implements OpenNLP's {@link TokenNameFinder}, like
 * {@code DictionaryNameFinder}, and adds the lookup of the matched entry.
 */
public final class PhraseIndex implements TokenNameFinder {
    private final Map<String, Entry> entries = new HashMap<>();
    private final boolean caseSensitive;
    private int longest;

    public PhraseIndex(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    /** Adds a phrase given as tokens; the first entry for a phrase is kept. */
    public void add(String[] tokens, Entry entry) {
        if (tokens.length == 0) {
            return;
        }
        entries.putIfAbsent(key(tokens, 0, tokens.length), entry);
        longest = Math.max(longest, tokens.length);
    }

    /** The entry of the phrase that is exactly tokens[start, end), or null. */
    public Entry lookup(String[] tokens, int start, int end) {
        return entries.get(key(tokens, start, end));
    }

    @Override
    public Span[] find(String[] tokens) {
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int matched = 0;
            for (int length = Math.min(longest, tokens.length - i); length > 0; length--) {
                Entry entry = entries.get(key(tokens, i, i + length));
                if (entry != null) {
                    found.add(new Span(i, i + length, entry.type().name()));
                    matched = length;
                    break;
                }
            }
            i += Math.max(matched, 1);
        }
        return found.toArray(new Span[0]);
    }

    @Override
    public void clearAdaptiveData() {
        // a dictionary keeps no adaptive data
    }

    public int size() {
        return entries.size();
    }

    private String key(String[] tokens, int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                key.append(' ');
            }
            key.append(caseSensitive ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }
}
