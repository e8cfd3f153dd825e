package org.newsgraph.server;

import org.apache.jena.query.QueryDeniedException;

/**
 * A query stopped because it went past one of the server's limits. Not an expression error: SPARQL would
 * quietly turn that into an unbound value or a false filter, and the client would never know; Fuseki
 * answers this one with 422 and the message.
 */
final class QueryLimitException extends QueryDeniedException {
    private static final long serialVersionUID = 1L;

    QueryLimitException(String message) {
        super(message);
    }
}
