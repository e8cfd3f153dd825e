package org.newsgraph.model;

import java.util.Objects;

/**
 * A direct quotation of the article: its words, where they stand, and who said them ({@code speaker} is null
 * when nothing in the text attributes them); {@code cue} names the pattern that attributed it.
 */
public record QuotationFact(String words, CharSpan span, Entity speaker, String cue, Provenance provenance) implements Fact {
    public QuotationFact {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public String identity() {
        return "quotation|" + span.start() + "|" + span.end();
    }
}
