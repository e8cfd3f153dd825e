package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.newsgraph.model.Article;

/**
 * Turns what the user named (files, folders read recursively, {@code -} for standard input) into
 * articles, choosing a reader by the file's extension or, failing that, by its first bytes. Gzip files
 * ({@code .gz}, or sniffed) are read through; empty, binary and UTF-16 files are reported, not read; hidden
 * files and folders and TDB2 stores inside a folder are passed over. Each article's text is cleaned of
 * control characters on the way, and one that is blank to the eye is refused. Nothing an input holds ends
 * the walk: each problem is reported with the input's name and the next input is read. An article whose text is
 * not in English is marked with its language and reported ({@link Language}).
 */
public final class InputWalker {
    private final ReaderRegistry readers;
    private final InputStream stdin;

    public InputWalker(ReaderRegistry readers, InputStream stdin) {
        this.readers = readers;
        this.stdin = stdin;
    }

    public void walk(List<String> inputs, ArticleSink out, Problems problems) {
        ArticleSink cleaned = cleaned(out, problems);
        for (String input : inputs) {
            if (input.equals("-")) {
                // no name to make ids from: each article's id comes from its content
                readStream(stdin, "<stdin>", null, cleaned, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : files(path, problems)) {
                    readCleaned(file, file.toString(), Ids.fromPath(path, file), cleaned, problems);
                }
            } else if (Files.exists(path)) {
                readCleaned(path, path.toString(), Ids.stem(path), cleaned, problems);
            } else {
                problems.add(new Problem(input, "read", "no such file or folder"));
            }
        }
    }

    /**
     * Reads one file as {@link #walk} reads each: by its extension or first bytes, gzipped or not, each article
     * cleaned; {@code name} starts every problem's location (the path as the user gave it), {@code defaultId} is the
     * id of a single-article file that names none (see {@link Ids}). For callers that share the walk out (a Spark
     * job reads each file of {@link #files} on another machine, and may have to open it by another path).
     */
    public void readFile(Path file, String name, String defaultId, ArticleSink out, Problems problems) {
        readCleaned(file, name, defaultId, cleaned(out, problems), problems);
    }

    /** Reads one input stream named {@code name} (a file of another file system) as {@link #readFile} reads a file. */
    public void read(InputStream in, String name, String defaultId, ArticleSink out, Problems problems) {
        readStream(in, name, defaultId, cleaned(out, problems), problems);
    }

    /** The article files of a folder and its subfolders, in name order, as {@link #walk} reads them. */
    public static List<Path> files(Path root, Problems problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && isHidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isStore(dir)) {
                        problems.add(Problem.skipped(dir.toString(), "read", "a TDB2 store, not articles: its files are not read"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(file) && !isDocumentation(file) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file.toString(), "read", "cannot list: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), "read", "cannot list folder: " + reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(".");
    }

    /**
     * A folder that holds a TDB2 store (newsgraph's own, as {@code build .} meets {@code output/store}, or
     * another): its lock or configuration, a {@code Data-0001} generation, or the files of one.
     */
    static boolean isStore(Path dir) {
        if (Files.exists(dir.resolve("tdb.lock")) || Files.exists(dir.resolve("tdb.cfg"))
                || Files.exists(dir.resolve("journal.jrnl")) && Files.exists(dir.resolve("nodes.dat"))) {
            return true;
        }
        try (DirectoryStream<Path> generations = Files.newDirectoryStream(dir, "Data-[0-9][0-9][0-9][0-9]")) {
            for (Path generation : generations) {
                if (Files.isDirectory(generation)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // an unlistable folder is reported when it is walked
        }
        return false;
    }

    /**
     * Files of a folder that say what they are and are no articles: a folder of articles may hold its README,
     * licence or notes. Named on the command line, such a file is still read.
     */
    public static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".rst")
                || name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence");
    }

    private void readCleaned(Path file, String name, String defaultId, ArticleSink out, Problems problems) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(in, name, defaultId, out, problems);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(name, "read", "the file was removed before it could be read"));
        } catch (AccessDeniedException e) {
            problems.add(new Problem(name, "read", "file is not readable (permission denied)"));
        } catch (IOException e) {
            problems.add(new Problem(name, "read", "cannot read file: " + reason(e)));
        }
    }

    private void readStream(InputStream raw, String name, String defaultId, ArticleSink out, Problems problems) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
            InputStream source = buffered;
            if (lowerName.endsWith(".gz") || isGzip(buffered)) {
                try {
                    source = new GZIPInputStream(buffered, 1 << 16);
                    gzip = true;
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
        } catch (TooLargeException e) {
            problems.add(Problem.skipped(name, "read", String.format("larger than the limit of %,d bytes%s (--max-bytes): "
                    + "skipped without reading the rest", e.limit(), gzip ? " once decompressed" : "")));
        } catch (ZipException | EOFException e) {
            problems.add(new Problem(name, "read", "gzip data is corrupt or cut short (" + e.getMessage()
                    + "); any articles before the break were read"));
        } catch (NoSuchFileException e) {
            problems.add(new Problem(name, "read", "the file was removed before it could be read"));
        } catch (IOException e) {
            problems.add(new Problem(name, "read", "cannot read: " + reason(e)));
        } catch (Downstream e) {
            throw e.unwrapped();
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof Problems.Stop) {
                throw e;
            }
            // a parser's bug on one input is that input's failure, not the run's end
            problems.add(new Problem(name, "read", "cannot read: " + e));
        }
    }

    /** Cleans each article's fields of control characters and refuses texts that hold nothing visible. */
    private static ArticleSink cleaned(ArticleSink out, Problems problems) {
        return ArticleSink.withLocation((article, location) -> {
            Article clean = CleanText.article(article);
            if (clean == null) {
                problems.add(new Problem(location, "read", "article id '" + CleanText.visible(article.id())
                        + "' holds only control characters"));
            } else if (CleanText.looksBlank(clean.text())) {
                problems.add(new Problem(location, "read", "empty article '" + clean.id() + "': its text holds only "
                        + "spaces (no-break, zero-width) and control characters"));
            } else {
                try {
                    out.accept(withLanguage(clean, location, problems), location);
                } catch (RuntimeException e) {
                    throw new Downstream(e);
                }
            }
        });
    }

    /**
     * The article marked with the language of its text when that is not English, and reported: newsgraph's
     * models and word lists are English, so it would give no facts, and the user should know why.
     */
    private static Article withLanguage(Article article, String location, Problems problems) {
        String language = article.language() != null ? article.language() : Language.of(article.text());
        if (language == null || language.equals("en")) {
            return article;
        }
        problems.add(Problem.warning(location, "language", "article '" + article.id() + "' is in "
                + Language.name(language) + " (" + language + "), not English: newsgraph reads English only, "
                + "so it is stored without facts"));
        return language.equals(article.language()) ? article : article.withLanguage(language);
    }

    /** What the sink threw (a stop, the build's own failure): it passes through the catch of an input's failures. */
    private static final class Downstream extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Downstream(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        RuntimeException unwrapped() {
            return (RuntimeException) getCause();
        }
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such file " + e.getMessage() : String.valueOf(e.getMessage());
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
        byte[] head = ReaderRegistry.head(in);
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
}
