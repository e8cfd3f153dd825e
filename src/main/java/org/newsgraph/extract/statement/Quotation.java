package org.newsgraph.extract.statement;

import java.util.Objects;

import org.newsgraph.mention.Mention;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;

/**
 * A direct quotation of an article and whom it is attributed to. {@code span} covers the quoted words without
 * the quotation marks; the sentences are those it runs over; {@code speaker} is null when nothing in the text
 * attributes it. {@code cue} names the pattern that attributed it ("after", "before", "according-to",
 * "paragraph", "colon-before"); {@code speakerMention} stands in sentence {@code speakerSentence}, if named.
 */
public record Quotation(CharSpan span, String text, int firstSentence, int lastSentence, Entity speaker,
                        Mention speakerMention, int speakerSentence, String cue, double confidence) {
    public Quotation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (lastSentence < firstSentence) {
            throw new IllegalArgumentException("a quotation ends before it starts: sentences " + firstSentence + ".." + lastSentence);
        }
    }

    public boolean attributed() {
        return speaker != null;
    }

    public boolean covers(int sentence) {
        return sentence >= firstSentence && sentence <= lastSentence;
    }

    Quotation attributedTo(Entity entity, Mention mention, int sentence, String how, double sure) {
        return new Quotation(span, text, firstSentence, lastSentence, entity, mention, sentence, how, sure);
    }
}
