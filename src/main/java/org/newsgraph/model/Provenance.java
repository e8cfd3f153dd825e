package org.newsgraph.model;

import java.util.Objects;

/** Where a fact comes from: the sentence, the evidence span in the article text, who found it, how sure. */
public record Provenance(String sentence, CharSpan sentenceSpan, CharSpan evidence, String extractor, double confidence) {
    public Provenance {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(evidence, "evidence span");
        Objects.requireNonNull(extractor, "extractor");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0,1]: " + confidence);
        }
    }

    public Provenance withConfidence(double value) {
        return new Provenance(sentence, sentenceSpan, evidence, extractor, value);
    }
}
