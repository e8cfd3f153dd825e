package org.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.newsgraph.export.DateRange;

/**
 * Runs a preset with the user's parameter values: each value is checked against its parameter's type and bound
 * to the query's variable by Jena's substitution (a node, never text pasted into the query), within the server's
 * timeout and row limit. Answers in SPARQL JSON, or CSV to download.
 */
final class PresetRunner {
    private final Dataset dataset;
    private final Duration timeout;
    private final int maxRows;

    PresetRunner(Dataset dataset, Duration timeout, int maxRows) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /** A run's rows, and whether the row limit cut them. */
    record Rows(List<String> vars, List<Binding> rows, boolean truncated) {
    }

    /** The nodes the given values bind, by parameter; blank values are left unbound. IllegalArgumentException names a bad one. */
    static Map<Var, Node> bind(Presets.Preset preset, Function<String, String> values) {
        Map<Var, Node> bound = new LinkedHashMap<>();
        for (Presets.Param param : preset.params()) {
            String value = values.apply(param.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            bound.put(Var.alloc(param.name()), node(param, value.strip()));
        }
        return bound;
    }

    private static Node node(Presets.Param param, String value) {
        return switch (param.type()) {
            case "country" -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(param.name() + " must be an ISO 3166-1 alpha-3 code such as RUS: '" + value + "'");
                }
                yield NodeFactory.createLiteralString(code);
            }
            case "person", "entity", "fact" -> {
                String problem = ApiServlet.checkIri(value);
                if (problem != null) {
                    throw new IllegalArgumentException(param.name() + ": " + problem);
                }
                yield NodeFactory.createURI(value);
            }
            case "since" -> NodeFactory.createLiteralString(DateRange.parse(value).first().toString());
            case "until" -> NodeFactory.createLiteralString(DateRange.parse(value).last().toString());
            default -> throw new IllegalStateException("parameter type " + param.type());
        };
    }

    /** Runs the preset; call inside a read transaction. */
    Rows run(Presets.Preset preset, Map<Var, Node> bound) {
        Query query = QueryFactory.create(preset.query());
        if (!query.hasLimit() || query.getLimit() > maxRows + 1L) {
            query.setLimit(maxRows + 1L);
        }
        QueryExecBuilder builder = QueryExec.dataset(dataset.asDatasetGraph()).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        bound.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() < maxRows) {
                kept.add(rows.next());
            }
            return new Rows(rows.getResultVars().stream().map(Var::getVarName).toList(), kept, rows.hasNext());
        }
    }

    static void writeJson(Rows rows, OutputStream out) {
        ResultSetFormatter.outputAsJSON(out, resultSet(rows));
    }

    static void writeCsv(Rows rows, OutputStream out) throws IOException {
        ResultSetFormatter.outputAsCSV(out, resultSet(rows));
        out.flush();
    }

    private static ResultSet resultSet(Rows rows) {
        return ResultSet.adapt(RowSetStream.create(rows.vars().stream().map(Var::alloc).toList(), rows.rows().iterator()));
    }
}
