package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns what the user named (files, folders read recursively, {@code -} for standard input) into
 * articles, choosing a reader by the file's extension or, failing that, by its first bytes. Gzip files
 * ({@code .gz}, or sniffed) are read through; empty, binary and UTF-16 files are reported, not read.
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
                            .filter(file -> !isDocumentation(file))
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

    /**
     * Files of a folder that say what they are and are no articles: a folder of articles may hold its README,
     * licence or notes. Named on the command line, such a file is still read.
     */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".rst")
                || name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence");
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
        String lowerName = name.toLowerCase(Locale.ROOT);
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            InputStream source = buffered;
            if (lowerName.endsWith(".gz") || isGzip(buffered)) {
                try {
                    source = new GZIPInputStream(buffered, 1 << 16);
                } catch (ZipException | EOFException e) {
                    problems.add(new Problem(name, "read", "not a gzip file: " + e.getMessage()));
                    return;
                }
                lowerName = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
            }
            BufferedInputStream in = source == buffered ? buffered : new BufferedInputStream(source, 1 << 16);
            String notText = notText(in);
            if (notText != null) {
                problems.add(new Problem(name, "read", notText));
                return;
            }
            ArticleReader reader = readers.forName(lowerName, in);
            if (reader == null) {
                problems.add(new Problem(name, "read", "unknown format: not a known extension and the content is not recognised"));
                return;
            }
            reader.read(in, name, defaultId, out, problems);
        } catch (ZipException | EOFException e) {
            problems.add(new Problem(name, "read", "gzip data is corrupt or cut short (" + e.getMessage()
                    + "); any articles before the break were read"));
        } catch (IOException e) {
            problems.add(new Problem(name, "read", "cannot read: " + e.getMessage()));
        }
    }

    /** True if the stream starts with the gzip magic number (a compressed file without .gz). */
    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    /** Why the input cannot be an article file (empty, binary, UTF-16), or null if it looks like text. */
    private static String notText(BufferedInputStream in) throws IOException {
        in.mark(ReaderRegistry.HEAD);
        byte[] head = in.readNBytes(ReaderRegistry.HEAD);
        in.reset();
        if (head.length == 0) {
            return "empty file";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return "UTF-16 text: newsgraph reads UTF-8 (convert it, e.g. with iconv -f UTF-16 -t UTF-8)";
        }
        for (byte b : head) {
            if (b == 0) {
                return "binary file, not text (it holds NUL bytes)";
            }
        }
        return null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
