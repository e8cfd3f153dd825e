package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyOverlapTest {
    @Test
    void countsShinglesAsMultisetsAndNormalisesPerPage() {
        // tokens a b c d e (2 shingles of 4) against a b c d x y (3 shingles): 1 shared, 2 extra, 1 missing
        BodyOverlap page = BodyOverlap.of("a b c d e", "a b, c d x y", 4);
        assertThat(page.tp()).isCloseTo(0.25, within(1e-9));
        assertThat(page.fp()).isCloseTo(0.5, within(1e-9));
        assertThat(page.fn()).isCloseTo(0.25, within(1e-9));
        assertThat(page.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(page.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void meansArePerPageAndAnEmptyExtractionCountsOnlyForRecall() {
        BodyOverlap perfect = BodyOverlap.of("one two three four five", "one two three four five", 4);
        BodyOverlap refused = BodyOverlap.of("one two three four five", "", 4);
        double[] mean = BodyOverlap.mean(List.of(perfect, refused));
        assertThat(mean[0]).as("precision over pages that extracted something").isEqualTo(1.0);
        assertThat(mean[1]).as("recall over pages that expected something").isEqualTo(0.5);
        assertThat(mean[2]).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
