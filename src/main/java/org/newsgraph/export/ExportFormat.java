package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;

/**
 * What {@code export} writes: RDF (merged into one graph, or a graph per article), the view graph for graph
 * tools, or the flat event table. One place to add a format.
 */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY, false), NTRIPLES("ntriples", RDFFormat.NTRIPLES, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, false), TRIG("trig", RDFFormat.TRIG_PRETTY, true),
    NQUADS("nquads", RDFFormat.NQUADS, true), JSONLD("jsonld", RDFFormat.JSONLD11, true),
    GRAPHML("graphml", ViewFormat.GRAPHML), GEXF("gexf", ViewFormat.GEXF), CYTOSCAPE("cytoscape", ViewFormat.CYTOSCAPE),
    DOT("dot", ViewFormat.DOT), CSV_EVENTS("csv-events", null, false);

    private final String id;
    private final RDFFormat rdf;
    private final boolean quads;
    private final ViewFormat view;

    ExportFormat(String id, RDFFormat rdf, boolean quads) {
        this.id = id;
        this.rdf = rdf;
        this.quads = quads;
        this.view = null;
    }

    ExportFormat(String id, ViewFormat view) {
        this.id = id;
        this.rdf = null;
        this.quads = false;
        this.view = view;
    }

    /** The name on the command line: turtle, csv-events, ... */
    public String id() {
        return id;
    }

    /** The RDF serialisation, or null for the view and table formats. */
    public RDFFormat rdf() {
        return rdf;
    }

    /** True for the formats that keep a graph per article (trig, nquads, jsonld). */
    public boolean quads() {
        return quads;
    }

    /** The graph-tool format, or null. */
    public ViewFormat view() {
        return view;
    }

    /** True when --min-confidence, --since, --until and --country apply: the view formats and the event table. */
    public boolean filtered() {
        return view != null || this == CSV_EVENTS;
    }

    /** The format of a command-line name (case-insensitive); throws IllegalArgumentException listing them otherwise. */
    public static ExportFormat of(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; one of: " + names());
    }

    /** "turtle, ntriples, ..., csv-events". */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
