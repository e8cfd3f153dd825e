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
    /** Phrases that match in any case (a user's upper-case dictionary), by their lower-case key. */
    private final Map<String, Entry> anyCase = new HashMap<>();
    private final Set<String> anyCasePrefixes = new HashSet<>();
    /** The exact keys of {@code entries} by their lower-case form, to find what an any-case phrase shadows. */
    private final Map<String, Set<String>> exactByFolded = new HashMap<>();
    private final boolean caseSensitive;
    private int longest;

    public PhraseIndex(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    /** Adds a phrase given as tokens; the first entry for a phrase is kept. */
    public void add(String[] tokens, Entry entry) {
        add(tokens, entry, false);
    }

    /**
     * Adds a phrase given as tokens, matched in any case if {@code ignoreCase}; the first entry for a phrase is
     * kept. Returns the entry that already held the phrase (which may be this one), or null.
     */
    public Entry add(String[] tokens, Entry entry, boolean ignoreCase) {
        if (tokens.length == 0) {
            return null;
        }
        boolean folded = ignoreCase && caseSensitive;
        String key = key(words(tokens, 0, tokens.length, folded ? false : caseSensitive), 0, tokens.length);
        Entry previous = (folded ? anyCase : entries).putIfAbsent(key, entry);
        index(key, folded);
        return previous;
    }

    /**
     * Sets the entry of a phrase, replacing whatever held it: where {@code ignoreCase}, also the entries of the same
     * phrase in other casings. Returns the entries it replaced.
     */
    public List<Entry> put(String[] tokens, Entry entry, boolean ignoreCase) {
        List<Entry> replaced = new ArrayList<>();
        if (tokens.length == 0) {
            return replaced;
        }
        boolean folded = ignoreCase && caseSensitive;
        String key = key(words(tokens, 0, tokens.length, folded ? false : caseSensitive), 0, tokens.length);
        if (folded) {
            for (String exact : exactByFolded.getOrDefault(key, Set.of())) {
                Entry removed = entries.remove(exact);
                if (removed != null) {
                    replaced.add(removed);
                }
            }
        }
        Entry previous = (folded ? anyCase : entries).put(key, entry);
        if (previous != null) {
            replaced.add(previous);
        }
        index(key, folded);
        return replaced;
    }

    /** The entries that hold this phrase now: in this casing, and in any casing where {@code ignoreCase}. */
    public List<Entry> holders(String[] tokens, boolean ignoreCase) {
        List<Entry> holders = new ArrayList<>();
        if (tokens.length == 0) {
            return holders;
        }
        String exact = key(words(tokens, 0, tokens.length, caseSensitive), 0, tokens.length);
        String folded = key(words(tokens, 0, tokens.length, false), 0, tokens.length);
        if (ignoreCase && caseSensitive) {
            exactByFolded.getOrDefault(folded, Set.of()).stream().map(entries::get).filter(e -> e != null).forEach(holders::add);
        } else if (entries.containsKey(exact)) {
            holders.add(entries.get(exact));
        }
        if (anyCase.containsKey(folded)) {
            holders.add(anyCase.get(folded));
        }
        return holders;
    }

    private void index(String key, boolean folded) {
        String[] keyWords = key.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (String word : keyWords) {
            prefix.append(prefix.length() == 0 ? "" : " ").append(word);
            (folded ? anyCasePrefixes : prefixes).add(prefix.toString());
        }
        if (!folded && caseSensitive) {
            exactByFolded.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(key);
        }
        // in words of the key: a text whose tokenizer splits "'s" off needs the longer window
        longest = Math.max(longest, keyWords.length);
    }

    /** The entry of the phrase that is exactly tokens[start, end), or whose possessive it is; or null. */
    public Entry lookup(String[] tokens, int start, int end) {
        if (end <= start) {
            return null;
        }
        Entry entry = lookup(entries, words(tokens, start, end, caseSensitive), 0, end - start);
        return entry != null || anyCase.isEmpty() ? entry : lookup(anyCase, words(tokens, start, end, false), 0, end - start);
    }

    @Override
    public Span[] find(String[] tokens) {
        Word[] words = words(tokens, 0, tokens.length, caseSensitive);
        Word[] folded = anyCase.isEmpty() ? null : words(tokens, 0, tokens.length, false);
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int matched = Math.max(longestAt(entries, prefixes, words, i), folded == null ? 0 : longestAt(anyCase, anyCasePrefixes, folded, i));
            if (matched > 0) {
                found.add(new Span(i, i + matched, lookup(tokens, i, i + matched).type().name()));
            }
            i += Math.max(matched, 1);
        }
        return found.toArray(new Span[0]);
    }

    /** The length in tokens of the longest phrase of {@code keys} that starts at token i, or 0. */
    private int longestAt(Map<String, Entry> keys, Set<String> starts, Word[] words, int i) {
        int matched = 0;
        StringBuilder key = new StringBuilder();
        for (int end = i + 1; end <= Math.min(i + longest, words.length); end++) {
            int before = key.length();
            key.append(end > i + 1 ? " " : "").append(words[end - 1].key());
            String phrase = key.toString();
            String stem = words[end - 1].possessiveStem();
            if (keys.containsKey(phrase)
                    || stem != null && keys.containsKey(before == 0 ? stem : key.substring(0, before) + " " + stem)) {
                matched = end - i;
            }
            if (!starts.contains(phrase)) {
                break; // no longer phrase starts with these words
            }
        }
        return matched;
    }

    private static Entry lookup(Map<String, Entry> keys, Word[] words, int start, int end) {
        Entry entry = keys.get(key(words, start, end));
        String stem = words[end - 1].possessiveStem();
        if (entry == null && stem != null) {
            entry = keys.get(end - 1 > start ? key(words, start, end - 1) + " " + stem : stem);
        }
        return entry;
    }

    @Override
    public void clearAdaptiveData() {
        // a dictionary keeps no adaptive data
    }

    public int size() {
        return entries.size() + anyCase.size();
    }

    /** A token as the index compares it: case folded if asked, apostrophes straightened, "'s" split off. */
    private record Word(String key, String possessiveStem) {
    }

    private static Word[] words(String[] tokens, int start, int end, boolean keepCase) {
        Word[] words = new Word[end - start];
        for (int i = start; i < end; i++) {
            String word = tokens[i].replace('\u2019', '\'');
            word = keepCase ? word : word.toLowerCase(Locale.ROOT);
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
