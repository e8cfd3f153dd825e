package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
    private static final String ENGLISH = "Norway's fisheries minister said on Monday that talks with Iceland and the Faroe "
            + "Islands over mackerel quotas would go on next week, after a first round in Reykjavik ended without a deal. "
            + "The opposition criticised the government for what it called a slow and timid approach.";

    @Test
    void englishNewsIsKnownByItsFunctionWords() {
        assertThat(Language.of(ENGLISH)).isEqualTo("en");
    }

    @Test
    void otherLanguagesAreNamedByTheDetector() {
        assertThat(Language.of("Le ministre norvégien de la Pêche a déclaré lundi que les négociations avec l'Islande et les "
                + "îles Féroé sur les quotas de maquereau se poursuivraient la semaine prochaine, après un premier cycle à "
                + "Reykjavik qui s'est achevé sans accord. L'opposition a critiqué la lenteur du gouvernement.")).isEqualTo("fr");
        assertThat(Language.of("Der norwegische Fischereiminister sagte am Montag, die Gespräche mit Island und den Färöern "
                + "über die Makrelenquoten würden nächste Woche fortgesetzt, nachdem eine erste Runde in Reykjavik ohne "
                + "Einigung zu Ende gegangen war. Die Opposition kritisierte das langsame Vorgehen der Regierung.")).isEqualTo("de");
        assertThat(Language.name("de")).isEqualTo("German");
    }

    @Test
    void aShortTextSaysTooLittle() {
        assertThat(Language.of("Oslo, Monday.")).isNull();
        // a line of foreign names with few English words, which the detector alone takes for Latin
        assertThat(Language.of("Ruritanian Foreign Minister Rupert Hentzau met Sylvanian President Ambrose Trentino in Strelsau. "
                + "Hentzau praised Sylvania for its restraint.")).isNull();
    }
}
