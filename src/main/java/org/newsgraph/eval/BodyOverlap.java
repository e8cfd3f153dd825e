package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of an expected article body an extracted one holds, as the public article-extraction benchmarks
 * score it: both texts are cut into word tokens ({@code \w+}), the tokens into shingles of n in a row, and the
 * shingles are matched as multisets. A page's true positives, false positives and false negatives are divided
 * by their sum, so that a long page weighs no more than a short one; precision and recall are then means over
 * the pages ({@link #mean}).
 */
public record BodyOverlap(double tp, double fp, double fn) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The overlap of one page's extracted body with its expected one, in shingles of {@code n} tokens. */
    public static BodyOverlap of(String expected, String extracted, int n) {
        Map<List<String>, Integer> want = shingles(expected, n);
        Map<List<String>, Integer> got = shingles(extracted, n);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var entry : got.entrySet()) {
            int expectedCount = want.getOrDefault(entry.getKey(), 0);
            tp += Math.min(entry.getValue(), expectedCount);
            fp += Math.max(0, entry.getValue() - expectedCount);
        }
        for (var entry : want.entrySet()) {
            fn += Math.max(0, entry.getValue() - got.getOrDefault(entry.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new BodyOverlap(tp / sum, fp / sum, fn / sum) : new BodyOverlap(0, 0, 0);
    }

    /** 1 when both texts are empty, as the benchmark counts it. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Precision as the mean over pages that extracted something, recall as the mean over pages that expected
     * something, F1 of the two means: {precision, recall, f1}.
     */
    public static double[] mean(List<BodyOverlap> pages) {
        double precision = pages.stream().filter(p -> p.tp + p.fp > 0).mapToDouble(BodyOverlap::precision).average().orElse(0);
        double recall = pages.stream().filter(p -> p.tp + p.fn > 0).mapToDouble(BodyOverlap::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    /** The text's shingles with their counts; a text shorter than n is one shingle of what it has. */
    private static Map<List<String>, Integer> shingles(String text, int n) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
