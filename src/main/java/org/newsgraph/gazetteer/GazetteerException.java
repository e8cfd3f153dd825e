package org.newsgraph.gazetteer;

import java.util.List;
import java.util.stream.Collectors;

/** A dictionary folder with errors: the gazetteer is not built. The message holds one line per error. */
public final class GazetteerException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<GazetteerProblem> problems;

    public GazetteerException(List<GazetteerProblem> problems) {
        super(problems.stream().filter(GazetteerProblem::isError).map(GazetteerProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, warnings included. */
    public List<GazetteerProblem> problems() {
        return problems;
    }
}
