package org.newsgraph.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days an ISO date at any precision covers: "2024-06-19" one day, "2019-10" a month, "2017" a year.
 * Filters compare these ranges, and GEXF writes them as an edge's start and end.
 */
public record DateRange(LocalDate first, LocalDate last) {
    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + " .. " + last);
        }
    }

    /**
     * Parses yyyy, yyyy-mm or yyyy-mm-dd, or an ISO 8601 interval of two of them ("2021-01-20/2025-01-20", a post held
     * over time); throws IllegalArgumentException naming the value otherwise.
     */
    public static DateRange parse(String iso) {
        int slash = iso.indexOf('/');
        if (slash > 0) {
            DateRange from = parse(iso.substring(0, slash));
            DateRange to = parse(iso.substring(slash + 1));
            if (to.last.isBefore(from.first)) {
                throw new IllegalArgumentException("interval ends before it starts: '" + iso + "'");
            }
            return new DateRange(from.first, to.last);
        }
        try {
            return switch (iso.length()) {
                case 4 -> {
                    Year year = Year.parse(iso);
                    yield new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(iso);
                    yield new DateRange(month.atDay(1), month.atEndOfMonth());
                }
                default -> {
                    LocalDate day = LocalDate.parse(iso);
                    yield new DateRange(day, day);
                }
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date (yyyy, yyyy-mm or yyyy-mm-dd): '" + iso + "'", e);
        }
    }

    /** True if the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }
}
