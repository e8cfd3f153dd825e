package org.newsgraph.server;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Passes on the value of the function it wraps unless it is a literal longer than {@link ExprLimits#MAX_STRING}.
 * Wraps the functions whose result can outgrow their input by a bounded factor (ENCODE_FOR_URI, UCASE,
 * extension functions), so that nesting them cannot multiply without end.
 */
final class LengthGuard extends ExprFunction1 {
    LengthGuard(Expr expr) {
        super(expr, "newsgraph-length-guard");
    }

    @Override
    public NodeValue eval(NodeValue value, FunctionEnv env) {
        if (value.asNode().isLiteral()) {
            ExprLimits.charge(env, value.asNode().getLiteralLexicalForm().length(), label());
        }
        return value;
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return eval(value, null);
    }

    private String label() {
        return getArg() instanceof ExprFunction function ? function.getFunctionPrintName(null) : "an expression";
    }

    @Override
    public Expr copy(Expr expr) {
        return new LengthGuard(expr);
    }

    /** Written as the wrapped expression: the guard is the server's business, not the query's. */
    @Override
    public String toString() {
        return getArg().toString();
    }
}
