package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/** One news article as read from any input format; offsets in facts refer to {@code text}. */
public record Article(String id, String title, LocalDate published, String url, String source, String text) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        title = title == null ? "" : title;
    }
}
