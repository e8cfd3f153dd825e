package org.newsgraph.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.export.DateRange;
import org.newsgraph.export.ViewFilter;
import org.newsgraph.export.ViewFormat;
import org.newsgraph.export.ViewGraph;
import org.newsgraph.export.ViewGraphReader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F -o FILE}: write the store as RDF, or its view graph for Gephi, Cytoscape, Graphviz. */
@Command(name = "export", description = {
        "Export the graph: turtle, ntriples, rdfxml (all articles merged), trig, nquads, jsonld (a graph per article);",
        "or the view graph (persons, countries, organisations, treaties; facts as edges): graphml, gexf, cytoscape, dot."})
public final class ExportCommand implements Callable<Integer> {
    enum Format {
        turtle(RDFFormat.TURTLE_PRETTY, false), ntriples(RDFFormat.NTRIPLES, false), rdfxml(RDFFormat.RDFXML_PRETTY, false),
        trig(RDFFormat.TRIG_PRETTY, true), nquads(RDFFormat.NQUADS, true), jsonld(RDFFormat.JSONLD11, true),
        graphml(ViewFormat.GRAPHML), gexf(ViewFormat.GEXF), cytoscape(ViewFormat.CYTOSCAPE), dot(ViewFormat.DOT);

        final RDFFormat rdf;
        final boolean quads;
        final ViewFormat view;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
            this.view = null;
        }

        Format(ViewFormat view) {
            this.rdf = null;
            this.quads = false;
            this.view = view;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: standard output)")
    Path output;

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "graph formats: restrict the view to a CONSTRUCT (its triples) or SELECT (the nodes it names)")
    Path query;

    @Option(names = "--min-confidence", paramLabel = "X", description = "graph formats: keep facts of at least this confidence")
    Double minConfidence;

    @Option(names = "--since", paramLabel = "DATE", description = "graph formats: keep facts dated on or after DATE (yyyy[-mm[-dd]])")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "graph formats: keep facts dated on or before DATE (yyyy[-mm[-dd]])")
    String until;

    @Option(names = "--country", paramLabel = "ISO3", description = "graph formats: keep facts that involve this country")
    String country;

    @Override
    public Integer call() {
        ViewFilter filter;
        Query restriction;
        try {
            filter = filter();
            restriction = restriction();
            if (format.view == null && (query != null || minConfidence != null || since != null || until != null || country != null)) {
                throw new IllegalArgumentException("--query, --min-confidence, --since, --until and --country apply to the graph "
                        + "formats (graphml, gexf, cytoscape, dot), not to " + format);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try (GraphStore graphStore = store.open()) {
            if (output == null) {
                report(write(graphStore, filter, restriction, new FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush(); // standard output stays open for whoever runs us
                    }
                }));
                return 0;
            }
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());
            // written to a temporary file first, so a failed export never leaves half a file behind; not made with
            // Files.createTempFile, whose owner-only permissions the finished file would keep
            Path temporary = target.resolveSibling(".export-" + UUID.randomUUID() + ".tmp");
            try {
                String summary;
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    summary = write(graphStore, filter, restriction, out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                report(summary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            System.err.println("error: export to " + (output == null ? "standard output" : output) + " failed: " + e);
            return 1;
        }
        return 0;
    }

    /** Writes the export; returns a one-line summary for a graph format, null for RDF. */
    private String write(GraphStore graphStore, ViewFilter filter, Query restriction, OutputStream out) throws IOException {
        try (out) {
            if (format.view != null) {
                ViewGraphReader reader = new ViewGraphReader(graphStore, System.err::println);
                ViewGraph view = restriction == null ? reader.read(filter) : reader.read(filter, restriction);
                format.view.writer().write(view, out);
                return "export: " + view.nodes().size() + " nodes, " + view.edges().size() + " edges as " + format
                        + (output == null ? "" : " to " + output);
            }
            Txn.executeRead(graphStore.dataset(), () -> {
                if (format.quads) {
                    RDFDataMgr.write(out, graphStore.dataset(), format.rdf);
                } else {
                    RDFDataMgr.write(out, graphStore.dataset().getUnionModel(), format.rdf);
                }
            });
            return null;
        }
    }

    private static void report(String summary) {
        if (summary != null) {
            System.err.println(summary);
        }
    }

    private ViewFilter filter() {
        LocalDate from = since == null ? null : DateRange.parse(since).first();
        LocalDate to = until == null ? null : DateRange.parse(until).last();
        String iso = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        return new ViewFilter(minConfidence == null ? 0.0 : minConfidence, from, to, iso);
    }

    private Query restriction() {
        if (query == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(query);
        } catch (IOException e) {
            throw new IllegalArgumentException(query + ": cannot read the query: "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
        Query parsed;
        try {
            parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(query + ": not valid SPARQL: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(parsed.isConstructType() || parsed.isDescribeType() || parsed.isSelectType())) {
            throw new IllegalArgumentException(query + ": an export query must be a CONSTRUCT, DESCRIBE or SELECT query");
        }
        return parsed;
    }
}
