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
        assertThat(articles).extracting(Article::id).containsExactly("first", "second");
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

    private void walk(String... inputs) {
        new InputWalker(ReaderRegistry.standard(), InputStream.nullInputStream()).walk(List.of(inputs), articles::add, problems);
    }
}
