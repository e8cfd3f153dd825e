package org.newsgraph.train;

import java.util.Objects;

import org.newsgraph.eval.FactSheet;
import org.newsgraph.model.Article;

/** An article with the facts a careful reader takes from it, and the gold set it comes from. */
public record GoldArticle(Article article, FactSheet gold, String set) {
    public GoldArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(gold, "gold facts");
        if (!article.id().equals(gold.id())) {
            throw new IllegalArgumentException("gold facts of '" + gold.id() + "' given for article '" + article.id() + "'");
        }
    }
}
