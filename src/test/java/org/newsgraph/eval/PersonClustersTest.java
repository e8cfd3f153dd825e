package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonClustersTest {
    private static FactSheet sheet(String id, String person, Map<String, List<String>> aliases) {
        return new FactSheet(id, List.of(new FactSheet.Role(person, List.of("president"), "USA", true, false, null)), List.of(), List.of(), aliases);
    }

    private final Map<String, FactSheet> gold = Map.of(
            "a", sheet("a", "Joe Biden", Map.of("Joe Biden", List.of("Joseph R. Biden Jr.", "Biden"))),
            "b", sheet("b", "Joseph R. Biden Jr.", Map.of()),
            "c", sheet("c", "Hunter Biden", Map.of()),
            "d", sheet("d", "Vladimir Putin", Map.of()));

    @Test
    void oneNodePerGoldPersonScoresOne() {
        PersonClusters.Result result = PersonClusters.score(gold, Map.of(
                "a", Map.of("n:biden", Set.of("Joe Biden", "Biden")), "b", Map.of("n:biden", Set.of("Joseph R. Biden Jr.")),
                "c", Map.of("n:hunter", Set.of("Hunter Biden")), "d", Map.of("n:putin", Set.of("Putin", "Vladimir Putin"))));
        assertThat(result.items()).isEqualTo(4);
        assertThat(result.goldPersons()).as("Joe Biden's names meet through article a's aliases").isEqualTo(3);
        assertThat(result.bcubedP()).isEqualTo(1.0);
        assertThat(result.bcubedR()).isEqualTo(1.0);
        assertThat(result.pairsBoth()).isEqualTo(1);
    }

    @Test
    void aSplitLowersRecallAndAMergeLowersPrecision() {
        PersonClusters.Result split = PersonClusters.score(gold, Map.of(
                "a", Map.of("n:joe", Set.of("Joe Biden")), "b", Map.of("n:joseph", Set.of("Joseph R. Biden Jr.")),
                "c", Map.of("n:hunter", Set.of("Hunter Biden")), "d", Map.of("n:putin", Set.of("Vladimir Putin"))));
        assertThat(split.bcubedP()).isEqualTo(1.0);
        assertThat(split.bcubedR()).isCloseTo(0.75, within(1e-9));
        assertThat(split.pairR()).isEqualTo(0.0);
        PersonClusters.Result merged = PersonClusters.score(gold, Map.of(
                "a", Map.of("n:biden", Set.of("Joe Biden")), "b", Map.of("n:biden", Set.of("Joseph R. Biden Jr.")),
                "c", Map.of("n:biden", Set.of("Hunter Biden")), "d", Map.of("n:putin", Set.of("Vladimir Putin"))));
        assertThat(merged.bcubedR()).isEqualTo(1.0);
        assertThat(merged.bcubedP()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
        assertThat(merged.pairP()).isCloseTo(1 / 3.0, within(1e-9));
    }
}
