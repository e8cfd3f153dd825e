package org.newsgraph.mention;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/** A sentence with its mentions in token order. */
public record SentenceMentions(Sentence sentence, List<Mention> mentions) {
    public SentenceMentions {
        mentions = List.copyOf(mentions);
    }
}
