package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The counts of one measure over many articles. Each article's tuples are matched greedily and one to one, in
 * the system's order: a system tuple takes the first unused gold tuple it fits.
 */
final class Tally {
    private int matched;
    private int system;
    private int gold;

    /** A gold tuple and whether a careful reader may or may not take it. */
    record Gold<T>(T tuple, boolean optional) {
    }

    /** What one article left unmatched: system tuples that fit no gold (false positives) and missed gold tuples. */
    record Unmatched<G, S>(List<S> falsePositives, List<G> falseNegatives) {
    }

    /**
     * Adds one article. A system tuple that matches an optional gold tuple counts nowhere; optional gold tuples
     * left unmatched are not missed.
     */
    <G, S> Unmatched<G, S> add(List<Gold<G>> goldTuples, List<S> systemTuples, BiPredicate<G, S> fits) {
        boolean[] used = new boolean[goldTuples.size()];
        List<S> falsePositives = new ArrayList<>();
        for (S candidate : systemTuples) {
            int hit = -1;
            for (int i = 0; i < goldTuples.size(); i++) {
                if (!used[i] && fits.test(goldTuples.get(i).tuple(), candidate)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                system++;
                falsePositives.add(candidate);
                continue;
            }
            used[hit] = true;
            if (!goldTuples.get(hit).optional()) {
                system++;
                matched++;
            }
        }
        List<G> falseNegatives = new ArrayList<>();
        for (int i = 0; i < goldTuples.size(); i++) {
            if (!goldTuples.get(i).optional()) {
                gold++;
                if (!used[i]) {
                    falseNegatives.add(goldTuples.get(i).tuple());
                }
            }
        }
        return new Unmatched<>(falsePositives, falseNegatives);
    }

    Score score() {
        return Score.of(matched, system, gold);
    }
}
