package org.newsgraph.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a run, reporting each as it happens; thread-safe. */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();
    private final PrintStream report;

    public Problems(PrintStream report) {
        this.report = report;
    }

    public static Problems silent() {
        return new Problems(null);
    }

    public synchronized void add(Problem problem) {
        problems.add(problem);
        if (report != null) {
            report.println("error: " + problem);
        }
    }

    public synchronized List<Problem> all() {
        return List.copyOf(problems);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    public synchronized int size() {
        return problems.size();
    }
}
