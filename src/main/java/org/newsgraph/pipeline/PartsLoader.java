package org.newsgraph.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Loads files of article graphs in N-Quads or TriG (gzipped or not), such as the parts a Spark job writes, into
 * the store, as a build stores what it extracts: each article's graph replaces the stored one, batches of articles
 * in one transaction each, so loading the same parts again changes nothing and a killed load leaves whole batches.
 * An article stored with another text is kept and the loaded one reported and left out, unless {@code replace}: a
 * build would give it a derived id, but its quads name their IRIs already. A file that cannot be parsed is reported
 * with its line; the articles before the fault are loaded, the one it cuts is not. The entities graph of an exported
 * store is left out: resolution across the store makes it again after the load.
 */
public final class PartsLoader {
    /** What a load did. */
    public record Summary(long files, long articles, long quads, long skipped, long failed, double seconds) {
        public boolean ok() {
            return failed == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d part files, %d articles loaded (%,d quads), %d skipped, %d failed; %.1f s (%,.0f quads/s)%s",
                    files, articles, quads, skipped, failed, seconds, seconds > 0 ? quads / seconds : 0,
                    skipped + failed > 0 ? "; each failure and skip is reported above" : "");
        }
    }

    private static final Node ENTITIES = org.apache.jena.graph.NodeFactory.createURI(org.newsgraph.rdf.Iris.ENTITIES_GRAPH);
    private static final long LOADED = 1;
    private static final long LEFT_OUT = 2;

    private final GraphStore store;
    private final int batchSize;
    private final boolean replace;
    /** The graphs this load has met: loaded (their later chunks add to them) or left out. */
    private final SeenIds seen = new SeenIds();
    private final List<List<Quad>> batch = new ArrayList<>();
    private long articles;
    private long quads;
    private long skipped;
    private long failed;

    public PartsLoader(GraphStore store, int batchSize, boolean replace) {
        this.store = store;
        this.batchSize = Math.max(1, batchSize);
        this.replace = replace;
    }

    /**
     * The files to load: files named as they are, and in each folder (recursively, in name order) the N-Quads and
     * TriG files, leaving out hidden ones and Hadoop's markers ({@code _SUCCESS}, {@code .crc}), and the other outputs
     * of a Spark job beside its quads (facts, problems).
     */
    public static List<Path> parts(List<String> inputs, Problems problems) {
        List<Path> parts = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(file -> isPart(path.relativize(file))).sorted().forEach(parts::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(input, "load", "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                if (quadsLang(path) == null) {
                    problems.add(new Problem(input, "load", "not N-Quads or TriG (.nq, .nq.gz, .trig, .trig.gz): not loaded"));
                } else {
                    parts.add(path);
                }
            } else {
                problems.add(new Problem(input, "load", "no such file or folder"));
            }
        }
        return parts;
    }

    private static boolean isPart(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".") || name.toString().startsWith("_")) {
                return false;
            }
        }
        return quadsLang(relative) != null;
    }

    private static Lang quadsLang(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && RDFLanguages.isQuads(lang) ? lang : null;
    }

    /** Loads the files in order; every problem goes to {@code problems}. */
    public Summary load(List<Path> parts, Problems problems) {
        long started = System.nanoTime();
        for (Path part : parts) {
            loadFile(part, problems);
        }
        flush(problems);
        return new Summary(parts.size(), articles, quads, skipped, failed, (System.nanoTime() - started) / 1e9);
    }

    private void loadFile(Path part, Problems problems) {
        Chunker chunker = new Chunker(part, problems);
        try (InputStream in = open(part)) {
            RDFParser.source(in).lang(quadsLang(part)).errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
                    .parse(chunker);
            chunker.endChunk();
        } catch (IOException e) {
            failed++;
            problems.add(new Problem(part.toString(), "load", "cannot read: " + e.getMessage()
                    + (chunker.current.isEmpty() ? "" : "; the article it cuts (" + chunker.graph + ") was not loaded")));
        } catch (RiotException e) {
            // the article the fault cuts is not loaded: its graph would be a part of one
            failed++;
            problems.add(new Problem(part.toString(), "load", "cannot parse: " + e.getMessage()
                    + (chunker.current.isEmpty() ? "" : "; the article it cuts (" + chunker.graph + ") was not loaded")));
        }
    }

    private static InputStream open(Path part) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16);
        return part.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Gathers the quads of one graph at a time; the graphs of an article are written whole and in a row. */
    private final class Chunker extends StreamRDFBase {
        private final Path part;
        private final Problems problems;
        private final List<Quad> current = new ArrayList<>();
        private Node graph;
        private boolean toldOfTriples;

        Chunker(Path part, Problems problems) {
            this.part = part;
            this.problems = problems;
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            if (quad.getGraph().equals(ENTITIES)) {
                // resolution's own graph (a store's export holds it): made again from the articles after the load
                return;
            }
            if (!quad.getGraph().equals(graph)) {
                endChunk();
                graph = quad.getGraph();
            }
            current.add(quad);
        }

        @Override
        public void triple(Triple triple) {
            if (!toldOfTriples) {
                toldOfTriples = true;
                skipped++;
                problems.add(Problem.skipped(part.toString(), "load", "triples outside any named graph belong to no article: not loaded"));
            }
        }

        void endChunk() {
            if (!current.isEmpty()) {
                batch.add(List.copyOf(current));
                current.clear();
                if (batch.size() >= batchSize) {
                    flush(problems);
                }
            }
        }
    }

    /** Writes the gathered chunks in one transaction. */
    private void flush(Problems problems) {
        if (batch.isEmpty()) {
            return;
        }
        List<List<Quad>> chunks = List.copyOf(batch);
        batch.clear();
        long[] counts = new long[3];
        try {
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (List<Quad> chunk : chunks) {
                    write(dsg, chunk, counts, problems);
                }
            });
            articles += counts[0];
            quads += counts[1];
            skipped += counts[2];
        } catch (RuntimeException e) {
            failed += chunks.size();
            problems.add(new Problem("graphs " + chunks.get(0).get(0).getGraph() + " .. " + chunks.get(chunks.size() - 1).get(0).getGraph(),
                    "load", chunks.size() + " graphs not loaded, the store is as it was before them: " + e));
        }
    }

    private void write(DatasetGraph dsg, List<Quad> chunk, long[] counts, Problems problems) {
        Node graph = chunk.get(0).getGraph();
        long key = hash64(graph.toString());
        long state = seen.get(key);
        if (state == LEFT_OUT) {
            return;
        }
        if (state == 0) {
            Node text = textOf(graph, chunk);
            if (!replace && text != null && dsg.contains(graph, graph, NG.text.asNode(), Node.ANY)
                    && !dsg.contains(graph, graph, NG.text.asNode(), text)) {
                seen.put(key, LEFT_OUT);
                counts[2]++;
                problems.add(Problem.skipped(graph.getURI(), "load", "article '" + articleId(graph, chunk)
                        + "' is already stored with another text; not loaded (load --replace replaces it)"));
                return;
            }
            // as a build does: an article's graph is replaced whole, so facts a newer extraction no longer finds go
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            seen.put(key, LOADED);
            counts[0]++;
        }
        chunk.forEach(dsg::add);
        counts[1] += chunk.size();
    }

    private static Node textOf(Node graph, List<Quad> chunk) {
        for (Quad quad : chunk) {
            if (quad.getSubject().equals(graph) && quad.getPredicate().equals(NG.text.asNode())) {
                return quad.getObject();
            }
        }
        return null;
    }

    private static String articleId(Node graph, List<Quad> chunk) {
        for (Quad quad : chunk) {
            if (quad.getSubject().equals(graph) && quad.getPredicate().equals(NG.articleId.asNode())) {
                return quad.getObject().getLiteralLexicalForm();
            }
        }
        return graph.getURI();
    }

    private static long hash64(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
