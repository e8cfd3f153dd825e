package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NearestSentenceTest {
    private final NearestSentence sentences = new NearestSentence(List.of(
            "Ruritania's president, Anna Berg, spoke on Monday.", "Berg later criticised Germany over the border.",
            "The weather was fine.", "Anna Berg is Ruritania's foreign minister."));

    @Test
    void findsTheSentenceNamingMostValuesBySurnameOrCountryName() {
        FactSheet.Statement statement = new FactSheet.Statement("Anna Berg", "DEU", "criticize", false, null);
        assertThat(sentences.find(statement, Map.of())).isEqualTo("Berg later criticised Germany over the border.");
    }

    @Test
    void postsCountToo() {
        FactSheet.Role role = new FactSheet.Role("Anna Berg", List.of("foreign minister"), "XYZ", true, false, null);
        assertThat(sentences.find(role, Map.of())).isEqualTo("Anna Berg is Ruritania's foreign minister.");
    }

    @Test
    void findsAliases() {
        FactSheet.Statement statement = new FactSheet.Statement("Ruritanian Government", "XYZ", "support", false, null);
        assertThat(sentences.find(statement, Map.of("Ruritanian Government", List.of("Ruritania's president"))))
                .startsWith("Ruritania's president");
    }

    @Test
    void nothingWhereNoValueIsNamed() {
        FactSheet.Statement statement = new FactSheet.Statement("Jan Kowal", "POL", "support", false, null);
        assertThat(sentences.find(statement, Map.of())).isNull();
    }
}
