package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @Test
    void exitsZeroOnGoodInputAndOneWhenAnythingFailed(@TempDir Path temp) throws Exception {
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        String bad = Path.of(getClass().getResource("/bad-input/no-text.jsonl").toURI()).toString();

        Run ok = run("build", "--store", temp.resolve("a").toString(), "--threads", "2", good);
        assertThat(ok.exit).as(ok.err).isZero();
        assertThat(ok.err).contains("8 articles read, 8 stored, 0 skipped, 0 failed");

        Run failed = run("build", "--store", temp.resolve("b").toString(), "--max-chars", "60", good, bad);
        assertThat(failed.exit).as(failed.err).isEqualTo(1);
        assertThat(failed.err).contains("error: " + bad + ":1: read: article 'nt1' has no \"text\"")
                .containsPattern("8 articles read, \\d stored, [1-9] skipped, 1 failed");
    }

    @Test
    void controlCharactersFromTheInputReachNeitherExportsNorTheTerminal(@TempDir Path temp) throws Exception {
        Path lines = Files.writeString(temp.resolve("c.jsonl"), "{\"id\": \"c1\", \"title\": \"Alarm\\u0007\", "
                + "\"text\": \"Germany criticised Russia.\\u0000 Nul.\\u001b[2J Escape.\"}\n");
        String store = temp.resolve("s").toString();
        Run build = run("build", "--store", store, lines.toString());
        assertThat(build.exit).as(build.err).isZero();
        Path rdfxml = temp.resolve("all.rdf");
        assertThat(Main.run("export", "--store", store, "--format", "rdfxml", "-o", rdfxml.toString())).isZero();
        assertThat(Files.readString(rdfxml)).contains("Nul.[2J Escape.").doesNotContain("\u001b", "\u0000", "&#");

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run("query", "--store", store, "--sparql",
                    "SELECT ?t ?x { ?a <https://w3id.org/newsgraph/ontology#title> ?t ; <https://w3id.org/newsgraph/ontology#text> ?x }")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Alarm").contains("[2J").doesNotContain("\u001b", "\u0007", "\u0000");
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
