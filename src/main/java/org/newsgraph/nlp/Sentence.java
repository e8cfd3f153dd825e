package org.newsgraph.nlp;

import java.util.List;

import org.newsgraph.model.CharSpan;
import org.newsgraph.model.TokenSpan;

/** One sentence of an article: its text, where it stands, and its tokens. */
public record Sentence(int index, String text, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The article-text span that the tokens [start, end) cover. */
    public CharSpan charSpan(TokenSpan tokenSpan) {
        if (tokenSpan.length() == 0) {
            int at = tokenSpan.start() < tokens.size() ? tokens.get(tokenSpan.start()).span().start() : span.end();
            return new CharSpan(at, at);
        }
        return new CharSpan(tokens.get(tokenSpan.start()).span().start(), tokens.get(tokenSpan.end() - 1).span().end());
    }

    /** The covered text of a token span, as it stands in the sentence. */
    public String text(TokenSpan tokenSpan) {
        CharSpan chars = charSpan(tokenSpan);
        return text.substring(chars.start() - span.start(), chars.end() - span.start());
    }
}
