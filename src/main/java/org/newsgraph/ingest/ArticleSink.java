package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/** Where readers push the articles they read. */
@FunctionalInterface
public interface ArticleSink {
    void accept(Article article);
}
