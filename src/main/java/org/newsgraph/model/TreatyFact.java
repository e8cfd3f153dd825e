package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A treaty signed (or ratified, or acceded to) as the article reports it. {@code date} is ISO 8601 at
 * the precision the text gives ("2024-06-19", "2019-10", "2017") or null.
 */
public record TreatyFact(String name, List<String> aliases, List<Entity> signatories, List<Entity> parties,
                         String date, String place, Provenance provenance) implements Fact {
    public TreatyFact {
        Objects.requireNonNull(name, "treaty name");
        Objects.requireNonNull(provenance, "provenance");
        aliases = List.copyOf(aliases);
        signatories = List.copyOf(signatories);
        parties = List.copyOf(parties);
        if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("treaty date must be ISO 8601 (yyyy[-mm[-dd]]): '" + date + "'");
        }
    }

    @Override
    public String identity() {
        return "treaty|" + name;
    }
}
