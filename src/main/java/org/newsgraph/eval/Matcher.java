package org.newsgraph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The match rules of ../shared/gold/README.md, for one article whose gold aliases it knows. */
public final class Matcher {
    /** Words of a post title that mean the same. */
    private static final Map<String, String> ROLE_WORDS = Map.of(
            "spokesman", "spokesperson", "spokeswoman", "spokesperson",
            "chairman", "chair", "chairwoman", "chair", "chairperson", "chair",
            "defence", "defense");
    /** Words left out when treaty names are compared by overlap. */
    private static final Set<String> STOP = Set.of("the", "of", "on", "and", "for", "a", "an", "in", "between", "to", "with");
    private static final double TREATY_OVERLAP = 0.5;

    private final Map<String, List<String>> aliases;

    public Matcher(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    /**
     * A system value matches a gold value if both are the same country code, or the system value equals the
     * gold value or one of its aliases: a code alias exactly, a name alias after normalisation.
     */
    public boolean same(String gold, String system) {
        if (gold == null || system == null) {
            return false;
        }
        if (Normalizer.isCode(gold) && Normalizer.isCode(system)) {
            return gold.equals(system);
        }
        String systemNorm = Normalizer.norm(system);
        for (String form : forms(gold)) {
            if (Normalizer.isCode(form)) {
                if (system.equals(form)) {
                    return true;
                }
            } else {
                String formNorm = Normalizer.norm(form);
                if (!formNorm.isEmpty() && formNorm.equals(systemNorm)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every word of one of the gold phrasings appears among the words of the system's label (plural 's' aside). */
    static boolean roleMatches(List<String> goldOptions, String systemLabel) {
        Set<String> have = roleWords(systemLabel);
        Set<String> singulars = new HashSet<>();
        for (String word : have) {
            if (word.endsWith("s")) {
                singulars.add(word.substring(0, word.length() - 1));
            }
        }
        have.addAll(singulars);
        for (String option : goldOptions) {
            if (have.containsAll(roleWords(option))) {
                return true;
            }
        }
        return false;
    }

    /** The names match, or the word sets of a gold form and the system's name overlap by half (stop words aside). */
    boolean treatyMatches(FactSheet.Treaty gold, FactSheet.Treaty system) {
        String systemName = system.name();
        Set<String> systemWords = withoutStopWords(systemName);
        for (String name : gold.namesAndAliases()) {
            if (same(name, systemName) || Normalizer.norm(name).equals(Normalizer.norm(systemName))) {
                return true;
            }
            Set<String> goldWords = withoutStopWords(name);
            if (!goldWords.isEmpty() && !systemWords.isEmpty() && jaccard(goldWords, systemWords) >= TREATY_OVERLAP) {
                return true;
            }
        }
        return false;
    }

    private List<String> forms(String gold) {
        List<String> extra = aliases.getOrDefault(gold, List.of());
        if (extra.isEmpty()) {
            return List.of(gold);
        }
        List<String> all = new java.util.ArrayList<>(extra.size() + 1);
        all.add(gold);
        all.addAll(extra);
        return all;
    }

    private static Set<String> roleWords(String label) {
        Set<String> words = new HashSet<>();
        for (String word : Normalizer.words(label)) {
            words.add(ROLE_WORDS.getOrDefault(word, word));
        }
        return words;
    }

    private static Set<String> withoutStopWords(String name) {
        Set<String> words = new HashSet<>(Normalizer.words(name));
        words.removeAll(STOP);
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
