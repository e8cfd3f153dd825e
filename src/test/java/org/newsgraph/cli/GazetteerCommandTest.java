package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazetteer check}, {@code gazetteer import}, and a build that refuses a dictionary folder with errors. */
class GazetteerCommandTest {
    @TempDir
    Path temp;

    /** Runs the command line; returns exit status, standard output and standard error. */
    private static List<String> run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return List.of(String.valueOf(status), outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void checkPrintsEveryProblemOnOneLineAndFailsOnErrors() throws IOException {
        Path dictionary = Files.createDirectories(temp.resolve("dict"));
        Files.writeString(dictionary.resolve("countries.tsv"), "GON\tmember\nGON\tname\tGondor\nGON\tcapital\tMinas Tirith\nJPX\tmember\n"
                + "JPX\tname\tJapan\n", StandardCharsets.UTF_8);
        Files.writeString(dictionary.resolve("organisation.tsv"), "x\n", StandardCharsets.UTF_8);
        List<String> result = run("gazetteer", "check", dictionary.toString());
        assertThat(result.get(0)).isEqualTo("1");
        assertThat(result.get(1).lines().toList()).containsExactlyInAnyOrder(
                dictionary.resolve("countries.tsv") + ":3: error: unknown kind 'capital' in the second column (member, name, alias, demonym, seat)",
                dictionary.resolve("countries.tsv") + ":5: warning: 'Japan' named Japan (JPN) (bundled); your dictionary makes it Japan (JPX)",
                dictionary.resolve("organisation.tsv") + ": error: unknown dictionary file: did you mean organisations.tsv? (files newsgraph"
                        + " reads: settings.tsv, agents.tsv, countries.tsv, organisations.tsv, outlets.tsv, roles.tsv, statement-verbs.tsv, persons.tsv, places.tsv)");
        assertThat(result.get(2)).contains("2 errors, 1 warning; build --gazetteer would refuse to start");
        Files.delete(dictionary.resolve("organisation.tsv"));
        Files.writeString(dictionary.resolve("countries.tsv"), "JPX\tmember\nJPX\tname\tJapan\n", StandardCharsets.UTF_8);
        assertThat(run("gazetteer", "check", dictionary.toString()).get(0)).isEqualTo("0");
        assertThat(run("gazetteer", "check", "--strict", dictionary.toString()).get(0)).isEqualTo("1");
    }

    @Test
    void buildRefusesAFolderWithErrorsInOneLineEachWithoutAStackTrace() throws IOException {
        Path article = Files.writeString(temp.resolve("a.txt"), "Title\n\nGondor praised Arnor.\n", StandardCharsets.UTF_8);
        Path store = temp.resolve("store");
        List<String> missing = run("build", "--store", store.toString(), "--gazetteer", temp.resolve("nowhere").toString(), article.toString());
        assertThat(missing.get(0)).isEqualTo("2");
        assertThat(missing.get(2).lines().toList()).containsExactly(
                temp.resolve("nowhere") + ": error: no such folder (--gazetteer takes a folder of dictionary files: settings.tsv, agents.tsv,"
                        + " countries.tsv, organisations.tsv, outlets.tsv, roles.tsv, statement-verbs.tsv, persons.tsv, places.tsv)",
                "error: 1 error in the --gazetteer folder; nothing was done (newsgraph gazetteer check DIR lists every problem)");
        assertThat(store).doesNotExist();

        Path dictionary = Files.createDirectories(temp.resolve("dict"));
        Files.writeString(dictionary.resolve("organisations.tsv"), "Bad Body\tbody\tXXQ\n", StandardCharsets.UTF_8);
        List<String> bad = run("build", "--store", store.toString(), "--gazetteer", dictionary.toString(), article.toString());
        assertThat(bad.get(0)).isEqualTo("2");
        assertThat(bad.get(2)).doesNotContain("Exception", "\tat ");
        assertThat(bad.get(2).lines().toList()).hasSize(2);

        // warnings are printed and the build goes on
        Files.writeString(dictionary.resolve("organisations.tsv"), "", StandardCharsets.UTF_8);
        Files.writeString(dictionary.resolve("countries.tsv"), "GON\tmember\nGON\tname\tGondor\nARN\tmember\n", StandardCharsets.UTF_8);
        List<String> built = run("build", "--store", store.toString(), "--gazetteer", dictionary.toString(), article.toString());
        assertThat(built.get(0)).isEqualTo("0");
        assertThat(built.get(2)).contains("warning: ARN has no name row");
    }

    @Test
    void importTurnsAnEventCodersDictionaryIntoAFolderThatChecks() throws IOException {
        Path actors = Files.writeString(temp.resolve("actors.txt"), """
                <!-- a small actor dictionary in the PETRARCH format -->
                RURITANIA [RUR]
                +RURITANIAN
                +STRELSAU
                ERIADOR  [ERI]
                JAPAN [JPN]
                ZENDA_CASTLE [RURGOV]
                LORIEN [ELR/GAL]
                BOROMIR [---]
                RUDOLF_ELPHBERG  # dated affiliations
                +RUDOLF_V
                \t[RURELI < 20190101]
                \t[RURGOV 20190101 - 20230630]
                """, StandardCharsets.UTF_8);
        Path agents = Files.writeString(temp.resolve("agents.txt"), "GOVERNMENT [~GOV]\nPOLICE {} [~COP]\nELITE [~ELI]\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("imported");
        List<String> result = run("gazetteer", "import", actors.toString(), "--agents", agents.toString(), "-o", out.toString());
        assertThat(result.get(2)).contains("ERI is the ISO code of eritrea, but the dictionary names 'Eriador' with it: imported as XERI",
                "'Boromir' has a null code; not imported");
        String countries = Files.readString(out.resolve("countries.tsv"));
        assertThat(countries).contains("RUR\tmember\nRUR\tname\tRuritania\n", "XERI\tmember\nXERI\tname\tEriador\n",
                "RURGOV\talias\tZenda Castle\n", "ELR|GAL\talias\tLorien\n", "RUR\tdemonym\tRuritanian\n", "RUR\talias\tStrelsau\n")
                .doesNotContain("JPN\t");
        assertThat(Files.readString(out.resolve("persons.tsv"))).contains(
                "Rudolf Elphberg\tRURELI\telites\t\t2018-12-31\tRudolf V\n", "Rudolf Elphberg\tRURGOV\tgovernment\t2019-01-01\t2023-06-30\tRudolf V\n");
        assertThat(Files.readString(out.resolve("settings.tsv"))).contains("case\tinsensitive");
        assertThat(result.get(0)).isEqualTo("0");
        assertThat(run("gazetteer", "check", out.toString()).get(0)).isEqualTo("0");
    }
}
