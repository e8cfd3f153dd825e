package org.newsgraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityKind;
import org.newsgraph.nlp.Models;

/** A user's dictionary folder: each problem one line with file, line and reason; what a user's rows may say. */
class DictionaryCheckTest {
    private static TokenizerME tokenizer;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        tokenizer = new TokenizerME(Models.get().tokenizerModel());
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Gazetteer read() {
        return Gazetteer.read(tokenizer::tokenize, List.of(folder));
    }

    private List<String> problems() {
        return read().problems().stream().map(GazetteerProblem::toString).toList();
    }

    private List<String> names(Gazetteer gazetteer, String text) {
        String[] tokens = tokenizer.tokenize(text);
        List<String> found = new ArrayList<>();
        for (Span span : gazetteer.names().find(tokens)) {
            Entry entry = gazetteer.names().lookup(tokens, span.getStart(), span.getEnd());
            found.add(String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())) + "=" + entry.entity().key());
        }
        return found;
    }

    @Test
    void aMissingFolderIsAnError() {
        Path missing = folder.resolve("nowhere");
        List<GazetteerProblem> problems = Gazetteer.read(tokenizer::tokenize, List.of(missing)).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith(missing + ": error: no such folder");
        assertThatThrownBy(() -> Gazetteer.load(tokenizer::tokenize, List.of(missing))).isInstanceOf(GazetteerException.class)
                .hasMessageContaining("no such folder");
    }

    @Test
    void aMisspeltFileNameIsAnErrorThatNamesTheRightOne() throws IOException {
        Path misspelt = write("country.tsv", "GON\tmember");
        write("README.md", "notes");
        assertThat(problems()).containsExactlyInAnyOrder(
                misspelt + ": error: unknown dictionary file: did you mean countries.tsv? (files newsgraph reads: settings.tsv,"
                        + " agents.tsv, countries.tsv, organisations.tsv, outlets.tsv, roles.tsv, statement-verbs.tsv, persons.tsv, places.tsv)",
                folder.resolve("README.md") + ": warning: not a dictionary file; not read",
                folder + ": warning: holds none of the dictionary files (settings.tsv, agents.tsv, countries.tsv, organisations.tsv,"
                        + " outlets.tsv, roles.tsv, statement-verbs.tsv, persons.tsv, places.tsv)");
    }

    @Test
    void aBadRowIsOneLineAndTheOtherRowsAreRead() throws IOException {
        Path countries = write("countries.tsv", "# fictional", "GON\tmember", "GON\tname\tGondor", "GON\tcapital\tMinas Tirith",
                "gon\talias\tGondor Land");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems().stream().map(GazetteerProblem::toString)).containsExactly(
                countries + ":4: error: unknown kind 'capital' in the second column (member, name, alias, demonym, seat)",
                countries + ":5: error: a code is 2 to 20 capital letters, digits or _, a letter first: 'gon'");
        assertThat(names(gazetteer, "Gondor spoke.")).containsExactly("Gondor=GON");
        assertThatThrownBy(() -> Gazetteer.load(tokenizer::tokenize, List.of(folder))).isInstanceOf(GazetteerException.class)
                .hasMessage(countries + ":4: error: unknown kind 'capital' in the second column (member, name, alias, demonym, seat)\n"
                        + countries + ":5: error: a code is 2 to 20 capital letters, digits or _, a letter first: 'gon'");
    }

    @Test
    void aUserStateNeverTakesABundledIsoCode() throws IOException {
        Path countries = write("countries.tsv", "ERI\tmember", "ERI\tname\tEriador");
        List<String> problems = problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(countries + ":1: error: ERI is the ISO code of Eritrea, a state newsgraph knows");
        assertThat(problems.get(1)).startsWith(countries + ":2: error: this would rename Eritrea (ERI, a state newsgraph knows) to"
                + " 'Eriador': write 'override' in the fourth column");
        // a code of its own is a state of its own; an alias row adds a name to the bundled state
        write("countries.tsv", "ERD\tmember", "ERD\tname\tEriador", "ERI\talias\tEritrean State");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems()).isEmpty();
        assertThat(gazetteer.country("ERD").label()).isEqualTo("Eriador");
        assertThat(gazetteer.country("ERI").label()).isEqualTo("Eritrea");
        assertThat(names(gazetteer, "Eriador and the Eritrean State met Eritrea.")).containsExactly("Eriador=ERD", "Eritrean State=ERI", "Eritrea=ERI");
        // an explicit override renames
        write("countries.tsv", "ERI\tname\tState of Eritrea\toverride");
        assertThat(read().country("ERI").label()).isEqualTo("State of Eritrea");
    }

    @Test
    void aUserNameOverridesABundledOneWithAWarning() throws IOException {
        Path countries = write("countries.tsv", "JPX\tmember", "JPX\tname\tNippon", "JPX\talias\tJapan");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems().stream().map(GazetteerProblem::toString)).containsExactly(
                countries + ":3: warning: 'Japan' named Japan (JPN) (bundled); your dictionary makes it Nippon (JPX)");
        assertThat(names(gazetteer, "Japan praised Nippon.")).containsExactly("Japan=JPX", "Nippon=JPX");
    }

    @Test
    void anAliasAlreadyOwnedByAnotherUserEntryIsAWarningAndKeepsTheFirst() throws IOException {
        write("countries.tsv", "GON\tmember", "GON\tname\tGondor", "ARN\tmember", "ARN\tname\tArnor", "ARN\talias\tGondor");
        Path countries = folder.resolve("countries.tsv");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems().stream().map(GazetteerProblem::toString)).containsExactly(
                countries + ":5: warning: 'Gondor' already names Gondor (GON) (" + countries + ":2); this row's meaning is ignored");
        assertThat(names(gazetteer, "Gondor")).containsExactly("Gondor=GON");
    }

    @Test
    void aMemberWithoutANameIsNotMatchedByItsCode() throws IOException {
        Path countries = write("countries.tsv", "FOO\tmember", "FOO\talias\tFoo Land");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems().stream().map(GazetteerProblem::toString)).containsExactly(
                countries + ":1: warning: FOO has no name row: the graph labels it 'FOO', and only its alias rows name it in a text");
        assertThat(names(gazetteer, "FOO praised Japan and Foo Land.")).containsExactly("Japan=JPN", "Foo Land=FOO");
    }

    @Test
    void anUnknownCodeIsAnError() throws IOException {
        Path countries = write("countries.tsv", "XYZ\talias\tXyzzy");
        Path organisations = write("organisations.tsv", "Xyzzy Council\tbody\tQQQ\t");
        assertThat(problems()).containsExactly(
                countries + ":1: error: unknown code 'XYZ': declare a state with a member row (XYZ<TAB>member), use a code newsgraph knows,"
                        + " or a state's code with an agent's (agents.tsv)",
                organisations + ":1: error: unknown country code 'QQQ' (a state of countries.tsv, bundled or yours)");
    }

    @Test
    void longCodesNameAStatesAgents() throws IOException {
        write("countries.tsv", "GON\tmember", "GON\tname\tGondor", "GON\tdemonym\tGondorian", "GONGOV\talias\tMinas Tirith Palace");
        write("agents.tsv", "GOV\tgovernment\tgovernment|cabinet", "COP\tpolice\tpolice");
        write("persons.tsv", "Denethor\tGONGOV\tsteward\t2019-01-01\t2023-06-30\t");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems()).isEmpty();
        assertThat(gazetteer.actor("GONGOV").key()).isEqualTo("Gondor government");
        assertThat(gazetteer.actor("GONCOP").key()).isEqualTo("Gondor police");
        assertThat(gazetteer.actor("GON").kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(names(gazetteer, "Minas Tirith Palace said")).containsExactly("Minas Tirith Palace=Gondor government");
        assertThat(gazetteer.officeHolders().userTerm("Denethor", LocalDate.of(2020, 1, 1)).owner().key()).isEqualTo("Gondor government");
        assertThat(gazetteer.officeHolders().userTerm("Denethor", LocalDate.of(2023, 7, 1))).isNull();
    }

    @Test
    void aPhraseMayStandForSeveralActors() throws IOException {
        write("countries.tsv", "ELR\tmember", "ELR\tname\tElrondia", "GAL\tmember", "GAL\tname\tGaladria", "ELR|GAL\talias\tLorien");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems()).isEmpty();
        String[] tokens = tokenizer.tokenize("Lorien");
        Entry lorien = gazetteer.names().lookup(tokens, 0, tokens.length);
        assertThat(gazetteer.members(lorien.entity())).extracting(e -> e.key()).containsExactly("ELR", "GAL");
        assertThat(gazetteer.hasGroups()).isTrue();
    }

    @Test
    void namesMatchInAnyCaseWhereTheFolderOrTheRowSaysSo() throws IOException {
        write("countries.tsv", "GON\tmember", "GON\tname\tGONDOR", "ARN\tmember", "ARN\tname\tARNOR\tnocase");
        Gazetteer gazetteer = read();
        assertThat(names(gazetteer, "Gondor and Arnor and ARNOR and arnor")).containsExactly("Arnor=ARN", "ARNOR=ARN", "arnor=ARN");
        write("settings.tsv", "case\tinsensitive");
        assertThat(names(read(), "Gondor and gondor")).containsExactly("Gondor=GON", "gondor=GON");
        write("settings.tsv", "case\tmaybe");
        assertThat(problems()).containsExactly(folder.resolve("settings.tsv")
                + ":1: error: unknown setting 'case\tmaybe' (known: 'case<TAB>insensitive', 'case<TAB>sensitive')");
    }

    @Test
    void personsTakeDatesToTheDayAndABadDateIsAnError() throws IOException {
        write("countries.tsv", "RUR\tmember", "RUR\tname\tRuritania");
        Path persons = write("persons.tsv", "Rudolf Elphberg\tRUR\tpresident\t2019-01-01\t2023-06-30\tRudolf V",
                "Flavia Elphberg\tRUR\tpresident\t2023-07-01\t\t", "Rupert Hentzau\tRUR\tminister\t2020-13\t\t",
                "Black Michael\tRUR\t\t2020\t\t", "Fritz Tarlenheim\tRUR\tchancellor\t2022\t2021\t");
        Gazetteer gazetteer = read();
        assertThat(gazetteer.problems().stream().map(GazetteerProblem::toString)).containsExactly(
                persons + ":3: error: a date must be YYYY-MM-DD, YYYY-MM or YYYY: '2020-13'",
                persons + ":4: error: a person needs a post in the third column (president, prime minister, foreign minister ...)",
                persons + ":5: error: the term ends (2021) before it begins (2022)");
        OfficeHolders holders = gazetteer.officeHolders();
        assertThat(holders.userHolder(gazetteer.country("RUR"), "president", LocalDate.of(2023, 6, 30)).name()).isEqualTo("Rudolf Elphberg");
        assertThat(holders.userHolder(gazetteer.country("RUR"), "president", LocalDate.of(2023, 7, 1)).name()).isEqualTo("Flavia Elphberg");
        assertThat(holders.userTerm("Rudolf V", LocalDate.of(2020, 1, 1)).name()).isEqualTo("Rudolf Elphberg");
        assertThat(holders.userTerm("Elphberg", LocalDate.of(2020, 1, 1)).name()).isEqualTo("Rudolf Elphberg");
    }

    @Test
    void tooManyColumnsAndTextThatIsNotUtf8AreErrors() throws IOException {
        Path outlets = write("outlets.tsv", "Strelsau Herald\tRUR\t\t\textra");
        Files.write(folder.resolve("roles.tsv"), new byte[] {'G', 'r', 'a', 'n', 'd', (byte) 0xe9, '\t', 'x', '\n'});
        assertThat(problems()).containsExactly(
                outlets + ":1: error: too many columns (5; the file's columns are name, country, aliases, flags)",
                folder.resolve("roles.tsv") + ": error: not UTF-8 text: save the file as UTF-8");
    }

    @Test
    void theBundledListsHaveNoProblems() {
        assertThat(Gazetteer.read(tokenizer::tokenize, List.of()).problems()).isEmpty();
    }

    @Test
    void theExampleDictionaryHasNoProblems() {
        Path example = Path.of("docs/dictionaries/example");
        assertThat(Gazetteer.read(tokenizer::tokenize, List.of(example)).problems()).isEmpty();
    }

    @Test
    void nearestFileName() {
        assertThat(DictionaryFolder.nearest("country.tsv")).isEqualTo("countries.tsv");
        assertThat(DictionaryFolder.nearest("Persons.TSV")).isEqualTo("persons.tsv");
        assertThat(DictionaryFolder.nearest("organizations.tsv")).isEqualTo("organisations.tsv");
        assertThat(DictionaryFolder.nearest("verbs.tsv")).isNull();
    }
}
