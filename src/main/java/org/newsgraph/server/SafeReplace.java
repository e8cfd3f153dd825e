package org.newsgraph.server;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REPLACE (and fn:replace) as Jena computes it, matched over cancellable text and stopped once the
 * result passes {@link ExprLimits#MAX_STRING}: replacing every character by a long string multiplies.
 */
final class SafeReplace extends ExprFunctionN {
    private final Pattern constant;

    SafeReplace(ExprList args) {
        super("replace", args);
        this.constant = SafeRegex.constantPattern("REPLACE", args.size() > 1 ? args.get(1) : null, args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        if (args.size() < 3) {
            throw new ExprEvalException("REPLACE needs a string, a pattern and a replacement");
        }
        Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : SafeRegex.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String text = input.getLiteralLexicalForm();
        String result = replaceAll(pattern.matcher(ExprLimits.cancellable(text, env)), replacement);
        if (result == null || result.equals(text)) {
            return args.get(0);
        }
        ExprLimits.charge(env, result.length(), "REPLACE");
        return NodeValue.makeNode(NodeFactory.createLiteral(result, input.getLiteralLanguage(), input.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated in the query only");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeReplace(newArgs);
    }

    /** Jena's XSDFuncOp.replaceAll (one empty match only, then none) with the length checked after every step. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder out = null;
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
                ExprLimits.checkLength(out.length(), "REPLACE");
            }
            if (out == null) {
                return null;
            }
            matcher.appendTail(out);
            ExprLimits.checkLength(out.length(), "REPLACE");
            return out.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
    }
}
