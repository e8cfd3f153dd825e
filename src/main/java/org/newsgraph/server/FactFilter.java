package org.newsgraph.server;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.export.DateRange;

/**
 * Which facts the entity page and the graph view show: at least {@code minConfidence} (by default
 * {@link #DEFAULT_MIN_CONFIDENCE}, so that a post guessed from the article's subject, at 0.5, is not shown as a fact
 * unless asked for), dated within [since, until] when either is given, of the given kinds (empty: all), and
 * published or reported by the given outlet (null: any). A statement's confidence is the statement model's
 * probability, which for a statement the rules found may be low though the statement is kept: the default hides
 * those too, and the page says how many it hides.
 */
record FactFilter(double minConfidence, LocalDate since, LocalDate until, Set<String> kinds, String outlet) {
    /** Just above the 0.5 of guesses (a post given the article's subject). */
    static final double DEFAULT_MIN_CONFIDENCE = 0.51;
    /** The kinds of fact edge: the four statement kinds, posts, signatures and parties. */
    static final Set<String> KINDS = Set.of("criticize", "threaten", "support", "demand", "post", "signed", "party");

    FactFilter {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must lie in [0,1]: " + minConfidence);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " lies before since " + since);
        }
        kinds = Set.copyOf(kinds);
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown kind '" + kind + "'; one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
        }
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    }

    static FactFilter defaults() {
        return new FactFilter(DEFAULT_MIN_CONFIDENCE, null, null, Set.of(), null);
    }

    /** From request parameters (min, since, until, kinds as a comma list, outlet); IllegalArgumentException names a bad one. */
    static FactFilter of(String min, String since, String until, String kinds, String outlet) {
        double confidence = DEFAULT_MIN_CONFIDENCE;
        if (min != null && !min.isBlank()) {
            try {
                confidence = Double.parseDouble(min.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("min is not a number: '" + min + "'");
            }
        }
        LocalDate from = since == null || since.isBlank() ? null : DateRange.parse(since.strip()).first();
        LocalDate to = until == null || until.isBlank() ? null : DateRange.parse(until.strip()).last();
        Set<String> wanted = new LinkedHashSet<>();
        if (kinds != null) {
            for (String kind : kinds.split(",")) {
                if (!kind.isBlank()) {
                    wanted.add(kind.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new FactFilter(confidence, from, to, wanted, outlet);
    }

    /** True if the row passes; {@code outletLabel} names the row's reporting outlet (or null). */
    boolean keeps(FactRow row, String outletLabel) {
        if (row.confidence() < minConfidence) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(row.relation())) {
            return false;
        }
        if (outlet != null && !outlet.equalsIgnoreCase(row.source()) && !outlet.equalsIgnoreCase(outletLabel)) {
            return false;
        }
        if (since != null || until != null) {
            DateRange range = row.dayRange();
            if (range == null) {
                return false;
            }
            LocalDate first = since == null ? LocalDate.MIN : since;
            LocalDate last = until == null ? LocalDate.MAX : until;
            return range.overlaps(new DateRange(first, last));
        }
        return true;
    }
}
