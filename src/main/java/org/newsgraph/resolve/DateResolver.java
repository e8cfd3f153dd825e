package org.newsgraph.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.nlp.Sentence;

/**
 * Dates as articles write them, resolved against the publication date: "June 19, 2024", "19 June 2024",
 * "in September 2023", "in 2017", "on Monday", "last Wednesday", "yesterday". The result is ISO 8601 at the
 * precision the text gives.
 */
public final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    // a sentence may open with the preposition: "In 2017, a memorandum was signed"
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|of|[Ff]rom|[Uu]ntil)\\s+(?:early\\s+|late\\s+|mid-)?(" + MONTHS + ")\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince)\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this|next|on|On|Last|This|Next)\\s+)?(" + DAYS + ")\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|Yesterday|Today)\\b");

    /** Publication years that can anchor relative dates; the margins keep "last year" and "next year" at four digits. */
    static final int FIRST_YEAR = 1001;
    static final int LAST_YEAR = 9998;

    private DateResolver() {
    }

    /** A date found at a character offset of the text it was found in. */
    public record Found(String iso, int at) {
    }

    /** The first date the sentence gives, or null. */
    public static String find(Sentence sentence, LocalDate published) {
        List<Found> all = findAll(sentence.text(), published);
        return all.isEmpty() ? null : all.get(0).iso();
    }

    /** The date nearest a character offset of the sentence text, or null. */
    public static String nearest(Sentence sentence, LocalDate published, int offsetInSentence) {
        Found best = null;
        for (Found found : findAll(sentence.text(), published)) {
            if (best == null || Math.abs(found.at() - offsetInSentence) < Math.abs(best.at() - offsetInSentence)) {
                best = found;
            }
        }
        return best == null ? null : best.iso();
    }

    /**
     * Every date in a text, in order, each once (the longest reading of a stretch wins). A publication date outside
     * {@value #FIRST_YEAR}-{@value #LAST_YEAR} resolves nothing: readers drop such dates, but an article made in code
     * may carry one, and "on Tuesday" of the year 0 is no ISO 8601 year.
     */
    public static List<Found> findAll(String text, LocalDate published) {
        if (published != null && (published.getYear() < FIRST_YEAR || published.getYear() > LAST_YEAR)) {
            published = null;
        }
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Month month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : inferYear(month, day, published);
            if (year != null && day >= 1 && day <= month.length(java.time.Year.isLeap(year))) {
                add(found, used, m, LocalDate.of(year, month, day).toString());
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Month month = month(m.group(2));
            int day = Integer.parseInt(m.group(1));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : inferYear(month, day, published);
            if (!overlaps(used, m) && year != null && day >= 1 && day <= month.length(java.time.Year.isLeap(year))) {
                add(found, used, m, LocalDate.of(year, month, day).toString());
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (!overlaps(used, m)) {
                add(found, used, m, String.format("%s-%02d", m.group(2), month(m.group(1)).getValue()));
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (!overlaps(used, m)) {
                add(found, used, m, m.group(1));
            }
        }
        if (published != null) {
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                if (!overlaps(used, m)) {
                    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                    add(found, used, m, weekday(day, modifier, published).toString());
                }
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                boolean yesterday = m.group(1).equalsIgnoreCase("yesterday");
                add(found, used, m, (yesterday ? published.minusDays(1) : published).toString());
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found;
    }

    /**
     * News reports the past: a bare or "on"/"last" weekday is the latest such day on or before publication
     * ("last" excludes the publication day itself; "this" reads as the bare day); "next" is the first after it.
     */
    static LocalDate weekday(DayOfWeek day, String modifier, LocalDate published) {
        return switch (modifier) {
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "last" -> published.with(TemporalAdjusters.previous(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static Integer inferYear(Month month, int day, LocalDate published) {
        if (published == null) {
            return null;
        }
        int year = published.getYear();
        if (day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        // "on June 19" in an article of January reports last year's June
        return LocalDate.of(year, month, day).isAfter(published.plusDays(31)) ? year - 1 : year;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static boolean overlaps(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Found> found, boolean[] used, Matcher m, String iso) {
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        found.add(new Found(iso, m.start()));
    }
}
