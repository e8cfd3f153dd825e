package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
