package org.newsgraph.server;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/** GROUP_CONCAT (with or without DISTINCT) that stops at {@link ExprLimits#MAX_STRING}: one big group cannot build a gigabyte string. */
final class BoundedGroupConcat {
    private BoundedGroupConcat() {
    }

    /** The bounded form of a GROUP_CONCAT aggregator; any other aggregator as it is. */
    static Aggregator of(Aggregator aggregator) {
        if (aggregator instanceof Plain || aggregator instanceof Distinct) {
            return aggregator;
        }
        if (aggregator instanceof AggGroupConcat plain) {
            return new Plain(plain.getExprList().get(0), plain.getSeparator());
        }
        if (aggregator instanceof AggGroupConcatDistinct distinct) {
            return new Distinct(distinct.getExprList().get(0), distinct.getSeparator());
        }
        return aggregator;
    }

    private static final class Plain extends AggGroupConcat {
        private final String separator;

        Plain(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joiner(getExprList().get(0), false, separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), separator);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final String separator;

        Distinct(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joiner(getExprList().get(0), true, separator);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator);
        }
    }

    /** Jena's GROUP_CONCAT accumulator with the length checked at every value. */
    private static final class Joiner extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Joiner(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            long before = joined.length();
            ExprLimits.checkLength(before + separator.length() + text.length(), "GROUP_CONCAT");
            if (!first) {
                joined.append(separator);
            }
            joined.append(text);
            first = false;
            // the budget counts what a long group string grows by
            if (joined.length() >= ExprLimits.COUNTED_FROM) {
                ExprLimits.spend(env, joined.length() - before, "GROUP_CONCAT");
            }
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }
}
