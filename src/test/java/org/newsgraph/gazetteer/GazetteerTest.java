package org.newsgraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Entity;
import org.newsgraph.model.StatementKind;
import org.newsgraph.nlp.Models;

/** The bundled name lists read with the real OpenNLP tokenizer, as ExtractionPipeline.standard reads them. */
class GazetteerTest {
    /** The 193 member states of the United Nations, ISO 3166-1 alpha-3. */
    private static final List<String> UN_MEMBERS = List.of(("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB"
            + " BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI"
            + " CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC"
            + " GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ"
            + " LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ"
            + " MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA"
            + " LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA"
            + " THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE").split(" "));

    private static TokenizerME tokenizer;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        tokenizer = new TokenizerME(Models.get().tokenizerModel());
        gazetteer = Gazetteer.load(tokenizer::tokenize, List.of());
    }

    @Test
    void knowsEveryUnMemberStateUnderItsIsoCode() {
        assertThat(UN_MEMBERS).hasSize(193).doesNotHaveDuplicates();
        for (String code : UN_MEMBERS) {
            assertThat(gazetteer.country(code)).as(code).isNotNull();
            assertThat(gazetteer.country(code).key()).isEqualTo(code);
            assertThat(gazetteer.country(code).label()).as(code).doesNotContain("&", " - ", "(");
        }
        assertThat(gazetteer.countries()).containsKeys("VAT", "PSE", "TWN", "HKG", "PRI", "GRL", "XKX");
    }

    @Test
    void usesTheNewsNameWhereLocaleDiffers() {
        assertThat(gazetteer.country("MMR").label()).isEqualTo("Myanmar");
        assertThat(gazetteer.country("HKG").label()).isEqualTo("Hong Kong");
        assertThat(gazetteer.country("COD").label()).isEqualTo("Democratic Republic of the Congo");
        assertThat(gazetteer.country("USA").label()).isEqualTo("United States");
        // Locale's own name still resolves
        assertThat(names("Talks in Myanmar (Burma) and in Congo - Brazzaville resumed."))
                .contains("Myanmar ( Burma )=MMR", "Congo - Brazzaville=COG");
    }

    @Test
    void resolvesAliasesDemonymsAndSeatsToTheirState() {
        assertThat(names("The DPRK said North Korean troops left Pyongyang, the Kremlin said."))
                .containsExactly("DPRK=PRK", "North Korean=PRK", "Pyongyang=PRK", "Kremlin=RUS");
        assertThat(names("The U.S. and Britain warned the UAE, while Kyiv and Kiev thanked Downing Street."))
                .containsExactly("U.S.=USA", "Britain=GBR", "UAE=ARE", "Kyiv=UKR", "Kiev=UKR", "Downing Street=GBR");
        assertThat(entry("North Korean").type()).isEqualTo(NameType.DEMONYM);
        assertThat(entry("the Kremlin").type()).isEqualTo(NameType.SEAT);
    }

    @Test
    void matchesNamesCaseSensitively() {
        assertThat(names("the chad was torn, but Chad voted; turkey is served in Turkey.")).containsExactly("Chad=TCD", "Turkey=TUR");
    }

    @Test
    void longestPhraseWins() {
        assertThat(names("Russia's Defense Ministry held Washington responsible."))
                .containsExactly("Russia's Defense Ministry=Russian Defense Ministry", "Washington=USA");
        Entry ministry = entry("Russia's Defense Ministry");
        assertThat(ministry.type()).isEqualTo(NameType.ORGANISATION);
        assertThat(ministry.country().key()).isEqualTo("RUS");
        assertThat(names("The People's Republic of China protested to the Republic of China and South Sudan."))
                .containsExactly("People's Republic of China=CHN", "Republic of China=TWN", "South Sudan=SSD");
        assertThat(names("A Washington Post report quoted the UN nuclear watchdog."))
                .containsExactly("Washington Post=The Washington Post", "UN nuclear watchdog=International Atomic Energy Agency");
    }

    @Test
    void findsTheNameInsideAPossessive() {
        // the UD tokenizer keeps "'s" on its word; curly and straight apostrophes are the same
        assertThat(names("Iran’s envoy met Russia's ambassador and the Houthis' spokesman."))
                .containsExactly("Iran’s=IRN", "Russia's=RUS", "Houthis'=Houthi movement");
    }

    @Test
    void readsOrganisationsAndOutletsWithTheirCountries() {
        assertThat(entry("the State Department").entity().key()).isEqualTo("United States Department of State");
        assertThat(entry("the State Department").country().key()).isEqualTo("USA");
        assertThat(entry("NATO").country()).isNull();
        assertThat(entry("Hamas").country()).isNull();
        Entry kcna = entry("the Korean Central News Agency");
        assertThat(kcna.type()).isEqualTo(NameType.OUTLET);
        assertThat(kcna.entity().key()).isEqualTo("KCNA");
        assertThat(kcna.country().key()).isEqualTo("PRK");
    }

    @Test
    void matchesRoleTitlesCaseInsensitively() {
        assertThat(roles("the Minister of Foreign Affairs met the minister of foreign affairs")).containsExactly(
                "Minister of Foreign Affairs=foreign minister", "minister of foreign affairs=foreign minister");
        assertThat(roles("PRESIDENT Lee and the Prime Minister thanked the spokeswoman")).containsExactly(
                "PRESIDENT=president", "Prime Minister=prime minister", "spokeswoman=spokesperson");
        assertThat(roles("Defence Secretary Jones and Secretary of Defense Smith")).containsExactly(
                "Defence Secretary=defense secretary", "Secretary of Defense=secretary of defense");
        assertThat(roles("the UN Secretary-General")).containsExactly("Secretary - General=secretary-general");
    }

    @Test
    void mapsStatementVerbLemmasToKinds() {
        assertThat(gazetteer.statementKind("condemn")).isEqualTo(StatementKind.CRITICIZE);
        assertThat(gazetteer.statementKind("hold responsible")).isEqualTo(StatementKind.CRITICIZE);
        assertThat(gazetteer.statementKind("warn")).isEqualTo(StatementKind.THREATEN);
        assertThat(gazetteer.statementKind("Welcome")).isEqualTo(StatementKind.SUPPORT);
        assertThat(gazetteer.statementKind("call on")).isEqualTo(StatementKind.DEMAND);
        assertThat(gazetteer.statementKind("attack")).isNull();
    }

    @Test
    void userFolderAddsAnAliasWithoutCodeChanges(@TempDir Path folder) throws IOException {
        assertThat(names("Ruritania and Freedonia met.")).isEmpty();
        Files.writeString(folder.resolve("countries.tsv"), "# a user's additions\nMNE\talias\tFreedonia\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("roles.tsv"), "Grand Vizier\tgrand vizier\n", StandardCharsets.UTF_8);
        Gazetteer extended = Gazetteer.load(tokenizer::tokenize, List.of(folder));
        assertThat(names(extended, "Ruritania and Freedonia met.")).containsExactly("Freedonia=MNE");
        assertThat(roles(extended, "the grand vizier")).containsExactly("grand vizier=grand vizier");
        assertThat(names(extended, "Montenegro")).containsExactly("Montenegro=MNE");
    }

    @Test
    void badLineNamesFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("organisations.tsv");
        Files.writeString(file, "# comment\nGood Body\tbody\tRUS\n\nBad Body\tbody\tXXQ\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteer.load(tokenizer::tokenize, List.of(folder)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ":4:")
                .hasMessageContaining("XXQ");
        Files.writeString(folder.resolve("organisations.tsv"), "", StandardCharsets.UTF_8);
        Path verbs = folder.resolve("statement-verbs.tsv");
        Files.writeString(verbs, "scold\tcriticize\nflatter\tpraise\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteer.load(tokenizer::tokenize, List.of(folder)))
                .hasMessageStartingWith(verbs + ":2:")
                .hasMessageContaining("praise");
        Files.writeString(verbs, "scold\tcriticize\tverb\nflatter\tsupport\tnoun\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteer.load(tokenizer::tokenize, List.of(folder)))
                .hasMessageStartingWith(verbs + ":2:")
                .hasMessageContaining("noun");
    }

    @Test
    void statesWithoutAPost() {
        Entity usa = gazetteer.countries().get("USA");
        assertThat(gazetteer.lacksPost(usa, "prime minister")).isTrue();
        assertThat(gazetteer.lacksPost(usa, "president")).isFalse();
        assertThat(gazetteer.lacksPost(gazetteer.countries().get("GBR"), "prime minister")).isFalse();
    }

    @Test
    void aStatementLemmaMayCountOnlyAsAVerb() {
        assertThat(gazetteer.statementKind("question")).isEqualTo(StatementKind.CRITICIZE);
        assertThat(gazetteer.statementVerbOnly("question")).isTrue();
        assertThat(gazetteer.statementVerbOnly("condemn")).isFalse();
    }

    private static Entry entry(String phrase) {
        String[] tokens = tokenizer.tokenize(phrase);
        int start = tokens[0].equalsIgnoreCase("the") ? 1 : 0;
        Entry entry = gazetteer.names().lookup(tokens, start, tokens.length);
        assertThat(entry).as(phrase).isNotNull();
        return entry;
    }

    private static List<String> names(String text) {
        return names(gazetteer, text);
    }

    /** "covered text=entity key" for each name found in the tokenised text. */
    private static List<String> names(Gazetteer source, String text) {
        String[] tokens = tokenizer.tokenize(text);
        List<String> found = new ArrayList<>();
        for (Span span : source.names().find(tokens)) {
            Entry entry = source.names().lookup(tokens, span.getStart(), span.getEnd());
            found.add(covered(tokens, span) + "=" + entry.entity().key());
        }
        return found;
    }

    private static List<String> roles(String text) {
        return roles(gazetteer, text);
    }

    private static List<String> roles(Gazetteer source, String text) {
        String[] tokens = tokenizer.tokenize(text);
        List<String> found = new ArrayList<>();
        for (Span span : source.roles().find(tokens)) {
            found.add(covered(tokens, span) + "=" + source.roles().lookup(tokens, span.getStart(), span.getEnd()).roleLabel());
        }
        return found;
    }

    private static String covered(String[] tokens, Span span) {
        return String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
    }
}
