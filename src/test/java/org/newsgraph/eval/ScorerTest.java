package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.FactSheet.Role;
import org.newsgraph.eval.FactSheet.Statement;
import org.newsgraph.eval.FactSheet.Treaty;

class ScorerTest {
    @Test
    void matchingAnOptionalFactCountsNowhere() {
        Report report = score(sheet(List.of(role("Pak Jong Chon", "military official", "PRK", true)), List.of(), List.of()),
                sheet(List.of(role("Pak Jong Chon", "senior military official", "PRK", false)), List.of(), List.of()));
        assertThat(report.score(Measure.ROLES_STRICT)).isEqualTo(Score.of(0, 0, 0));
    }

    @Test
    void formerPostsAreNotScored() {
        Role former = new Role("Hans Gruber", List.of("chancellor"), "DEU", false, false, "He was chancellor.");
        Report report = score(sheet(List.of(role("Hans Gruber", "chancellor", "DEU", false)), List.of(), List.of()),
                sheet(List.of(former), List.of(), List.of()));
        assertThat(report.score(Measure.ROLES_STRICT)).isEqualTo(Score.of(0, 0, 1));
    }

    @Test
    void eachGoldFactMatchesOneSystemFactOnly() {
        Role putin = role("Vladimir Putin", "president", "RUS", false);
        Report report = score(sheet(List.of(putin), List.of(), List.of()), sheet(List.of(putin, putin), List.of(), List.of()));
        assertThat(report.score(Measure.ROLES_STRICT)).isEqualTo(Score.of(1, 2, 1));
        assertThat(report.score(Measure.ROLES_STRICT).precision()).isEqualTo(0.5);
        // the relaxed measures take each (person, country) once
        assertThat(report.score(Measure.ROLES_RELAXED)).isEqualTo(Score.of(1, 1, 1));
    }

    @Test
    void relaxedGoldTupleIsOptionalOnlyIfAllBehindItAre() {
        FactSheet gold = sheet(List.of(role("Alyaksandr Lukashenka", "leader", "BLR", true),
                role("Alyaksandr Lukashenka", "president", "BLR", false),
                role("Maria Silva", "minister", "BRA", true), role("Maria Silva", "envoy", "BRA", true)), List.of(), List.of());
        Report report = score(gold, sheet(List.of(role("Maria Silva", "ambassador", "BRA", false)), List.of(), List.of()));
        assertThat(report.score(Measure.ROLES_RELAXED)).isEqualTo(Score.of(0, 0, 1));
        assertThat(report.score(Measure.ROLES_STRICT)).isEqualTo(Score.of(0, 1, 1));
    }

    @Test
    void treatyDatesMatchAtTheGoldsPrecision() {
        Treaty monthInGold = treaty("Treaty of Friendship", "2024-06");
        Treaty dayInGold = treaty("Fisheries Convention", "2019-10-05");
        Report report = score(sheet(List.of(), List.of(monthInGold, dayInGold), List.of()),
                sheet(List.of(), List.of(treaty("Treaty of Friendship", "2024-06-19"), treaty("Fisheries Convention", "2019-10")), List.of()));
        assertThat(report.score(Measure.TREATY_DATE)).isEqualTo(Score.of(1, 2, 2));
    }

    @Test
    void statementKindsMustBeEqual() {
        Statement gold = new Statement("Pak Jong Chon", "USA", "criticize", false, null);
        Report report = score(sheet(List.of(), List.of(), List.of(gold)),
                sheet(List.of(), List.of(), List.of(new Statement("Pak Jong Chon", "USA", "threaten", false, null))));
        assertThat(report.score(Measure.STATEMENTS_STRICT)).isEqualTo(Score.of(0, 1, 1));
        assertThat(report.score(Measure.STATEMENTS_RELAXED)).isEqualTo(Score.of(1, 1, 1));
    }

    @Test
    void kgF1IsTheMeanOfTheFourHeadlineF1s() {
        Role putin = role("Vladimir Putin", "president", "RUS", false);
        Statement statement = new Statement("Pak Jong Chon", "USA", "criticize", false, null);
        Report report = score(sheet(List.of(putin), List.of(), List.of(statement)), sheet(List.of(putin), List.of(), List.of()));
        // roles 1.0, signatories 0, parties 0, statements 0
        assertThat(report.kgF1()).isEqualTo(0.25);
    }

    @Test
    void listsFalsePositivesWithEvidenceAndFalseNegatives() {
        Role wrong = new Role("Vladimir Putin", List.of("prime minister"), "RUS", true, false, "Prime Minister Putin said.");
        Scorer.Result result = Scorer.score(Map.of("a", new FactSheet("a", List.of(role("Vladimir Putin", "president", "RUS", false)), List.of(), List.of(), Map.of())),
                Map.of("a", new FactSheet("a", List.of(wrong), List.of(), List.of(), Map.of())));
        List<ScoreError> strict = result.errors().stream().filter(e -> e.measure() == Measure.ROLES_STRICT).toList();
        assertThat(strict).extracting(ScoreError::label, e -> e.tuple().describe(), e -> e.tuple().evidence())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FN", "Vladimir Putin | president | RUS", null),
                        org.assertj.core.groups.Tuple.tuple("FP", "Vladimir Putin | prime minister | RUS", "Prime Minister Putin said."));
    }

    @Test
    void articlesWithoutSystemOutputAreCounted() {
        Report report = Scorer.score(Map.of("a", FactSheet.empty("a"), "b", FactSheet.empty("b")), Map.of("a", FactSheet.empty("a"))).report();
        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.articlesWithoutOutput()).isEqualTo(1);
    }

    private static Report score(FactSheet gold, FactSheet system) {
        return Scorer.score(Map.of(gold.id(), gold), Map.of(system.id(), system)).report();
    }

    private static FactSheet sheet(List<Role> roles, List<Treaty> treaties, List<Statement> statements) {
        return new FactSheet("article", roles, treaties, statements, Map.of());
    }

    private static Role role(String person, String role, String country, boolean optional) {
        return new Role(person, Arrays.asList(role), country, true, optional, null);
    }

    private static Treaty treaty(String name, String date) {
        return new Treaty(name, List.of(), List.of(), List.of(), date, null, false, null);
    }
}
