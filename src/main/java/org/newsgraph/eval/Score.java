package org.newsgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Precision, recall and F1 of one measure, rounded to four places as score.py does, with the counts behind them. */
public record Score(double precision, double recall, double f1, int matched, int system, int gold) {
    /** The scores of the counts: precision = matched/system, recall = matched/gold, F1 their harmonic mean. */
    public static Score of(int matched, int system, int gold) {
        double p = system > 0 ? (double) matched / system : 0.0;
        double r = gold > 0 ? (double) matched / gold : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Score(round4(p), round4(r), round4(f), matched, system, gold);
    }

    /**
     * Python's {@code round(x, 4)}: the exact binary value rounded half to even, so the Java and Python reports
     * agree to the last digit.
     */
    public static double round4(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
