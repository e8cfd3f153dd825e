package org.newsgraph.store;

import java.util.Collection;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;

/**
 * What a build needs of a store: to know what it holds already and to write batches. {@link GraphStore} is the
 * store opened in this process; a store held by a running {@code serve} is reached through it instead.
 */
public interface ArticleStore {
    /** True if the store holds no article at all (a first build need not ask about each one). */
    boolean holdsNoArticle();

    /** True if the article's graph is stored with the same title and text. */
    boolean holdsUnchanged(Article article);

    /** True if an article of this id is stored with another text. */
    boolean holdsOtherText(String id, String text);

    /** Replaces each article's graph with its facts, the batch as one transaction (or, with BULK, Jena's bulk loader). */
    void write(Collection<ArticleFacts> batch, Loader loader);
}
