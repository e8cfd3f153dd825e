package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsgraph.eval.FactSheet.Role;
import org.newsgraph.eval.FactSheet.Statement;
import org.newsgraph.eval.FactSheet.Treaty;
import org.newsgraph.eval.Tally.Gold;

/**
 * Scores system facts against gold facts as ../shared/gold/README.md says and score.py does: micro-averaged
 * over the gold articles; articles the gold does not know are not scored.
 */
public final class Scorer {
    private final Map<Measure, Tally> tallies = new EnumMap<>(Measure.class);
    private final List<ScoreError> errors = new ArrayList<>();

    private Scorer() {
        for (Measure measure : Measure.values()) {
            tallies.put(measure, new Tally());
        }
    }

    /** The report of one scoring, with every false positive and false negative in gold article order. */
    public record Result(Report report, List<ScoreError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /** Two values the relaxed measures compare: (person, country) or (speaker, target). */
    record Pair(String first, String second, String evidence) implements Tuple {
        @Override
        public String describe() {
            return first + " | " + second;
        }

        @Override
        public List<String> names() {
            return FactSheet.present(first, second);
        }
    }

    /** One value of a treaty: a signatory, a party, its date or its place. */
    record TreatyValue(Treaty treaty, String value) implements Tuple {
        @Override
        public String describe() {
            return treaty.name() + ": " + value;
        }

        @Override
        public List<String> names() {
            List<String> names = new ArrayList<>(treaty.namesAndAliases());
            names.add(value);
            return FactSheet.present(names.toArray(String[]::new));
        }

        @Override
        public String evidence() {
            return treaty.evidence();
        }
    }

    public static Result score(Map<String, FactSheet> gold, Map<String, FactSheet> system) {
        Scorer scorer = new Scorer();
        for (FactSheet goldSheet : gold.values()) {
            scorer.article(goldSheet, system.getOrDefault(goldSheet.id(), FactSheet.empty(goldSheet.id())));
        }
        Map<Measure, Score> scores = new EnumMap<>(Measure.class);
        scorer.tallies.forEach((measure, tally) -> scores.put(measure, tally.score()));
        int withoutOutput = (int) gold.keySet().stream().filter(id -> !system.containsKey(id)).count();
        return new Result(new Report(scores, gold.size(), withoutOutput), scorer.errors);
    }

    private void article(FactSheet gold, FactSheet system) {
        Matcher m = new Matcher(gold.aliases());
        String id = gold.id();
        BiPredicate<Pair, Pair> samePair = (g, s) -> m.same(g.first(), s.first()) && m.same(g.second(), s.second());
        BiPredicate<TreatyValue, TreatyValue> sameValue = (g, s) -> m.treatyMatches(g.treaty(), s.treaty()) && m.same(g.value(), s.value());

        List<Gold<Role>> goldRoles = gold(gold.roles(), Role::optional);
        List<Role> systemRoles = system.roles().stream().filter(Role::current).toList();
        count(Measure.ROLES_STRICT, id, goldRoles, systemRoles, (g, s) ->
                m.same(g.person(), s.person()) && m.same(g.country(), s.country()) && Matcher.roleMatches(g.role(), s.label()));
        count(Measure.ROLES_RELAXED, id, collapse(goldRoles, r -> new Pair(r.person(), r.country(), null)),
                distinct(systemRoles, r -> new Pair(r.person(), r.country(), r.evidence())), samePair);

        List<Gold<Treaty>> goldTreaties = gold(gold.treaties(), Treaty::optional);
        count(Measure.TREATIES, id, goldTreaties, system.treaties(), m::treatyMatches);
        count(Measure.TREATY_SIGNATORIES, id, goldValues(gold.treaties(), Treaty::signatories),
                systemValues(system.treaties(), Treaty::signatories), sameValue);
        count(Measure.TREATY_PARTIES, id, goldValues(gold.treaties(), Treaty::parties),
                systemValues(system.treaties(), Treaty::parties), sameValue);
        // a date matches at the gold's precision: "2024-06-19" matches "2024-06"
        count(Measure.TREATY_DATE, id, goldValues(gold.treaties(), t -> given(t.date())),
                systemValues(system.treaties(), t -> given(t.date())),
                (g, s) -> m.treatyMatches(g.treaty(), s.treaty()) && s.value().startsWith(g.value()));
        count(Measure.TREATY_PLACE, id, goldValues(gold.treaties(), t -> given(t.place())),
                systemValues(system.treaties(), t -> given(t.place())), sameValue);

        List<Gold<Statement>> goldStatements = gold(gold.statements(), Statement::optional);
        count(Measure.STATEMENTS_STRICT, id, goldStatements, system.statements(), (g, s) ->
                m.same(g.speaker(), s.speaker()) && m.same(g.target(), s.target()) && Objects.equals(g.kind(), s.kind()));
        count(Measure.STATEMENTS_RELAXED, id, collapse(goldStatements, x -> new Pair(x.speaker(), x.target(), null)),
                distinct(system.statements(), x -> new Pair(x.speaker(), x.target(), x.evidence())), samePair);
    }

    private <G extends Tuple, S extends Tuple> void count(Measure measure, String articleId, List<Gold<G>> gold,
                                                          List<S> system, BiPredicate<G, S> fits) {
        Tally.Unmatched<G, S> unmatched = tallies.get(measure).add(gold, system, fits);
        unmatched.falseNegatives().forEach(tuple -> errors.add(new ScoreError(measure, articleId, false, tuple)));
        unmatched.falsePositives().forEach(tuple -> errors.add(new ScoreError(measure, articleId, true, tuple)));
    }

    private static <T> List<Gold<T>> gold(List<T> tuples, Predicate<T> optional) {
        return tuples.stream().map(t -> new Gold<>(t, optional.test(t))).toList();
    }

    /** Gold tuples collapsed to a coarser key; optional only where every tuple behind it is. */
    private static <T> List<Gold<Pair>> collapse(List<Gold<T>> tuples, Function<T, Pair> key) {
        Map<List<String>, Gold<Pair>> collapsed = new LinkedHashMap<>();
        for (Gold<T> gold : tuples) {
            Pair pair = key.apply(gold.tuple());
            collapsed.merge(Arrays.asList(pair.first(), pair.second()), new Gold<>(pair, gold.optional()),
                    (before, now) -> new Gold<>(before.tuple(), before.optional() && now.optional()));
        }
        return List.copyOf(collapsed.values());
    }

    /** System tuples reduced to a coarser key, each key once, where it first appears. */
    private static <T> List<Pair> distinct(List<T> tuples, Function<T, Pair> key) {
        Map<List<String>, Pair> distinct = new LinkedHashMap<>();
        for (T tuple : tuples) {
            Pair pair = key.apply(tuple);
            distinct.putIfAbsent(Arrays.asList(pair.first(), pair.second()), pair);
        }
        return List.copyOf(distinct.values());
    }

    private static List<Gold<TreatyValue>> goldValues(List<Treaty> treaties, Function<Treaty, List<String>> field) {
        List<Gold<TreatyValue>> values = new ArrayList<>();
        for (Treaty treaty : treaties) {
            field.apply(treaty).forEach(value -> values.add(new Gold<>(new TreatyValue(treaty, value), treaty.optional())));
        }
        return values;
    }

    private static List<TreatyValue> systemValues(List<Treaty> treaties, Function<Treaty, List<String>> field) {
        List<TreatyValue> values = new ArrayList<>();
        for (Treaty treaty : treaties) {
            field.apply(treaty).forEach(value -> values.add(new TreatyValue(treaty, value)));
        }
        return values;
    }

    /** A date or place counts only where it is given (not null, not empty). */
    private static List<String> given(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value);
    }
}
