package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs write them: ISO dates, ISO date-times, RFC 1123 (feeds). */
public final class Dates {
    /** No news article newsgraph reads was published before this year. */
    static final int FIRST_YEAR = 1800;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "November 19, 2019", "Nov. 19 2019", "Monday, March 18, 2024". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** "19 November 2019", "19th Nov 2019". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    /** "2019-11-19", "2019/11/19", "2019.11.19" and, in URLs, "/2019/11/19/". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)((?:18|19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("((?:18|19|20)\\d{2})(\\d{2})(\\d{2})");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Dates() {
    }

    /**
     * The first date written in a text as people and sites write it ("November 19, 2019, 07:47 PM EST", "19 March
     * 2024", "2019-11-19", "/2019/11/19/"), or null.
     */
    static LocalDate find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY}) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < bestAt) {
                LocalDate date = pattern == MONTH_DAY_YEAR ? date(m.group(3), month(m.group(1)), m.group(2))
                        : pattern == DAY_MONTH_YEAR ? date(m.group(3), month(m.group(2)), m.group(1))
                        : date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                if (date != null) {
                    best = date;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** A date as a metadata field gives it: ISO, RFC 1123, "20191119", or any form {@link #find} knows; else null. */
    static LocalDate lenient(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            Matcher compact = COMPACT.matcher(value.strip());
            if (compact.matches()) {
                return date(compact.group(1), Integer.parseInt(compact.group(2)), compact.group(3));
            }
            return find(value);
        }
    }

    /** True for a date no article was published on: before {@value #FIRST_YEAR} ("0001-01-01"), the Unix epoch, after next year. */
    static boolean isPlaceholder(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.equals(LocalDate.EPOCH) || date.getYear() > LocalDate.now().getYear() + 1;
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
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
