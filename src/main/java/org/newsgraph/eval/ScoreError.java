package org.newsgraph.eval;

/** A false positive (a system tuple that matches no gold tuple) or a false negative (a missed gold tuple). */
public record ScoreError(Measure measure, String articleId, boolean falsePositive, Tuple tuple) {
    public String label() {
        return falsePositive ? "FP" : "FN";
    }
}
