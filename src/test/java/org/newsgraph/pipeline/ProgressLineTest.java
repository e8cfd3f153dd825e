package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsCountsRateAndEtaOnceTheTotalIsKnown() {
        Builder.Counters counters = new Builder.Counters();
        counters.read.set(50);
        counters.stored.set(40);
        counters.failed.set(2);
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (ProgressLine progress = new ProgressLine(new PrintStream(terminal, true, StandardCharsets.UTF_8), counters)) {
            assertThat(progress.describe()).startsWith("50 read, 40 stored, 2 failed, ").contains("articles/s").doesNotContain("ETA");
            progress.total(100);
            assertThat(progress.describe()).contains("50% of 100, ETA ");
            progress.lines().println("error: x.txt: read: empty file");
        }
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("\r\u001B[Kerror: x.txt: read: empty file\n");
    }
}
