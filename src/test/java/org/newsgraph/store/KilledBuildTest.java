package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.CorpusGenerator;

/**
 * Builds in child JVMs killed with SIGKILL, over and over: stopped dead between a journal entry's header and its
 * data (the torn journal TDB2 alone cannot open), before any other journal write, sync or truncate, or at a random
 * moment. Every killed store must open again and hold exactly whole batches: all those the build reported
 * committed, perhaps the one it was committing, each article as an unkilled build stores it.
 * {@code -Dnewsgraph.killRounds=50} runs more rounds than the suite's 6.
 */
class KilledBuildTest {
    private static final int ARTICLES = 40;
    private static final int BATCH = 5;
    private static final int ROUNDS = Integer.getInteger("newsgraph.killRounds", 6);
    private static final long SEED = Long.getLong("newsgraph.killSeed", 16);

    private record Op(long number, String kind) {
    }

    /** What a child said; acknowledged: its last "committed N"; storingMillis: from its first commit to its end. */
    private record Child(List<String> lines, long acknowledged, long storingMillis) {
    }

    @Test
    void buildsKilledAtAnyMomentReopenWithTheirCommittedBatchesWhole(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus.jsonl");
        new CorpusGenerator(ARTICLES, 11).writeJsonLines(corpus);

        Child calibration = finish(start(temp.resolve("reference"), corpus, 0, true));
        List<Op> ops = calibration.lines().stream().filter(line -> line.startsWith("op ")).map(line -> line.split(" "))
                .map(f -> new Op(Long.parseLong(f[1]), f[2])).toList();
        List<Op> dataWrites = ops.stream().filter(op -> op.kind().equals("data")).toList();
        assertThat(dataWrites).as("REDO entries with data in the calibration build").isNotEmpty();
        Map<Node, Set<Quad>> reference = graphs(temp.resolve("reference"));
        assertThat(reference).hasSize(ARTICLES);

        int torn = 0;
        int repaired = 0;
        int unopenable = 0;
        long lost = 0;
        int unacknowledgedKept = 0;
        List<String> rounds = new ArrayList<>();
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path store = temp.resolve("killed-" + round);
            String how;
            Child child;
            if (round % 3 == 2) {
                long delayMillis = (long) (random.nextDouble() * 0.9 * calibration.storingMillis());
                how = "at a random moment (" + delayMillis + " ms after its first commit)";
                child = killAfter(start(store, corpus, 0, false), delayMillis);
            } else {
                List<Op> choices = round % 3 == 0 ? dataWrites : ops;
                Op op = choices.get(random.nextInt(choices.size()));
                how = "before journal op " + op.number() + " (" + op.kind() + ")";
                child = killAtTrap(start(store, corpus, op.number(), false), store);
            }
            if (child.lines().stream().anyMatch(line -> line.equals("done"))) {
                rounds.add(round + ": finished before the kill");
                continue;
            }
            boolean tornHere = !JournalScan.of(JenaJournal.journalOf(store)).whole();
            torn += tornHere ? 1 : 0;
            GraphStore reopened;
            try {
                reopened = GraphStore.open(store);
            } catch (RuntimeException e) {
                unopenable++;
                rounds.add(round + ": killed " + how + ": cannot open: " + e.getMessage());
                continue;
            }
            try {
                repaired += reopened.recovery().isPresent() ? 1 : 0;
                Map<Node, Set<Quad>> stored = graphs(reopened);
                List<Node> expected = reference.keySet().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
                long acknowledged = child.acknowledged();
                long storedCount = stored.size();
                lost += Math.max(0, acknowledged - storedCount);
                unacknowledgedKept += storedCount > acknowledged ? 1 : 0;
                assertThat(storedCount).as("round %d, killed %s: whole batches", round, how)
                        .isIn(acknowledged, Math.min(ARTICLES, acknowledged + BATCH));
                assertThat(stored.keySet()).as("round %d: the first articles of the corpus", round)
                        .containsExactlyInAnyOrderElementsOf(expected.subList(0, (int) storedCount));
                for (var article : stored.entrySet()) {
                    assertThat(article.getValue()).as("round %d: article %s whole", round, article.getKey())
                            .isEqualTo(reference.get(article.getKey()));
                }
                rounds.add(round + ": killed " + how + (tornHere ? ", journal torn" : "") + ": " + acknowledged + " acknowledged, "
                        + storedCount + " stored" + reopened.recovery().map(line -> ", repaired").orElse(""));
            } finally {
                TDBInternal.expel(reopened.dataset().asDatasetGraph());
            }
        }
        String summary = String.format("kill test: %d rounds, %d torn journals, %d repaired, %d unopenable, %d committed articles lost, "
                + "%d kills kept the batch being committed%n  %s", ROUNDS, torn, repaired, unopenable, lost, unacknowledgedKept,
                String.join("\n  ", rounds));
        System.out.println(summary);
        assertThat(unopenable).as(summary).isZero();
        assertThat(lost).as(summary).isZero();
        assertThat(torn).as("the torn journal was reproduced: " + summary).isGreaterThanOrEqualTo(ROUNDS / 3);
        assertThat(repaired).as(summary).isEqualTo(torn);
    }

    private static Process start(Path store, Path corpus, long trap, boolean log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), TrappedBuild.class.getName(),
                store.toString(), corpus.toString(), String.valueOf(BATCH), String.valueOf(trap), String.valueOf(log));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Runs a child to its end. */
    private static Child finish(Process process) throws Exception {
        Child child = read(process, line -> false);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", child.lines())).isZero();
        return child;
    }

    /**
     * Kills the child where it stopped itself, after checking that while it lives (holding the store's lock,
     * its journal perhaps half-written) opening the store elsewhere never repairs it and says it is in use.
     */
    private static Child killAtTrap(Process process, Path store) throws Exception {
        Child child = read(process, line -> {
            if (line.startsWith("trap ")) {
                byte[] journal = readJournal(store);
                assertThat(StoreRecovery.recover(store)).as("a store in use is not repaired").isEmpty();
                assertThatThrownBy(() -> GraphStore.open(store)).isInstanceOf(StoreException.class)
                        .hasMessageStartingWith("store " + store + " is in use by process " + process.pid());
                assertThat(readJournal(store)).isEqualTo(journal);
                process.toHandle().destroyForcibly(); // SIGKILL (Process.destroyForcibly would also close our end of its pipes)
                return true;
            }
            return false;
        });
        process.waitFor(1, TimeUnit.MINUTES);
        return child;
    }

    /** Kills the child a while after its first batch is committed: amid extraction, commits and writes. */
    private static Child killAfter(Process process, long delayMillis) throws Exception {
        boolean[] killing = {false};
        Child child = read(process, line -> {
            if (line.startsWith("committed ") && !killing[0]) {
                killing[0] = true;
                Thread killer = new Thread(() -> {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    process.toHandle().destroyForcibly();
                });
                killer.setDaemon(true);
                killer.start();
            }
            return false;
        });
        process.waitFor(1, TimeUnit.MINUTES);
        return child;
    }

    private interface LineHandler {
        boolean stopAfter(String line) throws Exception;
    }

    /** The child's lines until it ends or the handler says stop. */
    private static Child read(Process process, LineHandler handler) throws Exception {
        List<String> lines = new ArrayList<>();
        long acknowledged = 0;
        long firstCommit = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("committed ")) {
                    acknowledged = Long.parseLong(line.substring("committed ".length()));
                    firstCommit = firstCommit == 0 ? System.nanoTime() : firstCommit;
                }
                if (handler.stopAfter(line)) {
                    break;
                }
            }
        }
        return new Child(lines, acknowledged, firstCommit == 0 ? 0 : (System.nanoTime() - firstCommit) / 1_000_000);
    }

    private static byte[] readJournal(Path store) throws IOException {
        Path journal = JenaJournal.journalOf(store);
        return Files.exists(journal) ? Files.readAllBytes(journal) : new byte[0];
    }

    private static Map<Node, Set<Quad>> graphs(Path folder) {
        GraphStore store = GraphStore.open(folder);
        try {
            return graphs(store);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    private static Map<Node, Set<Quad>> graphs(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream()
                .collect(Collectors.groupingBy(Quad::getGraph, Collectors.toSet())));
    }
}
