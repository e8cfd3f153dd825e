package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Publication dates as inputs write them: ISO dates, ISO date-times, RFC 1123 (feeds). */
public final class Dates {
    private Dates() {
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
