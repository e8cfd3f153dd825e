package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /**
     * Opens a batch that takes its articles one at a time and stores them all at {@link Batch#commit()}, or none.
     * This default gathers them and writes them at the commit; a store that can hold a transaction open writes
     * each as it comes, so that storing overlaps extraction. Used from one thread, the one that opened it.
     */
    default Batch openBatch(Loader loader) {
        return new Batch() {
            private final List<ArticleFacts> gathered = new ArrayList<>();

            @Override
            public void add(ArticleFacts facts) {
                gathered.add(facts);
            }

            @Override
            public void commit() {
                write(gathered, loader);
                gathered.clear();
            }

            @Override
            public void close() {
                gathered.clear();
            }
        };
    }

    /** Articles on their way into the store together: all of them once committed, none if closed before. */
    interface Batch extends AutoCloseable {
        /** Replaces the article's graph with its facts, seen by others only after the commit. */
        void add(ArticleFacts facts);

        void commit();

        /** Abandons what was added since the commit, if anything. */
        @Override
        void close();
    }
}
