package org.newsgraph.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the problems of a run, reporting each on its own line as it happens; thread-safe. Every problem
 * is reported and counted; only the first {@value #KEPT} are kept in memory, so a corpus of a million bad
 * lines does not fill the heap. With fail-fast, the first error stops the run by throwing {@link Stop}.
 */
public final class Problems {
    static final int KEPT = 10_000;

    private final List<Problem> kept = new ArrayList<>();
    private final Map<Problem.Severity, Long> counts = new EnumMap<>(Problem.Severity.class);
    private final Map<String, Long> errorsByStage = new HashMap<>();
    private final PrintStream report;
    private final boolean failFast;

    public Problems(PrintStream report) {
        this(report, false);
    }

    public Problems(PrintStream report, boolean failFast) {
        this.report = report;
        this.failFast = failFast;
    }

    public static Problems silent() {
        return new Problems(null);
    }

    /** Records and reports a problem; with fail-fast, an error then throws {@link Stop}. */
    public void add(Problem problem) {
        synchronized (this) {
            if (kept.size() < KEPT) {
                kept.add(problem);
            }
            counts.merge(problem.severity(), 1L, Long::sum);
            if (problem.severity() == Problem.Severity.ERROR) {
                errorsByStage.merge(problem.stage(), 1L, Long::sum);
            }
            if (report != null) {
                report.println(problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem);
            }
        }
        if (failFast && problem.severity() == Problem.Severity.ERROR) {
            throw new Stop(problem);
        }
    }

    /** The problems kept (all of them, up to {@value #KEPT}). */
    public synchronized List<Problem> all() {
        return List.copyOf(kept);
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The number of problems reported, of every severity. */
    public synchronized long size() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized long count(Problem.Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** The number of errors reported at a stage ("read", "extract", "store"). */
    public synchronized long errors(String stage) {
        return errorsByStage.getOrDefault(stage, 0L);
    }

    /** Thrown by {@link #add} in fail-fast mode at the first error: the run stops there. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Stop(Problem problem) {
            super("stopped at the first error (--fail-fast): " + problem, null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
