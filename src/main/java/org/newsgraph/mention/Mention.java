package org.newsgraph.mention;

import org.newsgraph.model.Entity;
import org.newsgraph.model.TokenSpan;

/**
 * A mention in one sentence. {@code entity} is what it stands for (the country of a demonym or seat, the
 * person as named here); {@code country} is the state an organisation or outlet belongs to;
 * {@code roleLabel} is set for post titles.
 */
public record Mention(MentionType type, TokenSpan tokens, String text, Entity entity, Entity country, String roleLabel) {
    public int start() {
        return tokens.start();
    }

    public int end() {
        return tokens.end();
    }
}
