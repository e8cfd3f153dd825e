package org.newsgraph.ingest;

import java.util.Objects;

/**
 * Something that could not be read or processed: where (file, line, item or article), at which stage,
 * why, and how bad: an error fails the run, a warning keeps the article, a skip leaves it out on purpose.
 */
public record Problem(String location, String stage, String message, Severity severity) {
    /** How a problem counts in the summary and the exit status. */
    public enum Severity { ERROR, WARNING, SKIPPED }

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        // one problem, one line of the report, and nothing an input holds reaches the terminal as a control code
        message = CleanText.visible(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        location = CleanText.visible(location);
    }

    /** An error. */
    public Problem(String location, String stage, String message) {
        this(location, stage, message, Severity.ERROR);
    }

    /** An error at a line of a file. */
    public static Problem at(String file, long line, String stage, String message) {
        return new Problem(file + ":" + line, stage, message);
    }

    public static Problem warning(String location, String stage, String message) {
        return new Problem(location, stage, message, Severity.WARNING);
    }

    public static Problem skipped(String location, String stage, String message) {
        return new Problem(location, stage, message, Severity.SKIPPED);
    }

    @Override
    public String toString() {
        return location + ": " + stage + ": " + message;
    }
}
