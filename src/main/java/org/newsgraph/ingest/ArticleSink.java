package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/** Where readers push the articles they read, each with where it came from (file, file:line, file: item n). */
@FunctionalInterface
public interface ArticleSink {
    void accept(Article article, String location);
}
