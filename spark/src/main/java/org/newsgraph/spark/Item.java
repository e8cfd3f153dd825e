package org.newsgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.newsgraph.model.Article;

/**
 * What reading an input gives, on its way to the partition that extracts it: an article with where it was read, or
 * a problem, as the line a build prints for it. A plain class, not a record, so that Kryo can carry it as well as
 * Java serialization.
 */
final class Item implements Serializable {
    private static final long serialVersionUID = 1L;

    final String location;
    final String id;
    final String title;
    final String published;
    final String url;
    final String source;
    final String text;
    final String author;
    final String language;
    /** Set for a problem, which has nothing else but this line. */
    final String problem;

    private Item(String location, Article article, String problem) {
        this.location = location;
        this.id = article == null ? null : article.id();
        this.title = article == null ? null : article.title();
        this.published = article == null || article.published() == null ? null : article.published().toString();
        this.url = article == null ? null : article.url();
        this.source = article == null ? null : article.source();
        this.text = article == null ? null : article.text();
        this.author = article == null ? null : article.author();
        this.language = article == null ? null : article.language();
        this.problem = problem;
    }

    static Item article(Article article, String location) {
        return new Item(location, article, null);
    }

    static Item problem(String line) {
        return new Item(null, null, line);
    }

    boolean isProblem() {
        return problem != null;
    }

    Article toArticle() {
        return new Article(id, title, published == null ? null : LocalDate.parse(published), url, source, text, author, language);
    }
}
