package org.newsgraph.model;

import java.util.List;

/**
 * An article with the facts extracted from it, and where it names the persons and organisations of those facts:
 * the unit that is stored, replaced or removed.
 */
public record ArticleFacts(Article article, List<Fact> facts, List<EntityMention> mentions) {
    public ArticleFacts {
        facts = List.copyOf(facts);
        mentions = List.copyOf(mentions);
    }

    /** Facts without mentions (tests, articles without facts). */
    public ArticleFacts(Article article, List<Fact> facts) {
        this(article, facts, List.of());
    }
}
