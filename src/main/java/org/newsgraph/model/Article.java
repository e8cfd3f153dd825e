package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from any input format; offsets in facts refer to {@code text}. {@code author} is the
 * byline as the input gives it (null: none), {@code language} the ISO 639-1 code of the text's language (null:
 * not known; a reader that knows the text is English may say "en").
 */
public record Article(String id, String title, LocalDate published, String url, String source, String text,
                      String author, String language) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        title = title == null ? "" : title;
    }

    /** An article without byline and language. */
    public Article(String id, String title, LocalDate published, String url, String source, String text) {
        this(id, title, published, url, source, text, null, null);
    }

    /** The same article under another id. */
    public Article withId(String newId) {
        return new Article(newId, title, published, url, source, text, author, language);
    }

    /** The same article with the language its text is in. */
    public Article withLanguage(String code) {
        return new Article(id, title, published, url, source, text, author, code);
    }
}
