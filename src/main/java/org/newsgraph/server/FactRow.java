package org.newsgraph.server;

import org.newsgraph.export.DateRange;

/**
 * One row of entity-rows.rq: a fact seen from one of its entities. {@code side} says how the entity takes part
 * (holds, postIn, made, received, signed, party, signedBy, partyOf, reported), {@code relation} what the fact is
 * (a statement kind, post, signed, party), {@code other} the fact's other end.
 */
record FactRow(String entity, String fact, String side, String relation, String other, String role, Boolean current,
               double confidence, String date, String published, String article, String source, String outlet) {

    /** The fact's day: its own date when it names at least the month, else the article's publication date, else its own year. */
    String day() {
        if (date != null && date.length() >= 7) {
            return date;
        }
        return published != null ? published : date;
    }

    /** The days {@link #day()} covers, or null (undated, or not ISO). */
    DateRange dayRange() {
        String day = day();
        if (day == null) {
            return null;
        }
        try {
            return DateRange.parse(day);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The edge this row stands for, source first: the entity acts on the other end, or the other on it. */
    boolean outgoing() {
        return switch (side) {
            case "holds", "made", "signed", "party" -> true;
            default -> false;
        };
    }
}
