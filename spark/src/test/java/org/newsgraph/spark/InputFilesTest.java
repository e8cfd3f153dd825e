package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.spark.BuildAndJob.ROOT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a folder, their order and default ids: the same whether the core walks it or a Hadoop file system. */
class InputFilesTest {
    @TempDir
    Path temp;

    @Test
    void aHadoopFileSystemIsWalkedByTheRulesOfABuild() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in/world"));
        Files.writeString(folder.resolve("index.html"), "<html><body><p>Text.</p></body></html>");
        Files.writeString(temp.resolve("in/README.md"), "documentation");
        Files.writeString(temp.resolve("in/.hidden.txt"), "hidden");
        Files.createDirectories(temp.resolve("in/store/Data-0001"));
        Files.writeString(temp.resolve("in/store/nodes.txt"), "a store's");
        Files.createDirectories(temp.resolve("in/.git"));
        Files.writeString(temp.resolve("in/.git/HEAD"), "ref");
        Files.writeString(temp.resolve("in/a-b.txt"), "A\n\nB.");
        Files.writeString(temp.resolve("in/a.b.jsonl"), "{}");
        List<String> inputs = List.of(temp.resolve("in").toString(), ROOT.resolve("src/test/resources/good-input").toString(),
                temp.resolve("missing").toString());

        InputFiles.Listing local = InputFiles.list(inputs, new Configuration());
        InputFiles.Listing hadoop = InputFiles.list(inputs, new Configuration(), true);

        assertThat(local.files()).extracting(file -> file.defaultId).startsWith("a-b", "a", "world/index");
        assertThat(hadoop.files()).extracting(file -> file.defaultId).isEqualTo(local.files().stream().map(file -> file.defaultId).toList());
        assertThat(hadoop.files()).extracting(file -> file.name.replaceFirst("^file:", ""))
                .isEqualTo(local.files().stream().map(file -> file.name).toList());
        assertThat(local.problems()).containsExactly(
                "skipped: " + temp.resolve("in/store") + ": read: a TDB2 store, not articles: its files are not read",
                "error: " + temp.resolve("missing") + ": read: no such file or folder");
        assertThat(hadoop.problems()).hasSize(2);
    }

    @Test
    void standardInputIsNoInputOfTheJob() {
        assertThat(InputFiles.list(List.of("-"), new Configuration()).problems())
                .containsExactly("error: <stdin>: read: standard input is not read by the Spark job: give files or folders");
    }

    @Test
    void pathsWithoutASchemeAndFileUrisAreLocal() {
        assertThat(InputFiles.isLocal("examples/")).isTrue();
        assertThat(InputFiles.isLocal("/data/news")).isTrue();
        assertThat(InputFiles.isLocal("file:///data/news")).isTrue();
        assertThat(InputFiles.isLocal("a/b:c")).isTrue();
        assertThat(InputFiles.isLocal("hdfs://namenode/news")).isFalse();
        assertThat(InputFiles.isLocal("s3a://bucket/news/*.jsonl.gz")).isFalse();
    }
}
