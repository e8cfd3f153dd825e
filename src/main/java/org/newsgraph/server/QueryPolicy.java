package org.newsgraph.server;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What the endpoint lets a query do, checked and enforced on its syntax (subqueries, EXISTS and aggregates
 * included): SERVICE (a request to another server) only when allowed; extension functions only from a list
 * that cannot sleep, print, call other functions by name or build unbounded strings; REGEX and REPLACE that
 * stop with the query's timeout; CONCAT, REPLACE, GROUP_CONCAT and the growing functions bounded in length.
 */
final class QueryPolicy {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    private static final String AFN = ARQConstants.ARQFunctionLibraryURI;
    /** fn:apply calls any function by name; fn:error only throws. Every other XPath function is plain. */
    private static final Set<String> FN_DENIED = Set.of(FN + "apply");
    /** The ARQ functions a query may use; the rest of that namespace (wait, print, sprintf, eval, ...) is refused. */
    private static final Set<String> AFN_ALLOWED = Set.of("localname", "namespace", "sha1sum", "now", "min", "max", "pi", "e", "sqrt",
            "strlen", "substr", "substring", "bnode", "timezone", "adjust-to-timezone", "system-timezone", "version");

    private final boolean allowService;

    QueryPolicy(boolean allowService) {
        this.allowService = allowService;
    }

    /** The query with REGEX, REPLACE, CONCAT, GROUP_CONCAT and the growing functions replaced by bounded ones. */
    Query apply(Query query) {
        Rewrite rewrite = new Rewrite(new ServiceCheck());
        return QueryTransformOps.transform(query, rewrite.elements, rewrite);
    }

    /** The element (an update's WHERE) with SERVICE checked and the same rewriting. */
    Element apply(Element element) {
        Rewrite rewrite = new Rewrite(new ServiceCheck());
        return ElementTransformer.transform(element, rewrite.elements, rewrite);
    }

    /** Refuses SERVICE unless it is allowed. */
    private final class ServiceCheck extends ElementTransformCopyBase {
        @Override
        public Element transform(ElementService el, Node service, Element elt1) {
            if (!allowService) {
                throw new PolicyException("SERVICE " + (service.isURI() ? "<" + service.getURI() + ">" : service)
                        + " is refused: this endpoint makes no requests to other servers (serve --allow-service opts in)");
            }
            return super.transform(el, service, elt1);
        }
    }

    /** Replaces the expressions that could run on after a timeout or build strings without bound. */
    private static final class Rewrite extends ExprTransformApplyElementTransform {
        final ServiceCheck elements;

        Rewrite(ServiceCheck elements) {
            super(elements);
            this.elements = elements;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Call) {
                throw new PolicyException("CALL is refused: it names its function at run time");
            }
            if (func instanceof E_Regex) {
                return new SafeRegex(args);
            }
            if (func instanceof E_StrReplace) {
                return new SafeReplace(args);
            }
            if (func instanceof E_StrConcat) {
                return new SafeConcat(args, false);
            }
            if (func instanceof E_Function call) {
                String iri = call.getFunctionIRI();
                checkAllowed(iri);
                if (iri.equals(FN + "matches")) {
                    return new SafeRegex(args);
                }
                if (iri.equals(FN + "replace")) {
                    return new SafeReplace(args);
                }
                if (iri.equals(FN + "concat")) {
                    return new SafeConcat(args, true);
                }
                return new LengthGuard(super.transform(func, args));
            }
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr expr1) {
            Expr copy = super.transform(func, expr1);
            boolean grows = func instanceof E_StrEncodeForURI || func instanceof E_StrUpperCase || func instanceof E_StrLowerCase;
            return grows ? new LengthGuard(copy) : copy;
        }

        @Override
        public Expr transform(ExprAggregator eAgg) {
            Aggregator aggregator = eAgg.getAggregator();
            ExprList exprs = aggregator.getExprList();
            if (exprs != null && !exprs.isEmpty()) {
                aggregator = aggregator.copy(ExprTransformer.transform(this, exprs));
            }
            return new ExprAggregator(eAgg.getVar(), BoundedGroupConcat.of(aggregator));
        }

        private static void checkAllowed(String iri) {
            boolean allowed = iri.startsWith(XSD) || iri.startsWith(MATH)
                    || iri.startsWith(FN) && !FN_DENIED.contains(iri)
                    || iri.startsWith(AFN) && AFN_ALLOWED.contains(iri.substring(AFN.length()));
            if (!allowed) {
                throw new PolicyException("function <" + iri + "> is refused on this endpoint");
            }
        }
    }

    /** A query this endpoint will not run, with the reason for the client. */
    static final class PolicyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PolicyException(String message) {
            super(message);
        }
    }
}
