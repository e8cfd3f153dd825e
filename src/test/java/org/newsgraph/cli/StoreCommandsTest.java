package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.JenaJournal;

/** --store on the command line: only build creates a store; a folder without one or a file is one line, not a trace. */
class StoreCommandsTest {
    @TempDir
    Path temp;

    private static final List<List<String>> READERS = List.of(
            List.of("query", "--sparql", "ASK {}"), List.of("facts"), List.of("export", "--format", "turtle"),
            List.of("serve", "--port", "0"), List.of("compact"));

    @Test
    void commandsOtherThanBuildNeverCreateAStore() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "not a store");
        Path missing = temp.resolve("missing");
        for (Path folder : List.of(documents, missing)) {
            for (List<String> command : READERS) {
                CommandRun run = run(command, "--store", folder.toString());
                assertThat(run.exit).as("%s on %s", command, folder).isEqualTo(2);
                assertThat(run.err).as("%s on %s", command, folder).isEqualTo("error: no newsgraph store at " + folder
                        + " (build one first: newsgraph build --store " + folder + " INPUT...)\n");
            }
            CommandRun eval = run(List.of("eval", "--gold", documents.resolve("notes.txt").toString()), "--store", folder.toString());
            assertThat(eval.exit).isEqualTo(2);
            assertThat(eval.err).startsWith("error: no newsgraph store at " + folder).hasLineCount(1);
        }
        assertThat(list(documents)).containsExactly(documents.resolve("notes.txt"));
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileGivenAsStoreIsOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("store.txt"), "a file");
        for (List<String> command : List.of(List.of("query", "--sparql", "ASK {}"), List.of("compact"), List.of("build", file.toString()))) {
            CommandRun run = run(command, "--store", file.toString());
            assertThat(run.exit).as("%s", command).isEqualTo(2);
            assertThat(run.err).as("%s", command).isEqualTo("error: " + file + " is a file, not a store folder\n");
        }
    }

    @Test
    void buildRefusesAFolderOfOtherFilesAndCreatesItsStoreInANewOne() throws Exception {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "not a store");
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        CommandRun refused = run(List.of("build", "--quiet", good), "--store", documents.toString());
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).isEqualTo("error: " + documents + " holds other files and no newsgraph store; give a new or empty folder as --store\n");
        assertThat(list(documents)).containsExactly(documents.resolve("notes.txt"));

        CommandRun built = run(List.of("build", "--quiet", good), "--store", temp.resolve("new").toString());
        assertThat(built.exit).as(built.err).isZero();
        assertThat(run(List.of("query", "--sparql", "ASK {}"), "--store", temp.resolve("new").toString()).out).isEqualTo("true\n");
    }

    @Test
    void aCommandSaysOnOneLineWhatTheRepairOfAKilledStoreRolledBack() throws IOException {
        Path store = JenaJournal.sampleStore(temp.resolve("store"));
        JenaJournal commit = JenaJournal.write(true, 24, 8);
        JenaJournal.append(store, commit.cut(commit.writeEnds().get(0))); // killed between a header and its data
        CommandRun run = run(List.of("query", "--sparql", "ASK { ?s ?p ?o }"), "--store", store.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).isEqualTo("true\n");
        assertThat(run.err).startsWith("newsgraph: store " + store + ": rolled back the transaction a killed run never committed").hasLineCount(1);
    }

    @Test
    void compactReportsTheSizeBeforeAndAfter() {
        Path store = JenaJournal.sampleStore(temp.resolve("store"));
        CommandRun run = run(List.of("compact"), "--store", store.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).matches("compacted " + java.util.regex.Pattern.quote(store.toString())
                + " in [0-9.]+ s: (on disk [0-9.,]+ MB -> [0-9.,]+ MB \\()?file lengths [0-9.,]+ MB -> [0-9.,]+ MB\\)?\n");
        assertThat(store.resolve("Data-0002")).isDirectory();
        assertThat(store.resolve("Data-0001")).doesNotExist();
    }

    @Test
    void buildCompactsAtItsEndWhenAsked() throws Exception {
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        Path store = temp.resolve("store");
        CommandRun run = run(List.of("build", "--quiet", "--batch", "2", "--compact", good), "--store", store.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains("8 articles read, 8 stored").contains("compacted " + store + " in ");
        assertThat(store.resolve("Data-0002")).isDirectory();
        assertThat(store.resolve("Data-0001")).doesNotExist();
        assertThat(run(List.of("facts"), "--store", store.toString()).out.lines()).hasSize(8);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Runs the command with the extra arguments right after its name ("--store" first, so it is checked first). */
    private static CommandRun run(List<String> command, String... more) {
        List<String> args = new java.util.ArrayList<>(command.subList(0, 1));
        args.addAll(List.of(more));
        args.addAll(command.subList(1, command.size()));
        return CommandRun.of(args.toArray(String[]::new));
    }
}
