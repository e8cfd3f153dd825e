package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query handler with the endpoint's limits. A query's LIMIT is lowered to the cap (SELECT:
 * rows; CONSTRUCT and DESCRIBE: solutions of the WHERE clause). SELECT rows are read in full before the
 * first byte is sent, so a query that runs out of time gets an error status instead of a 200 response cut
 * off half-way; when rows were dropped (too many, or too much text) the response says so in a header.
 * {@link QueryPolicy} refuses what the endpoint does not do (400) and bounds what it does.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    /** Set to "true" on a SELECT response that holds only the first maxResults rows. */
    static final String TRUNCATED_HEADER = "Newsgraph-Results-Truncated";
    /** Characters of text (IRIs and literals) one SELECT answer may hold: 128 MB of heap at most while it waits to be sent. */
    static final long MAX_RESULT_CHARS = 64_000_000;

    private final int maxResults;
    private final QueryPolicy policy;
    private final HeapGuard heap;

    LimitedQueryProcessor(int maxResults, QueryPolicy policy, HeapGuard heap) {
        this.maxResults = maxResults;
        this.policy = policy;
        this.heap = heap;
    }

    /** Tells a query the heap guard stopped from one that ran out of time. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            if (heap.finished()) {
                throw new QueryLimitException("query stopped: it held more of the server's memory than any other while the heap was "
                        + Math.round(HeapGuard.PRESSURE * 100) + "% full");
            }
            throw e;
        } finally {
            heap.finished();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            policy.apply(query);
        } catch (QueryPolicy.PolicyException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            // one row more than allowed tells a complete answer from a cut one
            long cap = query.isSelectType() ? maxResults + 1L : maxResults;
            if (!query.hasLimit() || query.getLimit() > cap) {
                query.setLimit(cap);
            }
        }
    }

    /** Runs the bounded form of the query, with its own budget of built strings. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, policy.apply(query), dataset);
        ExprLimits.startBudget(exec.getContext());
        heap.started(exec);
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Binding> kept = new ArrayList<>();
        long chars = 0;
        while (kept.size() < maxResults && chars <= MAX_RESULT_CHARS && rows.hasNext()) {
            Binding row = rows.next();
            chars += chars(row);
            kept.add(row);
        }
        if (chars > MAX_RESULT_CHARS) {
            kept.remove(kept.size() - 1);
            action.setResponseHeader(TRUNCATED_HEADER, "true");
        } else if (rows.hasNext()) {
            action.setResponseHeader(TRUNCATED_HEADER, "true");
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }

    private static long chars(Binding row) {
        long chars = 0;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
            Node node = row.get(vars.next());
            if (node.isLiteral()) {
                chars += node.getLiteralLexicalForm().length();
            } else if (node.isURI()) {
                chars += node.getURI().length();
            }
        }
        return chars;
    }
}
