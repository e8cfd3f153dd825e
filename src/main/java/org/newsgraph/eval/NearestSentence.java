package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;

/**
 * For a missed gold fact, the article sentence that names most of its values (a name, one of its aliases, a
 * surname, the English name of a country code, a post), so a person can see what the extractors passed over. A
 * hint, not evidence: the gold gives no sentences.
 */
final class NearestSentence {
    private static final Map<String, String> COUNTRY_NAMES = Gazetteer.localeCountryNames();
    private static final int MIN_SURNAME = 4;

    private final List<String> sentences = new ArrayList<>();
    private final List<String> normalized = new ArrayList<>();

    /** @param sentences the article's sentences, as the pipeline splits them */
    NearestSentence(List<String> sentences) {
        for (String sentence : sentences) {
            this.sentences.add(sentence);
            normalized.add(" " + Normalizer.norm(sentence) + " ");
        }
    }

    /** The first sentence naming the most values of the tuple, or null if none names any. */
    String find(Tuple tuple, Map<String, List<String>> aliases) {
        List<Set<String>> needles = new ArrayList<>();
        for (String value : tuple.names()) {
            needles.add(needles(value, aliases));
        }
        int best = -1;
        int bestHits = 0;
        for (int i = 0; i < normalized.size(); i++) {
            int hits = 0;
            for (Set<String> forms : needles) {
                if (forms.stream().anyMatch(normalized.get(i)::contains)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = i;
                bestHits = hits;
            }
        }
        return best < 0 ? null : sentences.get(best);
    }

    /** The normalised forms of a value, each padded with spaces so that only whole words match. */
    private static Set<String> needles(String value, Map<String, List<String>> aliases) {
        List<String> forms = new ArrayList<>();
        forms.add(value);
        forms.addAll(aliases.getOrDefault(value, List.of()));
        Set<String> needles = new LinkedHashSet<>();
        for (String form : forms) {
            String normal = Normalizer.norm(form);
            if (normal.isEmpty() || Normalizer.isCode(form) && !form.equals(value)) {
                continue;
            }
            needles.add(" " + normal + " ");
            String last = normal.substring(normal.lastIndexOf(' ') + 1);
            if (last.length() >= MIN_SURNAME && !last.equals(normal)) {
                needles.add(" " + last + " "); // "Putin said" for "Vladimir Putin"
            }
        }
        if (COUNTRY_NAMES.containsKey(value)) {
            needles.add(" " + Normalizer.norm(COUNTRY_NAMES.get(value)) + " "); // whole: "States" alone says nothing
        }
        return needles;
    }

}
