package org.newsgraph.model;

import java.util.Objects;

/**
 * A resolved participant of a fact. {@code key} identifies it across articles: the ISO 3166-1
 * alpha-3 code of a country (or the code a user's dictionary gives a state of its own), otherwise its canonical name.
 */
public record Entity(EntityKind kind, String key, String label) {
    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("entity key is blank");
        }
        if (kind == EntityKind.COUNTRY && !key.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new IllegalArgumentException("country key must be an ISO alpha-3 code or a user's code (capital letters, digits, _): '"
                    + key + "'");
        }
        label = label == null ? key : label;
    }

    public static Entity person(String name) {
        return new Entity(EntityKind.PERSON, name, name);
    }

    public static Entity country(String iso3, String name) {
        return new Entity(EntityKind.COUNTRY, iso3, name);
    }

    public static Entity organisation(String name) {
        return new Entity(EntityKind.ORGANISATION, name, name);
    }

    public static Entity outlet(String name) {
        return new Entity(EntityKind.OUTLET, name, name);
    }
}
