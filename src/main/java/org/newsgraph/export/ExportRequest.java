package org.newsgraph.export;

import java.util.Objects;

import org.apache.jena.query.Query;

/**
 * One export: the format, whether article texts are left out ({@link WithoutText}), the view filter (graph
 * formats and the event table) and the user's query that narrows a graph format's view (null for none).
 */
public record ExportRequest(ExportFormat format, boolean noText, ViewFilter filter, Query restriction) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        filter = filter == null ? ViewFilter.ALL : filter;
        if (restriction != null && format.view() == null) {
            throw new IllegalArgumentException("--query applies to the graph formats (graphml, gexf, cytoscape, dot), not to " + format);
        }
        if (!filter.equals(ViewFilter.ALL) && !format.filtered()) {
            throw new IllegalArgumentException("--min-confidence, --since, --until and --country apply to the graph formats "
                    + "(graphml, gexf, cytoscape, dot) and csv-events, not to " + format);
        }
        if (restriction != null && !(restriction.isConstructType() || restriction.isDescribeType() || restriction.isSelectType())) {
            throw new IllegalArgumentException("an export query must be a CONSTRUCT, DESCRIBE or SELECT query");
        }
    }
}
