package org.newsgraph.model;

import java.util.Objects;

/** A person holds (or held) a post for a country or organisation. */
public record RoleFact(Entity person, String role, Entity country, Entity postedTo, boolean current,
                       Provenance provenance) implements Fact {
    public RoleFact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(provenance, "provenance");
        if (person.kind() != EntityKind.PERSON) {
            throw new IllegalArgumentException("a post is held by a person, not " + person);
        }
    }

    @Override
    public String identity() {
        return "role|" + person.key() + "|" + role + "|" + country.key() + "|" + current;
    }
}
