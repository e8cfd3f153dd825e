package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

/** What the user names becomes articles: folders in order, formats by extension or content, problems by file. */
class InputWalkerTest {
    @TempDir
    Path folder;
    private final List<Article> articles = new ArrayList<>();
    private final Problems problems = Problems.silent();

    @Test
    void walksFoldersInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/second.txt"), "Second\nBody two.\n");
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"first\", \"text\": \"Body one.\"}\n");
        Files.writeString(folder.resolve(".hidden.txt"), "Hidden\nNot an article.\n");
        walk(folder.toString());
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("first", "b/second");
    }

    @Test
    void anArticleInAnotherLanguageIsReportedAndMarked() throws IOException {
        Files.writeString(folder.resolve("fr.txt"), "Quotas de pêche\nLe ministre norvégien de la Pêche a déclaré lundi que "
                + "les négociations avec l'Islande et les îles Féroé sur les quotas de maquereau se poursuivraient la semaine "
                + "prochaine, après un premier cycle à Reykjavik qui s'est achevé sans accord.\n");
        walk(folder.resolve("fr.txt").toString());
        assertThat(articles).extracting(Article::language).containsExactly("fr");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(folder.resolve("fr.txt")
                + ": language: article 'fr' is in French (fr), not English: newsgraph reads English only, so it is stored without facts");
    }

    @Test
    void recognisesTheFormatByContentWhenTheExtensionSaysNothing() throws IOException {
        Files.writeString(folder.resolve("feed"), "{\"id\": \"j\", \"text\": \"From JSON.\"}\n");
        Files.writeString(folder.resolve("story.md"), "A title\nA body.\n");
        walk(folder.resolve("feed").toString(), folder.resolve("story.md").toString());
        assertThat(articles).extracting(Article::id, Article::text).containsExactly(
                org.assertj.core.api.Assertions.tuple("j", "From JSON."), org.assertj.core.api.Assertions.tuple("story", "A body."));
    }

    @Test
    void missingAndBinaryInputsAreProblemsAndTheRestIsRead() throws IOException {
        Files.write(folder.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(folder.resolve("ok.txt"), "Title\nBody.\n");
        String missing = folder.resolve("missing.jsonl").toString();
        walk(missing, folder.resolve("image.bin").toString(), folder.resolve("ok.txt").toString());
        assertThat(articles).extracting(Article::id).containsExactly("ok");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                missing + ": read: no such file or folder",
                folder.resolve("image.bin") + ": read: binary file, not text (it holds NUL bytes)");
    }

    @Test
    void anUnreadableFileIsAProblemNamingIt() throws IOException {
        Path locked = Files.writeString(folder.resolve("locked.jsonl"), "{\"id\": \"x\", \"text\": \"Hidden.\"}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("not running as root, who reads anything").isFalse();
        walk(locked.toString());
        assertThat(articles).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(locked.toString());
            assertThat(problem.message()).contains("not readable");
        });
    }

    @Test
    void standardInputIsReadByContent() {
        new InputWalker(ReaderRegistry.standard(), new ByteArrayInputStream(
                "{\"id\": \"s\", \"text\": \"From stdin.\"}\n".getBytes(StandardCharsets.UTF_8)))
                .walk(List.of("-"), articles::add, problems);
        assertThat(articles).extracting(Article::id).containsExactly("s");
    }

    @Test
    void aJsonLinesFileWithAByteOrderMarkIsRecognisedByContent() throws IOException {
        Files.writeString(folder.resolve("feed"), "\uFEFF{\"id\": \"j\", \"text\": \"From JSON.\"}\n");
        walk(folder.resolve("feed").toString());
        assertThat(articles).extracting(Article::id).containsExactly("j");
    }

    @Test
    void twoFilesOfOneNameInDifferentFoldersGetDifferentIds() throws IOException {
        Files.createDirectories(folder.resolve("world"));
        Files.createDirectories(folder.resolve("sport"));
        Files.writeString(folder.resolve("world/index.html"), "<html><body><article><p>Talks in Oslo.</p></article></body></html>");
        Files.writeString(folder.resolve("sport/index.html"), "<html><body><article><p>A match in Rome.</p></article></body></html>");
        Files.writeString(folder.resolve("top.txt"), "Top\nBody.\n");
        walk(folder.toString());
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("sport/index", "top", "world/index");
    }

    @Test
    void standardInputArticlesAreNamedByTheirContent() {
        List<String> ids = new ArrayList<>();
        for (String text : List.of("First\nOne body.\n", "Second\nAnother body.\n", "First\nOne body.\n")) {
            List<Article> read = new ArrayList<>();
            new InputWalker(ReaderRegistry.standard(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .walk(List.of("-"), read::add, problems);
            ids.add(read.get(0).id());
        }
        assertThat(ids.get(0)).startsWith("content-").isNotEqualTo(ids.get(1)).isEqualTo(ids.get(2));
    }

    @Test
    void aStoreInsideAFolderIsSkippedWithOneNote() throws IOException {
        Path store = folder.resolve("output/store");
        org.apache.jena.query.Dataset dataset = org.apache.jena.tdb2.TDB2Factory.connectDataset(store.toString());
        org.apache.jena.system.Txn.executeWrite(dataset, () -> dataset.getDefaultModel()
                .add(org.apache.jena.rdf.model.ResourceFactory.createResource("urn:x"), org.apache.jena.vocabulary.RDFS.label, "x"));
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        Files.writeString(folder.resolve("story.txt"), "Title\nBody.\n");
        walk(folder.toString());
        assertThat(articles).extracting(Article::id).containsExactly("story");
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(problem.location()).isEqualTo(store.toString());
            assertThat(problem.message()).contains("TDB2 store");
        });
    }

    @Test
    void hiddenFoldersAreNotRead() throws IOException {
        Files.createDirectories(folder.resolve(".git/objects"));
        Files.write(folder.resolve(".git/objects/ab"), new byte[] {0x78, 0x01, 0, 0});
        Files.writeString(folder.resolve("story.txt"), "Title\nBody.\n");
        walk(folder.toString());
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("story");
    }

    @Test
    void aFileRemovedDuringTheRunIsReportedAsRemoved() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "First\nBody one.\n");
        Path second = Files.writeString(folder.resolve("b.txt"), "Second\nBody two.\n");
        new InputWalker(ReaderRegistry.standard(), InputStream.nullInputStream()).walk(List.of(folder.toString()), article -> {
            articles.add(article);
            try {
                Files.deleteIfExists(second); // as another program might, after the folder was listed
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, problems);
        assertThat(articles).extracting(Article::id).containsExactly("a");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(second + ": read: the file was removed before it could be read");
    }

    @Test
    void aReaderThatBreaksOnOneInputFailsThatInputOnly() throws IOException {
        ReaderRegistry registry = ReaderRegistry.standard();
        registry.register(".boom", (input, name, defaultId, out, ps) -> {
            throw new IllegalStateException("parser bug");
        });
        Files.writeString(folder.resolve("a.boom"), "whatever");
        Files.writeString(folder.resolve("b.txt"), "Title\nBody.\n");
        new InputWalker(registry, InputStream.nullInputStream()).walk(List.of(folder.toString()), articles::add, problems);
        assertThat(articles).extracting(Article::id).containsExactly("b");
        assertThat(problems.all()).extracting(Problem::toString)
                .containsExactly(folder.resolve("a.boom") + ": read: cannot read: java.lang.IllegalStateException: parser bug");
    }

    @Test
    void endlessStandardInputIsCutAtTheByteLimit() {
        long limit = ReaderRegistry.DEFAULT_MAX_BYTES;
        EndlessInput endless = new EndlessInput("yes this is a line\n", 4 * limit);
        new InputWalker(ReaderRegistry.standard(), endless).walk(List.of("-"), articles::add, problems);
        assertThat(articles).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(problem.toString()).startsWith("<stdin>: read: larger than the limit of 16,777,216 bytes (--max-bytes)");
        });
        assertThat(endless.served).as("bytes read").isLessThan(limit + (1 << 20));
    }

    @Test
    void aGzipBombIsSkippedWithoutBeingDecompressedWhole() throws IOException {
        Path bomb = folder.resolve("bomb.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] line = "All work and no play makes a dull article\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 2 * ReaderRegistry.DEFAULT_MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        Files.writeString(folder.resolve("good.txt"), "Title\nBody.\n");
        walk(folder.toString());
        assertThat(articles).extracting(Article::id).containsExactly("good");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(bomb
                + ": read: larger than the limit of 16,777,216 bytes once decompressed (--max-bytes): skipped without reading the rest");
    }

    @Test
    void aJsonLineOverTheLimitIsSkippedAndTheNextLinesRead() throws IOException {
        Path lines = folder.resolve("lines.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(lines))) {
            out.write("{\"id\": \"a1\", \"text\": \"One.\"}\n{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "word ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 2 * ReaderRegistry.DEFAULT_MAX_BYTES; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\": \"a3\", \"text\": \"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        walk(lines.toString());
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(lines
                + ":2: read: line larger than the limit of 16,777,216 bytes (--max-bytes); skipped without reading it whole");
    }

    @Test
    void controlCharactersAreRemovedOnTheWayIn() throws IOException {
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"c\\u0007\", \"title\": \"T\\u001b[31m\", "
                + "\"text\": \"Nul\\u0000 here,\\u001b[2J escape there.\\fNext page.\"}\n");
        walk(folder.resolve("a.jsonl").toString());
        assertThat(problems.all()).isEmpty();
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo("c");
            assertThat(article.title()).isEqualTo("T[31m");
            assertThat(article.text()).isEqualTo("Nul here,[2J escape there.\nNext page.");
        });
    }

    @Test
    void aTextOfInvisibleSpacesIsRefused() throws IOException {
        Files.writeString(folder.resolve("a.jsonl"), "{\"id\": \"blank\", \"text\": \"\\u00a0\\u200b \\u2060\\ufeff\\u3000\"}\n"
                + "{\"id\": \"real\", \"text\": \"\\u00a0Words.\"}\n");
        walk(folder.resolve("a.jsonl").toString());
        assertThat(articles).extracting(Article::id).containsExactly("real");
        assertThat(problems.all()).extracting(Problem::toString).singleElement().asString()
                .startsWith(folder.resolve("a.jsonl") + ":1: read: empty article 'blank'");
    }

    @Test
    void invalidUtf8IsReportedAlikeInEveryFormatWithItsLine() throws IOException {
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        write("a.txt", "Title\npublished: 2024-01-02\n\nGood line.\n", bad, " bad line.\n");
        write("b.jsonl", "{\"id\": \"j1\", \"text\": \"Fine.\"}\n{\"id\": \"j2\", \"text\": \"", bad, "\"}\n");
        write("c.html", "<html>\n<body>\n<article>\n<p>Good.</p>\n<p>", bad, "</p></article></body></html>\n");
        write("d.rss", "<rss><channel>\n<item><guid>i1</guid><description>Fine.</description></item>\n\n"
                + "<item><guid>i2</guid>\n<description>", bad, "</description></item></channel></rss>\n");
        walk(folder.toString());
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                folder.resolve("a.txt") + ":5: read: invalid UTF-8",
                folder.resolve("b.jsonl") + ":2: read: invalid UTF-8",
                folder.resolve("c.html") + ":5: read: invalid UTF-8",
                folder.resolve("d.rss") + ":5: read: invalid UTF-8 (the 1 whole item(s) before it were read)");
        assertThat(articles).extracting(Article::id).containsExactly("j1", "i1");
    }

    private void write(String name, String before, byte[] bad, String after) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bad);
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve(name), bytes.toByteArray());
    }

    /** A stream that repeats a line, as {@code yes} does, and fails once it has served too much. */
    private static final class EndlessInput extends InputStream {
        private final byte[] line;
        private final long failAfter;
        long served;

        EndlessInput(String line, long failAfter) {
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.failAfter = failAfter;
        }

        @Override
        public int read() throws IOException {
            if (served >= failAfter) {
                throw new IOException("read far past the limit");
            }
            return line[(int) (served++ % line.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }

    private void walk(String... inputs) {
        new InputWalker(ReaderRegistry.standard(), InputStream.nullInputStream()).walk(List.of(inputs), articles::add, problems);
    }
}
