package org.newsgraph.model;

import java.util.Objects;

/** Someone criticised, threatened, supported or made demands of a target; quote and outlet where given. */
public record StatementFact(Entity speaker, Entity target, StatementKind kind, String quote, Entity outlet,
                            String date, Provenance provenance) implements Fact {
    public StatementFact {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public String identity() {
        return "statement|" + speaker.key() + "|" + kind.label() + "|" + target.key();
    }
}
