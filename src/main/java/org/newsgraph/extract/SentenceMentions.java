package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

import org.newsgraph.nlp.Sentence;

/** A sentence with its mentions in token order. */
public record SentenceMentions(Sentence sentence, List<Mention> mentions) {
    public SentenceMentions {
        mentions = List.copyOf(mentions);
    }

    /** The mention that starts at a token, if any. */
    public Optional<Mention> startingAt(int token) {
        return mentions.stream().filter(m -> m.start() == token).findFirst();
    }

    /** The mention covering a token, if any. */
    public Optional<Mention> covering(int token) {
        return mentions.stream().filter(m -> m.tokens().contains(token)).findFirst();
    }
}
