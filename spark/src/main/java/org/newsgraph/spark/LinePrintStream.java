package org.newsgraph.spark;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The report a {@link org.newsgraph.ingest.Problems} prints to, handing on each line as it is printed: a job keeps
 * the lines a build would print (every problem, in the same words) as records of its output.
 */
final class LinePrintStream extends PrintStream {
    private final Consumer<String> lines;

    LinePrintStream(Consumer<String> lines) {
        super(OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        this.lines = lines;
    }

    @Override
    public void println(String line) {
        lines.accept(line);
    }
}
