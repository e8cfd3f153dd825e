package org.newsgraph.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What the guarded SPARQL functions share: the longest string one call may build, how many characters of
 * long strings one query may build in all (a million rows of one 1 MB string each would pass the first
 * limit), and the query's cancel signal.
 */
final class ExprLimits {
    /** Four million characters: four times the longest article text that build stores (--max-chars), 8 MB of heap at most. */
    static final int MAX_STRING = 4_000_000;
    /** Strings at least this long count against the query's budget; shorter ones are bounded by the rows. */
    static final int COUNTED_FROM = 1_000;
    /** 64 million characters of long strings per query: 128 MB of heap at most. */
    static final long QUERY_BUDGET = 64_000_000;
    /** Where a query's context holds its running count of long-string characters. */
    static final Symbol BUDGET = Symbol.create("https://w3id.org/newsgraph/server#stringBudget");

    private ExprLimits() {
    }

    /** Throws unless a string of {@code length} characters may be built by {@code function}. */
    static void checkLength(long length, String function) {
        if (length > MAX_STRING) {
            throw new QueryLimitException(function + " would build a string of " + length + " characters; the limit is " + MAX_STRING);
        }
    }

    /** Gives {@code context} (a query's own) a fresh count of built characters. */
    static void startBudget(Context context) {
        context.set(BUDGET, new AtomicLong());
    }

    /** Counts a built string of {@code length} characters against the query's budget; throws past it. */
    static void charge(FunctionEnv env, long length, String function) {
        checkLength(length, function);
        if (length >= COUNTED_FROM) {
            spend(env, length, function);
        }
    }

    /** Counts {@code chars} more characters of long strings against the query's budget; throws past it. */
    static void spend(FunctionEnv env, long chars, String function) {
        Object budget = env == null || env.getContext() == null ? null : env.getContext().get(BUDGET);
        if (budget instanceof AtomicLong used && used.addAndGet(chars) > QUERY_BUDGET) {
            throw new QueryLimitException("the query built more than " + QUERY_BUDGET + " characters of long strings (" + function + ")");
        }
    }

    /** {@code text} for java.util.regex, read through a check of the query's cancel signal. */
    static CharSequence cancellable(String text, FunctionEnv env) {
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        return cancel == null ? text : new CancellableText(text, cancel);
    }

    /**
     * A string whose reads stop once the query is cancelled. Java's regex matcher cannot be interrupted and
     * a backtracking pattern can run for hours on one short string, but every step of it reads the input
     * through charAt, so the timeout's cancel signal is checked there.
     */
    private static final class CancellableText implements CharSequence {
        /** A volatile read every few thousand steps costs nothing measurable and stops a match within microseconds. */
        private static final int CHECK_EVERY = 4096;

        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        CancellableText(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (cancel.get()) {
                    throw new QueryCancelledException();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
