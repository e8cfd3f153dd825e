package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Publication dates as inputs write them: ISO dates, ISO date-times, RFC 1123 (feeds). */
public final class Dates {
    /** No news article newsgraph reads was published before this year. */
    static final int FIRST_YEAR = 1800;

    private Dates() {
    }

    /**
     * The publication date, or null when there is none or it is unusable: an unreadable or impossible date
     * (year 0, before {@value #FIRST_YEAR}, after next year) is reported as a warning at {@code location}, and the
     * article is kept without it; relative dates in its text ("on Tuesday") are then left unresolved.
     *
     * @param about what the warning starts with, e.g. "article 'a1': " (may be empty)
     */
    static LocalDate published(String value, String location, String about, Problems problems) {
        return published(value, location, about, problems, LocalDate.now().getYear() + 1);
    }

    static LocalDate published(String value, String location, String about, Problems problems, int lastYear) {
        LocalDate date;
        try {
            date = parse(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.warning(location, "read", about + "unreadable date '" + value + "'; the article is kept without it"));
            return null;
        }
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > lastYear)) {
            problems.add(Problem.warning(location, "read", about + "impossible date '" + value.strip() + "' (before "
                    + FIRST_YEAR + " or after " + lastYear + "); the article is kept without it"));
            return null;
        }
        return date;
    }

    /** The date, or null for a blank value; throws DateTimeParseException for an unreadable one. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notIsoOffset) {
            try {
                return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException notRfc) {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            }
        }
    }
}
