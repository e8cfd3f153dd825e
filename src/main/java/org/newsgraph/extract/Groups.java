package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.QuotationFact;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.TreatyFact;

/**
 * A phrase a dictionary gives several codes ("Lorien" for ELR and GAL) stands for each of them: its facts are
 * written once for every actor it stands for.
 */
final class Groups {
    private Groups() {
    }

    /** The facts with every group replaced by its members (a statement between two groups: every pair). */
    static List<Fact> expand(List<Fact> facts, Function<Entity, List<Entity>> members) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact fact : facts) {
            for (Fact one : expand(fact, members)) {
                out.putIfAbsent(one.identity(), one);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Fact> expand(Fact fact, Function<Entity, List<Entity>> members) {
        List<Fact> out = new ArrayList<>();
        if (fact instanceof StatementFact s) {
            for (Entity speaker : members.apply(s.speaker())) {
                for (Entity target : members.apply(s.target())) {
                    if (!speaker.equals(target)) {
                        out.add(new StatementFact(speaker, target, s.kind(), s.quote(), s.outlet(), s.date(), s.provenance()));
                    }
                }
            }
        } else if (fact instanceof RoleFact r) {
            for (Entity country : members.apply(r.country())) {
                out.add(new RoleFact(r.person(), r.role(), country, r.postedTo(), r.current(), r.provenance()));
            }
        } else if (fact instanceof TreatyFact t) {
            out.add(new TreatyFact(t.name(), t.aliases(), all(t.signatories(), members), all(t.parties(), members), t.date(), t.place(),
                    t.provenance()));
        } else if (fact instanceof QuotationFact q && q.speaker() != null) {
            // a quotation has one speaker: the first actor the phrase stands for
            out.add(new QuotationFact(q.words(), q.span(), members.apply(q.speaker()).get(0), q.cue(), q.provenance()));
        } else {
            out.add(fact);
        }
        return out;
    }

    private static List<Entity> all(List<Entity> entities, Function<Entity, List<Entity>> members) {
        List<Entity> out = new ArrayList<>();
        for (Entity entity : entities) {
            for (Entity member : members.apply(entity)) {
                if (!out.contains(member)) {
                    out.add(member);
                }
            }
        }
        return out;
    }
}
