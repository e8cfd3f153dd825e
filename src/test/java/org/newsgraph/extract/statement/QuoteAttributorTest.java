package org.newsgraph.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.SharedPipeline;

/** Direct quotations and their speakers, by the patterns of news writing, on sentences written for the test. */
class QuoteAttributorTest {
    private static List<Quotation> quotations(String text) {
        return QuoteAttributor.quotations(SharedPipeline.context(SharedPipeline.article("", LocalDate.of(2024, 3, 4), null, text)));
    }

    private static String speaker(Quotation q) {
        return q.speaker() == null ? null : q.speaker().key();
    }

    @Test
    void nameAndVerbAfterTheQuotation() {
        List<Quotation> found = quotations("“We will not accept this provocation,” Foreign Minister Anna Berg said on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("We will not accept this provocation,");
        assertThat(speaker(found.get(0))).isEqualTo("Anna Berg");
        assertThat(found.get(0).cue()).isEqualTo("after");
    }

    @Test
    void verbBeforeTheNameAfterTheQuotation() {
        List<Quotation> found = quotations("“The talks were useful,” said Jonas Lind, the Swedish envoy.");
        assertThat(speaker(found.get(0))).isEqualTo("Jonas Lind");
    }

    @Test
    void nameAndVerbBeforeTheQuotationWithAColon() {
        List<Quotation> found = quotations("Prime Minister Maria Lopes told reporters: “Our patience has limits.”");
        assertThat(speaker(found.get(0))).isEqualTo("Maria Lopes");
        assertThat(found.get(0).cue()).isEqualTo("before");
    }

    @Test
    void pronounAfterTheQuotationIsThePersonNamedBefore() {
        List<Quotation> found = quotations("Jonas Lind arrived in Oslo on Sunday. “It is a good day for both countries,” he said.");
        assertThat(speaker(found.get(0))).isEqualTo("Jonas Lind");
    }

    @Test
    void accordingToNamesTheSpeaker() {
        List<Quotation> found = quotations("The strike was “a grave mistake”, according to Chancellor Olaf Scholz.");
        assertThat(speaker(found.get(0))).isEqualTo("Olaf Scholz");
        assertThat(found.get(0).cue()).isEqualTo("according-to");
    }

    @Test
    void aSentenceEndingInAColonIntroducesTheNextQuotation() {
        List<Quotation> found = quotations("Senator Ruth Adams said in a statement:\n“This bill protects every family in the state.”");
        assertThat(speaker(found.get(0))).isEqualTo("Ruth Adams");
        assertThat(found.get(0).cue()).isEqualTo("colon-before");
    }

    @Test
    void aQuotationContinuedInTheParagraphKeepsItsSpeaker() {
        List<Quotation> found = quotations("“We stand with Ukraine,” Anna Berg said. “And we will keep standing with it.”");
        assertThat(found).hasSize(2);
        assertThat(speaker(found.get(1))).isEqualTo("Anna Berg");
        assertThat(found.get(1).cue()).isEqualTo("paragraph");
    }

    @Test
    void aQuotationNoPatternAttributesStaysWithoutSpeaker() {
        List<Quotation> found = quotations("The word “sovereignty” appears nine times in the text.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).attributed()).isFalse();
    }

    @Test
    void aParagraphBreakEndsAnOpenQuotation() {
        assertThat(QuoteAttributor.quoteMarks("He said “we will go\nThen \"they left\" quickly")).hasSize(1);
    }
}
