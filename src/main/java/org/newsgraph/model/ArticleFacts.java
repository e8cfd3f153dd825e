package org.newsgraph.model;

import java.util.List;

/** An article with the facts extracted from it: the unit that is stored, replaced or removed. */
public record ArticleFacts(Article article, List<Fact> facts) {
    public ArticleFacts {
        facts = List.copyOf(facts);
    }
}
