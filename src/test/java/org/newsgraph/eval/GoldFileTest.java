package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;

class GoldFileTest {
    @TempDir
    Path temp;

    @Test
    void reportsEachBadLineWithFileAndLineAndReadsOn() throws Exception {
        Path file = temp.resolve("gold.jsonl");
        Files.write(file, List.of(
                "{\"id\": \"a\", \"roles\": [{\"person\": \"Vladimir Putin\", \"role\": \"president\", \"country\": \"RUS\"}]}",
                "{\"id\": \"b\", \"roles\": [",
                "",
                "{\"roles\": []}",
                "{\"id\": \"c\", \"statements\": {}}",
                "{\"id\": \"d\", \"roles\": [{\"role\": \"president\", \"country\": \"RUS\"},"
                        + " {\"person\": \"Kim Jong Un\", \"role\": \"leader\", \"country\": \"PRK\"}],"
                        + " \"treaties\": [{\"name\": \"Treaty\", \"parties\": \"RUS\"}]}"), StandardCharsets.UTF_8);
        Problems problems = Problems.silent();
        Map<String, FactSheet> sheets = GoldFile.readGold(file, problems);

        assertThat(sheets.keySet()).containsExactly("a", "d");
        assertThat(sheets.get("d").roles()).extracting(FactSheet.Role::person).containsExactly("Kim Jong Un");
        assertThat(sheets.get("d").treaties()).isEmpty();
        List<String> reported = problems.all().stream().map(Problem::toString).toList();
        assertThat(reported).hasSize(5);
        assertThat(reported.get(0)).startsWith(file + ":2: gold: not JSON: Unexpected end-of-input");
        assertThat(reported.subList(1, 5)).containsExactly(
                file + ":4: gold: a JSON object with a string \"id\" is expected",
                file + ":5: gold: \"statements\" must be a list",
                file + ":6: gold: article 'd' roles[0]: \"person\" is missing; fact left out",
                file + ":6: gold: article 'd' treaties[0]: \"parties\" must be a list of strings, not \"RUS\"; fact left out");
    }

    @Test
    void systemFactsMayLeaveValuesOut() throws Exception {
        Path file = temp.resolve("system.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"roles\": [{\"person\": \"Vladimir Putin\"}], \"statements\": [{\"kind\": \"support\"}]}\n");
        Problems problems = Problems.silent();
        FactSheet sheet = GoldFile.readSystem(file, problems).get("a");
        assertThat(problems.all()).isEmpty();
        assertThat(sheet.roles()).singleElement().satisfies(role -> {
            assertThat(role.label()).isNull();
            assertThat(role.country()).isNull();
            assertThat(role.current()).isTrue();
        });
        assertThat(sheet.statements()).singleElement().extracting(FactSheet.Statement::speaker).isNull();
    }

    @Test
    void aLaterLineWithTheSameIdReplacesTheEarlier() throws Exception {
        Path file = temp.resolve("gold.jsonl");
        Files.write(file, List.of("{\"id\": \"a\", \"roles\": []}",
                "{\"id\": \"b\"}",
                "{\"id\": \"a\", \"roles\": [{\"person\": \"P\", \"role\": \"r\", \"country\": \"USA\"}]}"));
        Problems problems = Problems.silent();
        Map<String, FactSheet> sheets = GoldFile.readGold(file, problems);
        assertThat(sheets.keySet()).containsExactly("a", "b");
        assertThat(sheets.get("a").roles()).hasSize(1);
        assertThat(problems.all()).singleElement().asString().startsWith(file + ":3: gold: article 'a' appears twice");
    }
}
