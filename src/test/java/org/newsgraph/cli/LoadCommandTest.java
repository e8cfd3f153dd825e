package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;

/** {@code load}: N-Quads parts (as a Spark job writes them) into a store that then answers as a built one. */
class LoadCommandTest {
    @TempDir
    Path temp;

    private Path built;
    private String quads;

    @BeforeEach
    void buildAndExport() throws Exception {
        String good = Path.of(getClass().getResource("/good-input").toURI()).toString();
        built = temp.resolve("built");
        assertThat(run("build", "--store", built.toString(), "--quiet", good).exit).isZero();
        Path exported = temp.resolve("all.nq");
        assertThat(run("export", "--store", built.toString(), "--format", "nquads", "-o", exported.toString()).exit).isZero();
        quads = Files.readString(exported);
    }

    @Test
    void partsLoadIntoTheSameGraphAndFactsAsTheBuildAndLoadingAgainChangesNothing() throws IOException {
        Path output = Files.createDirectories(temp.resolve("output/quads"));
        List<String> lines = quads.lines().toList();
        gzip(output.resolve("part-00000.nq.gz"), String.join("\n", lines.subList(0, lines.size() / 2)) + "\n");
        gzip(output.resolve("part-00001.nq.gz"), String.join("\n", lines.subList(lines.size() / 2, lines.size())) + "\n");
        Files.writeString(output.resolve("_SUCCESS"), "");
        Files.writeString(output.resolve(".part-00000.nq.gz.crc"), "not RDF");
        Files.createDirectories(temp.resolve("output/facts"));
        Files.writeString(temp.resolve("output/facts/part-00000.jsonl"), "{}\n");
        Path loaded = temp.resolve("loaded");

        CommandRun first = run("load", "--store", loaded.toString(), temp.resolve("output").toString());
        assertThat(first.exit).as(first.err).isZero();
        // the export holds the entities graph, which the load leaves out and resolution after it makes again
        long articleQuads = lines.stream().filter(line -> !line.endsWith("<" + Iris.ENTITIES_GRAPH + "> .")).count();
        assertThat(articleQuads).isLessThan(lines.size());
        assertThat(first.err).startsWith("2 part files, 8 articles loaded (" + String.format("%,d", articleQuads) + " quads), 0 skipped, 0 failed")
                .containsPattern("resolved [0-9,]+ entities of 8 articles");
        assertThat(count(loaded)).isEqualTo(count(built)).isEqualTo(lines.size());
        Path reexported = temp.resolve("loaded.nq");
        assertThat(run("export", "--store", loaded.toString(), "--format", "nquads", "-o", reexported.toString()).exit).isZero();
        assertThat(Files.readAllLines(reexported)).as("the same quads, the entities graph's too").containsExactlyInAnyOrderElementsOf(lines);
        assertThat(run("facts", "--store", loaded.toString()).out).isEqualTo(run("facts", "--store", built.toString()).out);

        CommandRun again = run("load", "--store", loaded.toString(), temp.resolve("output").toString());
        assertThat(again.exit).as(again.err).isZero();
        assertThat(count(loaded)).isEqualTo(lines.size());
    }

    @Test
    void anArticleStoredWithAnotherTextIsKeptUnlessReplaced() throws IOException {
        String changed = quads.replaceFirst("(<https://w3id.org/newsgraph/ontology#text> \")", "$1Changed. ");
        Path part = Files.writeString(temp.resolve("changed.nq"), changed);
        CommandRun kept = run("load", "--store", built.toString(), part.toString());
        assertThat(kept.exit).as(kept.err).isZero();
        assertThat(kept.err).containsPattern("skipped: .*: load: article '.*' is already stored with another text; not loaded \\(load --replace replaces it\\)")
                .contains("7 articles loaded");
        assertThat(run("query", "--store", built.toString(), "--sparql", "ASK { ?a <https://w3id.org/newsgraph/ontology#text> ?t FILTER(STRSTARTS(?t, 'Changed. ')) }").out)
                .isEqualTo("false\n");

        CommandRun replaced = run("load", "--store", built.toString(), "--replace", part.toString());
        assertThat(replaced.err).contains("8 articles loaded");
        assertThat(run("query", "--store", built.toString(), "--sparql", "ASK { ?a <https://w3id.org/newsgraph/ontology#text> ?t FILTER(STRSTARTS(?t, 'Changed. ')) }").out)
                .isEqualTo("true\n");
    }

    @Test
    void aBrokenPartIsReportedWithItsLineAndTheArticlesBeforeItAreLoaded() throws IOException {
        List<String> lines = quads.lines().filter(line -> !line.endsWith("<" + Iris.ENTITIES_GRAPH + "> .")).toList();
        String firstGraph = lines.get(0).substring(lines.get(0).lastIndexOf('<'));
        long firstArticle = lines.stream().takeWhile(line -> line.endsWith(firstGraph)).count();
        String cut = String.join("\n", lines.subList(0, (int) firstArticle + 3)) + "\n<http://example.org/broken\n";
        Path part = Files.writeString(temp.resolve("broken.nq"), cut);
        Path loaded = temp.resolve("loaded");
        CommandRun run = run("load", "--store", loaded.toString(), part.toString(), temp.resolve("missing.nq").toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("error: " + temp.resolve("missing.nq") + ": load: no such file or folder")
                .containsPattern("error: .*broken.nq: load: cannot parse: \\[line: \\d+.*; the article it cuts \\(.*\\) was not loaded")
                .contains("1 articles loaded (" + firstArticle + " quads)");
    }

    private static long count(Path store) {
        String out = run("query", "--store", store.toString(), "--format", "csv", "--sparql", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").out;
        return Long.parseLong(out.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
