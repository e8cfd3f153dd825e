package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A cheap count of the articles in the inputs, for a progress line's ETA: one per text or HTML file, one
 * per line of a JSON Lines file (newlines counted in bytes, nothing parsed). Unknown (-1) when an input is
 * standard input, a feed, a gzip file or of a format known only by its content.
 */
public final class InputCounter {
    private InputCounter() {
    }

    public static long estimate(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return -1;
            }
            Path path = Path.of(input);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (Files.isDirectory(path) && notRead(path, file)) {
                        continue;
                    }
                    long count = count(file);
                    if (count < 0) {
                        return -1;
                    }
                    total += count;
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return total;
    }

    /** Files of a folder the walker does not read: hidden, documentation, or in a hidden folder or a store. */
    private static boolean notRead(Path root, Path file) {
        if (file.getFileName().toString().startsWith(".") || InputWalker.isDocumentation(file)) {
            return true;
        }
        for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (dir.getFileName().toString().startsWith(".") || InputWalker.isStore(dir)) {
                return true;
            }
        }
        return InputWalker.isStore(root);
    }

    private static long count(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return lines(file);
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml")) {
            return 1;
        }
        return -1;
    }

    private static long lines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
