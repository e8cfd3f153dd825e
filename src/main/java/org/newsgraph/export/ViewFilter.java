package org.newsgraph.export;

import java.time.LocalDate;

/**
 * Which facts the view keeps: at least {@code minConfidence}; dated within [since, until] when either is
 * given (then undated facts drop out); involving the country with ISO code {@code country} when given.
 */
public record ViewFilter(double minConfidence, LocalDate since, LocalDate until, String country) {
    public static final ViewFilter ALL = new ViewFilter(0.0, null, null, null);

    public ViewFilter {
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minimum confidence must lie in [0,1]: " + minConfidence);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " lies before --since " + since);
        }
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-3 code such as RUS: '" + country + "'");
        }
    }

    boolean hasDateWindow() {
        return since != null || until != null;
    }

    /** True if the edge's date range meets the [since, until] window. */
    boolean inWindow(DateRange range) {
        if (range == null) {
            return false;
        }
        LocalDate first = since == null ? LocalDate.MIN : since;
        LocalDate last = until == null ? LocalDate.MAX : until;
        return range.overlaps(new DateRange(first, last));
    }
}
