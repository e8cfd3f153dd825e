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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.export.DateRange;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportRequest;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.ViewFilter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F -o FILE}: write the store as RDF, its view graph for Gephi, Cytoscape, Graphviz, or its events as CSV. */
@Command(name = "export", description = {
        "Export the graph: turtle, ntriples, rdfxml (all articles merged), trig, nquads, jsonld (a graph per article);",
        "the view graph (persons, countries, organisations, treaties; facts as edges): graphml, gexf, cytoscape, dot;",
        "or csv-events: one CSV line per statement, post and treaty signing (columns: see README.md)."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, ntriples, rdfxml, trig, nquads, jsonld, graphml, gexf, cytoscape, dot, csv-events (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: standard output)")
    Path output;

    @Option(names = "--no-text", description = {"leave the article texts and evidence sentences out (offsets, titles and quotes stay):",
            "for sharing an export without republishing the articles"})
    boolean noText;

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "graph formats: restrict the view to a CONSTRUCT (its triples) or SELECT (the nodes it names)")
    Path query;

    @Option(names = "--min-confidence", paramLabel = "X", description = "graph formats and csv-events: keep facts of at least this confidence")
    Double minConfidence;

    @Option(names = "--since", paramLabel = "DATE", description = "graph formats and csv-events: keep facts dated on or after DATE (yyyy[-mm[-dd]])")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "graph formats and csv-events: keep facts dated on or before DATE (yyyy[-mm[-dd]])")
    String until;

    @Option(names = "--country", paramLabel = "ISO3", description = "graph formats and csv-events: keep facts that involve this country")
    String country;

    @Override
    public Integer call() {
        ExportRequest request;
        try {
            request = new ExportRequest(ExportFormat.of(format), noText, filter(), restriction());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        var server = store.server("export");
        if (server.isPresent()) {
            ObjectNode options = new ObjectMapper().createObjectNode().put("format", request.format().id()).put("noText", noText)
                    .put("minConfidence", minConfidence == null ? 0.0 : minConfidence).put("since", since).put("until", until)
                    .put("country", country).put("query", queryText());
            return writeTo(out -> {
                server.get().export(options, out);
                return "written by the server at " + server.get().url() + " as " + request.format();
            });
        }
        try (GraphStore graphStore = store.open()) {
            Exporter exporter = new Exporter(graphStore, System.err::println);
            return writeTo(out -> exporter.write(request, out));
        }
    }

    /** Where the export goes: standard output, or a file written whole or not at all. */
    interface Target {
        String write(OutputStream out) throws IOException;
    }

    int writeTo(Target target) {
        try {
            if (output == null) {
                report(target.write(new FilterOutputStream(System.out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // standard output stays open for whoever runs us
                    }
                }));
                System.out.flush();
                return 0;
            }
            Path file = output.toAbsolutePath();
            Files.createDirectories(file.getParent());
            // written to a temporary file first, so a failed export never leaves half a file behind; not made with
            // Files.createTempFile, whose owner-only permissions the finished file would keep
            Path temporary = file.resolveSibling(".export-" + UUID.randomUUID() + ".tmp");
            try {
                String summary;
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    summary = target.write(out);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                report(summary == null ? null : summary + " to " + output);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return 0;
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("error: export to " + (output == null ? "standard output" : output) + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static void report(String summary) {
        if (summary != null) {
            System.err.println("export: " + summary);
        }
    }

    ViewFilter filter() {
        LocalDate from = since == null ? null : DateRange.parse(since).first();
        LocalDate to = until == null ? null : DateRange.parse(until).last();
        String iso = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        return new ViewFilter(minConfidence == null ? 0.0 : minConfidence, from, to, iso);
    }

    /** The text of --query, checked to parse; null without it. */
    String queryText() {
        if (query == null) {
            return null;
        }
        try {
            return Files.readString(query);
        } catch (IOException e) {
            throw new IllegalArgumentException(query + ": cannot read the query: "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    private Query restriction() {
        String text = queryText();
        if (text == null) {
            return null;
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(query + ": not valid SPARQL: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
