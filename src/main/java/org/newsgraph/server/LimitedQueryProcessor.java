package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query handler with a cap on the size of an answer. A query's LIMIT is lowered to the
 * cap (SELECT: rows; CONSTRUCT and DESCRIBE: solutions of the WHERE clause). SELECT rows are read in
 * full before the first byte is sent, so a query that runs out of time gets an error status instead of
 * a 200 response cut off half-way; when rows were dropped the response says so in a header.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    /** Set to "true" on a SELECT response that holds only the first maxResults rows. */
    static final String TRUNCATED_HEADER = "Newsgraph-Results-Truncated";

    private final int maxResults;

    LimitedQueryProcessor(int maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            // one row more than allowed tells a complete answer from a cut one
            long cap = query.isSelectType() ? maxResults + 1L : maxResults;
            if (!query.hasLimit() || query.getLimit() > cap) {
                query.setLimit(cap);
            }
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() < maxResults && rows.hasNext()) {
            kept.add(rows.next());
        }
        if (rows.hasNext()) {
            action.setResponseHeader(TRUNCATED_HEADER, "true");
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
