package org.newsgraph.nlp;

import org.newsgraph.model.CharSpan;

/** A token with its place in the article text, its Universal Dependencies POS tag and its lemma. */
public record Token(String text, CharSpan span, String tag, String lemma) {
    public boolean isProperNoun() {
        return tag.equals("PROPN");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
