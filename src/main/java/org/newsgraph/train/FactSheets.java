package org.newsgraph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsgraph.eval.FactSheet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.Fact;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.TreatyFact;

/** Facts in the gold shape, as the store would give them back, without a store: for scoring inside training. */
final class FactSheets {
    private FactSheets() {
    }

    static FactSheet of(String id, List<Fact> facts) {
        List<FactSheet.Role> roles = new ArrayList<>();
        List<FactSheet.Treaty> treaties = new ArrayList<>();
        List<FactSheet.Statement> statements = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact instanceof RoleFact r) {
                roles.add(new FactSheet.Role(value(r.person()), List.of(r.role()), value(r.country()), r.current(), false, null));
            } else if (fact instanceof TreatyFact t) {
                treaties.add(new FactSheet.Treaty(t.name(), t.aliases(), t.signatories().stream().map(FactSheets::value).toList(),
                        t.parties().stream().map(FactSheets::value).toList(), t.date(), t.place(), false, null));
            } else if (fact instanceof StatementFact s) {
                statements.add(new FactSheet.Statement(value(s.speaker()), value(s.target()), s.kind().label(), false, null));
            }
        }
        return new FactSheet(id, roles, treaties, statements, Map.of());
    }

    /** How the store names an entity: a country by its code, anything else by its name. */
    static String value(Entity entity) {
        return entity.kind() == EntityKind.COUNTRY ? entity.key() : entity.label();
    }
}
