package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MatcherTest {
    private final Matcher matcher = new Matcher(Map.of(
            "Russian Defense Ministry", List.of("Russia's Defense Ministry", "RUS"),
            "United Nations", List.of("UN", "U.N.")));

    @Test
    void matchesNamesAfterNormalisationAndAliases() {
        assertThat(matcher.same("José Álvarez", "Mr. Jose ALVAREZ")).isTrue();
        assertThat(matcher.same("United Nations", "U.N.")).isTrue();
        assertThat(matcher.same("Russian Defense Ministry", "Russia’s Defense Ministry")).isTrue();
        assertThat(matcher.same("United Nations", "UNO")).isFalse();
        assertThat(matcher.same("United Nations", null)).isFalse();
    }

    @Test
    void countryCodesMustBeEqual() {
        assertThat(matcher.same("RUS", "RUS")).isTrue();
        assertThat(matcher.same("RUS", "Russia")).isFalse();
        assertThat(matcher.same("RUS", "rus")).isFalse();
        assertThat(matcher.same("RUS", "UKR")).isFalse();
    }

    @Test
    void aCodeAliasMatchesOnlyThatCode() {
        assertThat(matcher.same("Russian Defense Ministry", "RUS")).isTrue();
        assertThat(matcher.same("Russian Defense Ministry", "rus")).isFalse();
    }

    @Test
    void everyGoldRoleWordAppearsInTheSystemLabel() {
        assertThat(Matcher.roleMatches(List.of("military official"), "senior military official")).isTrue();
        assertThat(Matcher.roleMatches(List.of("prime minister"), "minister")).isFalse();
        assertThat(Matcher.roleMatches(List.of("leader", "supreme leader"), "Supreme Leader")).isTrue();
        assertThat(Matcher.roleMatches(List.of("president"), null)).isFalse();
    }

    @Test
    void roleSynonymsAndPluralsMatch() {
        assertThat(Matcher.roleMatches(List.of("spokesperson"), "Spokeswoman")).isTrue();
        assertThat(Matcher.roleMatches(List.of("chair"), "chairman")).isTrue();
        assertThat(Matcher.roleMatches(List.of("defense minister"), "Defence Ministers")).isTrue();
    }

    @Test
    void treatyNamesMatchWhenHalfTheirWordsAreShared() {
        FactSheet.Treaty gold = treaty("Treaty on Comprehensive Strategic Partnership", List.of("strategic partnership treaty"));
        assertThat(matcher.treatyMatches(gold, treaty("the Comprehensive Strategic Partnership Treaty", List.of()))).isTrue();
        // {strategic, partnership, agreement} against the alias's {strategic, partnership, treaty}: 2 of 4
        assertThat(matcher.treatyMatches(gold, treaty("Strategic Partnership Agreement", List.of()))).isTrue();
        // against the name's words: 1 of 5
        assertThat(matcher.treatyMatches(gold, treaty("Partnership Accord", List.of()))).isFalse();
        assertThat(matcher.treatyMatches(gold, treaty("The Treaty", List.of()))).as("1 of 3 words").isFalse();
        assertThat(matcher.treatyMatches(treaty("The Of", List.of()), treaty("of the", List.of()))).as("stop words only: no overlap to measure").isFalse();
    }

    private static FactSheet.Treaty treaty(String name, List<String> aliases) {
        return new FactSheet.Treaty(name, aliases, List.of(), List.of(), null, null, false, null);
    }
}
