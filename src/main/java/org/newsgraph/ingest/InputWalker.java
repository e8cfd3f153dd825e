package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what the user named (files, folders read recursively, {@code -} for standard input) into
 * articles, choosing a reader by the file's extension or, failing that, by its first bytes.
 */
public final class InputWalker {
    private final ReaderRegistry readers;
    private final InputStream stdin;

    public InputWalker(ReaderRegistry readers, InputStream stdin) {
        this.readers = readers;
        this.stdin = stdin;
    }

    public void walk(List<String> inputs, ArticleSink out, Problems problems) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream(stdin, "<stdin>", "stdin", out, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(file -> readFile(file, out, problems));
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(input, "read", "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                readFile(path, out, problems);
            } else {
                problems.add(new Problem(input, "read", "no such file or folder"));
            }
        }
    }

    private void readFile(Path file, ArticleSink out, Problems problems) {
        String name = file.toString();
        if (!Files.isReadable(file)) {
            problems.add(new Problem(name, "read", "file is not readable (permission denied)"));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readStream(in, name, stem(file), out, problems);
        } catch (IOException e) {
            problems.add(new Problem(name, "read", "cannot read file: " + e.getMessage()));
        }
    }

    private void readStream(InputStream raw, String name, String defaultId, ArticleSink out, Problems problems) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            ArticleReader reader = readers.forName(name.toLowerCase(Locale.ROOT), in);
            if (reader == null) {
                problems.add(new Problem(name, "read", "unknown format: not a known extension and the content is not recognised"));
                return;
            }
            reader.read(in, name, defaultId, out, problems);
        } catch (IOException e) {
            problems.add(new Problem(name, "read", "cannot read: " + e.getMessage()));
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
