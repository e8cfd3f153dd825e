package org.newsgraph.model;

import java.util.Objects;

/**
 * Where an article names an entity: the words as written ("Biden", "Mr. Sullivan") and their offsets in the text, or
 * in the title when {@code inTitle}. The entity is the article's own (its fullest name in that article); resolution
 * across articles starts from these.
 */
public record EntityMention(Entity entity, String form, CharSpan span, boolean inTitle) {
    public EntityMention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(span, "span");
        if (form.isBlank()) {
            throw new IllegalArgumentException("a mention's form is blank: " + entity);
        }
    }
}
