package org.newsgraph.server;

import java.util.List;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * CONCAT (and fn:concat) that adds up its arguments' lengths before it builds anything: twenty
 * CONCAT(?s, ?s) in a row, or one CONCAT of a thousand copies, would otherwise fill the heap.
 */
final class SafeConcat extends ExprFunctionN {
    /** fn:concat takes any atomic value and gives xsd:string; CONCAT keeps a shared language tag. */
    private final boolean xpath;

    SafeConcat(ExprList args, boolean xpath) {
        super("concat", args);
        this.xpath = xpath;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        ExprLimits.charge(env, length(args), "CONCAT");
        return xpath ? XSDFuncOp.fnConcat(args) : XSDFuncOp.strConcat(args);
    }

    /** Constant folding while the query is planned: only the per-call limit applies. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        ExprLimits.checkLength(length(args), "CONCAT");
        return xpath ? XSDFuncOp.fnConcat(args) : XSDFuncOp.strConcat(args);
    }

    private static long length(List<NodeValue> args) {
        long length = 0;
        for (NodeValue arg : args) {
            length += arg.asNode().isLiteral() ? arg.asNode().getLiteralLexicalForm().length() : 0;
        }
        return length;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeConcat(newArgs, xpath);
    }
}
