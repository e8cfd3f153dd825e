package org.newsgraph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * A dictionary name finder over token sequences that remembers what each phrase stands for: at each
 * token the longest phrase wins. It implements OpenNLP's {@link TokenNameFinder}, like
 * {@code DictionaryNameFinder}, and adds the lookup of the matched entry.
 *
 * <p>The English UD tokenizer keeps a possessive on its word ("Russia's", "Iran’s", "Houthis'"), so a
 * phrase may also end inside its last token: "Russia's" is found as "Russia". Curly and straight
 * apostrophes are the same, and "Russia's" and "Russia" + "'s" give the same key, so the index agrees with
 * any tokenizer that splits possessives off.
 */
public final class PhraseIndex implements TokenNameFinder {
    private final Map<String, Entry> entries = new HashMap<>();
    /** Every key and each of its leading word sequences: the scan stops as soon as no phrase goes on. */
    private final Set<String> prefixes = new HashSet<>();
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
        Word[] words = words(tokens, 0, tokens.length);
        String key = key(words, 0, words.length);
        entries.putIfAbsent(key, entry);
        String[] keyWords = key.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (String word : keyWords) {
            prefix.append(prefix.length() == 0 ? "" : " ").append(word);
            prefixes.add(prefix.toString());
        }
        // in words of the key: a text whose tokenizer splits "'s" off needs the longer window
        longest = Math.max(longest, keyWords.length);
    }

    /** The entry of the phrase that is exactly tokens[start, end), or whose possessive it is; or null. */
    public Entry lookup(String[] tokens, int start, int end) {
        if (end <= start) {
            return null;
        }
        return lookup(words(tokens, start, end), 0, end - start);
    }

    @Override
    public Span[] find(String[] tokens) {
        Word[] words = words(tokens, 0, tokens.length);
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int matched = 0;
            StringBuilder key = new StringBuilder();
            for (int end = i + 1; end <= Math.min(i + longest, tokens.length); end++) {
                int before = key.length();
                key.append(end > i + 1 ? " " : "").append(words[end - 1].key());
                String phrase = key.toString();
                String stem = words[end - 1].possessiveStem();
                if (entries.containsKey(phrase)
                        || stem != null && entries.containsKey(before == 0 ? stem : key.substring(0, before) + " " + stem)) {
                    matched = end - i;
                }
                if (!prefixes.contains(phrase)) {
                    break; // no longer phrase starts with these words
                }
            }
            if (matched > 0) {
                found.add(new Span(i, i + matched, lookup(words, i, i + matched).type().name()));
            }
            i += Math.max(matched, 1);
        }
        return found.toArray(new Span[0]);
    }

    private Entry lookup(Word[] words, int start, int end) {
        Entry entry = entries.get(key(words, start, end));
        String stem = words[end - 1].possessiveStem();
        if (entry == null && stem != null) {
            entry = entries.get(end - 1 > start ? key(words, start, end - 1) + " " + stem : stem);
        }
        return entry;
    }

    @Override
    public void clearAdaptiveData() {
        // a dictionary keeps no adaptive data
    }

    public int size() {
        return entries.size();
    }

    /** A token as the index compares it: case folded if asked, apostrophes straightened, "'s" split off. */
    private record Word(String key, String possessiveStem) {
    }

    private Word[] words(String[] tokens, int start, int end) {
        Word[] words = new Word[end - start];
        for (int i = start; i < end; i++) {
            String word = tokens[i].replace('\u2019', '\'');
            word = caseSensitive ? word : word.toLowerCase(Locale.ROOT);
            int ending = possessiveEnding(word);
            words[i - start] = ending > 0
                    ? new Word(word.substring(0, word.length() - ending) + " " + word.substring(word.length() - ending),
                            word.substring(0, word.length() - ending))
                    : new Word(word, null);
        }
        return words;
    }

    /** "Russia's" → 2, "Houthis'" → 1, else 0: the length of a possessive ending after a stem not ending in "'". */
    private static int possessiveEnding(String word) {
        int n = word.length();
        if (n > 2 && word.endsWith("'s") && word.charAt(n - 3) != '\'') {
            return 2;
        }
        return n > 1 && word.charAt(n - 1) == '\'' && word.charAt(n - 2) != '\'' ? 1 : 0;
    }

    private static String key(Word[] words, int start, int end) {
        StringBuilder key = new StringBuilder(words[start].key());
        for (int i = start + 1; i < end; i++) {
            key.append(' ').append(words[i].key());
        }
        return key.toString();
    }
}
