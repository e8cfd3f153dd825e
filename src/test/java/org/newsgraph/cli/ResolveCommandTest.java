package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --entities} and {@code resolve}: the user's merges and splits across articles, on the command line. */
class ResolveCommandTest {
    private static final String PERSONS = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a ng:Person }";

    @Test
    void aFileOfMergesAndSplitsOverridesResolutionUntilAnotherIsGiven(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path examples = Path.of(System.getProperty("newsgraph.root", ".")).resolve("examples");
        CommandRun built = CommandRun.of("build", "--quiet", "--store", store.toString(), examples.toString());
        assertThat(built.exit).as(built.err).isZero();
        assertThat(built.err).containsPattern("resolved [0-9,]+ entities of [0-9]+ articles into [0-9,]+ nodes");
        long persons = count(store);

        Path rules = Files.writeString(dir.resolve("entities.tsv"), "# two examples' persons as one, to see the rule bite\n"
                + "merge\tKarin Lindqvist\tAnatol Hrynkevich\nmerge\tNobody Known\tNo One Else\n");
        CommandRun merged = CommandRun.of("resolve", "--store", store.toString(), "--entities", rules.toString());
        assertThat(merged.exit).as(merged.err).isZero();
        assertThat(merged.err).contains("note: entities rule 'merge Nobody Known No One Else': no entity has those names");
        assertThat(count(store)).isEqualTo(persons - 1);
        assertThat(CommandRun.of("resolve", "--store", store.toString()).exit).isZero();
        assertThat(count(store)).as("the store keeps the rules").isEqualTo(persons - 1);

        Path none = Files.writeString(dir.resolve("none.tsv"), "");
        assertThat(CommandRun.of("resolve", "--store", store.toString(), "--entities", none.toString()).exit).isZero();
        assertThat(count(store)).as("an empty file drops them").isEqualTo(persons);
    }

    @Test
    void aBadFileIsEveryProblemOnALineAndNothingIsDone(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("bad.tsv"), "merge\tonly one\njoin\tA\tB\n");
        CommandRun run = CommandRun.of("build", "--quiet", "--store", dir.resolve("store").toString(), "--entities", rules.toString(), "nothing.txt");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.lines()).filteredOn(line -> line.startsWith(rules + ":")).hasSize(2);
        assertThat(run.err).contains("error: the --entities file has 2 errors; nothing was done");
        assertThat(dir.resolve("store")).doesNotExist();
    }

    private static long count(Path store) {
        CommandRun run = CommandRun.of("query", "--store", store.toString(), "--format", "csv", "--sparql", PERSONS);
        return Long.parseLong(run.out.lines().skip(1).findFirst().orElseThrow().strip());
    }
}
