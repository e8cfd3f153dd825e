package org.newsgraph.mention;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/** A sentence with its mentions in token order. */
public record SentenceMentions(Sentence sentence, List<Mention> mentions) {
    public SentenceMentions {
        mentions = List.copyOf(mentions);
    }

    /** The mention that starts at a token, or null. */
    public Mention startingAt(int token) {
        return startingAt(mentions, token);
    }

    /** The mention that ends just before a token, or null. */
    public Mention endingAt(int end) {
        return endingAt(mentions, end);
    }

    public static Mention startingAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.start() == token) {
                return m;
            }
        }
        return null;
    }

    public static Mention endingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }
}
