package org.newsgraph.spark;

import java.util.Locale;

/** What a job did, counted as a build counts: read, written (a build's stored), skipped, failed. */
record JobSummary(long files, long read, long written, long skipped, long failed, long warnings, long facts, long quads,
                  long notEnglish, int partitions, double seconds) {
    boolean ok() {
        return failed == 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d input files, %d articles read, %d written, %d skipped, %d failed%s; %d facts, %,d quads; "
                        + "%d partitions; %.1f s (%.1f articles/s)%s",
                files, read, written, skipped, failed,
                notEnglish > 0 ? String.format(Locale.ROOT, ", %d not in English (written without facts)", notEnglish) : "",
                facts, quads, partitions, seconds, seconds > 0 ? read / seconds : 0,
                failed + skipped + warnings > 0 ? "; every problem is a line of problems/" : "");
    }
}
