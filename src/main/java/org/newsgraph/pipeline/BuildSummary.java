package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.ingest.Problem;

/**
 * What a build did. {@code read}: articles read from the inputs; {@code stored}: written to the store;
 * {@code skipped}: left out on purpose (over the size limit, or already stored unchanged with --resume);
 * {@code failed}: inputs that could not be read plus articles that could not be extracted or stored;
 * {@code notEnglish}: articles stored without facts because their text is in another language.
 */
public record BuildSummary(long read, long stored, long skipped, long failed, long facts, double seconds,
                           boolean stoppedEarly, List<Problem> problems, long notEnglish) {
    public BuildSummary {
        problems = List.copyOf(problems);
    }

    /** True when nothing failed: the exit status is then 0. */
    public boolean ok() {
        return failed == 0 && !stoppedEarly;
    }

    public double articlesPerSecond() {
        return seconds > 0 ? read / seconds : 0;
    }

    @Override
    public String toString() {
        return String.format("%d articles read, %d stored, %d skipped, %d failed%s; %d facts; %.1f s (%.1f articles/s)%s%s",
                read, stored, skipped, failed,
                notEnglish > 0 ? String.format(", %d not in English (stored without facts)", notEnglish) : "",
                facts, seconds, articlesPerSecond(),
                failed + skipped > 0 ? "; each failure and skip is reported above" : "",
                stoppedEarly ? "; stopped early (--fail-fast, or a signal): what came after was not read" : "");
    }
}
