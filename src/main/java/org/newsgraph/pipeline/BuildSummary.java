package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.ingest.Problem;

/** What a build did: articles read, stored, skipped and failed, facts found, and every problem. */
public record BuildSummary(long read, long stored, long skipped, long failed, long facts, long tokens,
                           double seconds, List<Problem> problems) {
    public BuildSummary {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public double articlesPerSecond() {
        return seconds > 0 ? stored / seconds : 0;
    }

    @Override
    public String toString() {
        return String.format("%d articles read, %d stored, %d skipped, %d failed; %d facts; %.1f s (%.1f articles/s)%s",
                read, stored, skipped, failed, facts, seconds, articlesPerSecond(),
                problems.isEmpty() ? "" : "; " + problems.size() + " problem(s) reported above");
    }
}
