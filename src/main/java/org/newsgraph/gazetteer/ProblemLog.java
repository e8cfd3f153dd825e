package org.newsgraph.gazetteer;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.gazetteer.GazetteerProblem.Severity;

/** Collects the problems found while a gazetteer loads, in the order found. */
final class ProblemLog {
    private final List<GazetteerProblem> problems = new ArrayList<>();

    void error(DataFile.Row row, String message) {
        problems.add(new GazetteerProblem(Severity.ERROR, row.origin(), row.line(), message));
    }

    void warning(DataFile.Row row, String message) {
        problems.add(new GazetteerProblem(Severity.WARNING, row.origin(), row.line(), message));
    }

    void error(String origin, String message) {
        problems.add(new GazetteerProblem(Severity.ERROR, origin, 0, message));
    }

    void warning(String origin, String message) {
        problems.add(new GazetteerProblem(Severity.WARNING, origin, 0, message));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(GazetteerProblem::isError);
    }

    List<GazetteerProblem> list() {
        return List.copyOf(problems);
    }
}
