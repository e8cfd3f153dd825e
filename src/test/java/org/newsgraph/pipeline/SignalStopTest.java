package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped by SIGTERM (as {@code timeout} or {@code kill} send it) or Ctrl-C stores the articles it read
 * before the signal, though its batch was not full and its input never ended: endless standard input loses nothing.
 * It is read as it comes, too: five short lines are read though they fill no sniffing buffer.
 */
class SignalStopTest {
    @Test
    void aSignalStoresWhatWasReadFromAnEndlessStandardInput(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "build",
                "--store", store.toString(), "--threads", "2", "--batch", "1000", "--quiet", "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // standard input stays open: a build that waits for more than was written would never report line 6
        CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(build::destroyForcibly);
        List<String> err = new ArrayList<>();
        try (OutputStream stdin = build.getOutputStream();
             BufferedReader errors = new BufferedReader(new InputStreamReader(build.getErrorStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 5; i++) {
                stdin.write(("{\"id\": \"s" + i + "\", \"text\": \"French President Emmanuel Macron met German Chancellor "
                        + "Olaf Scholz in Berlin on day " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8));
            }
            // a bad line: its report says the five before it were read; standard input stays open
            stdin.write("not json\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            String line;
            while ((line = errors.readLine()) != null) {
                err.add(line);
                if (line.contains("<stdin>:6: read: malformed JSON")) {
                    build.toHandle().destroy(); // SIGTERM, leaving the streams open to read what it says
                    break;
                }
            }
            while ((line = errors.readLine()) != null) {
                err.add(line);
            }
        }
        assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(err).as("the build's standard error").anySatisfy(l -> assertThat(l).startsWith("stopped by a signal: 5 articles read, 5 stored"));
        assertThat(StoreContents.articleIds(store)).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4");
    }
}
