package org.newsgraph.server;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REGEX (and fn:matches) with Jena's pattern rules, matched over text that checks the query's
 * cancel signal, so a backtracking pattern stops when the query times out.
 */
final class SafeRegex extends ExprFunctionN {
    /** Compiled once when pattern and flags are constants, as Jena's own E_Regex does. */
    private final Pattern constant;

    SafeRegex(ExprList args) {
        super("regex", args);
        this.constant = constantPattern("regex", args.size() > 1 ? args.get(1) : null, args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(ExprLimits.cancellable(text, env)).find());
    }

    /** Without the query's context there is no cancel signal: never folded while the query is planned, always run in it. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated in the query only");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeRegex(newArgs);
    }

    static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(label + ": pattern and flags must be strings");
        }
        String flagText = flags == null ? null : flags.getString();
        if (flagText != null && !flagText.matches("[smixq]*")) {
            throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags: " + flagText);
        }
        return RegexEngine.makePattern(label, pattern.getString(), flagText);
    }

    /** The compiled pattern when both pattern and flags are string constants, else null (compiled per row). */
    static Pattern constantPattern(String label, Expr pattern, Expr flags) {
        boolean constant = pattern != null && pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        return constant ? pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }
}
