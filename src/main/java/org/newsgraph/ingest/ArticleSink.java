package org.newsgraph.ingest;

import java.util.function.BiConsumer;

import org.newsgraph.model.Article;

/**
 * Where readers push the articles they read. Readers call {@link #accept(Article, String)} with where each
 * article was read (file, file:line, file:line (item n)); a sink that does not care is a plain
 * {@code Consumer}-like lambda, one that does is made with {@link #withLocation}.
 */
@FunctionalInterface
public interface ArticleSink {
    void accept(Article article);

    /** An article with where it was read; by default the location is not kept. */
    default void accept(Article article, String location) {
        accept(article);
    }

    /** A sink that is told where each article was read. */
    static ArticleSink withLocation(BiConsumer<Article, String> consumer) {
        return new ArticleSink() {
            @Override
            public void accept(Article article) {
                consumer.accept(article, "");
            }

            @Override
            public void accept(Article article, String location) {
                consumer.accept(article, location);
            }
        };
    }
}
