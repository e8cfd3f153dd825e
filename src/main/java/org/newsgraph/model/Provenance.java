package org.newsgraph.model;

import java.util.Objects;

/**
 * Where a fact comes from: the sentence, the evidence span, who found it, how sure. Offsets refer to the
 * article text, or to the title when {@code inTitle} is set.
 */
public record Provenance(String sentence, CharSpan sentenceSpan, CharSpan evidence, String extractor, double confidence,
                         boolean inTitle) {
    public Provenance(String sentence, CharSpan sentenceSpan, CharSpan evidence, String extractor, double confidence) {
        this(sentence, sentenceSpan, evidence, extractor, confidence, false);
    }

    public Provenance {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(evidence, "evidence span");
        Objects.requireNonNull(extractor, "extractor");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0,1]: " + confidence);
        }
    }

    public Provenance withConfidence(double value) {
        return new Provenance(sentence, sentenceSpan, evidence, extractor, value, inTitle);
    }

    public Provenance withExtractor(String name) {
        return new Provenance(sentence, sentenceSpan, evidence, name, confidence, inTitle);
    }

    public Provenance asTitle() {
        return new Provenance(sentence, sentenceSpan, evidence, extractor, confidence, true);
    }
}
