package org.newsgraph.pipeline;

import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleStore;

/** What the store already holds of an article: lets a resumed build skip what an earlier run stored. */
final class StoredArticles {
    private final ArticleStore store;

    StoredArticles(ArticleStore store) {
        this.store = store;
    }

    /** True if the store holds no article at all (a first build need not ask about each one). */
    boolean isEmpty() {
        return store.holdsNoArticle();
    }

    /** True if the article's graph is stored with the same title and text (graphs are only ever stored whole). */
    boolean holdsUnchanged(Article article) {
        return store.holdsUnchanged(article);
    }

    /** True if an article of this id is stored with another text. */
    boolean holdsOtherText(String id, String text) {
        return store.holdsOtherText(id, text);
    }
}
