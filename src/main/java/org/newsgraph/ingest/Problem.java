package org.newsgraph.ingest;

import java.util.Objects;

/** Something that could not be read or processed: where (file, line or article), at which stage, and why. */
public record Problem(String location, String stage, String message) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(String file, long line, String stage, String message) {
        return new Problem(file + ":" + line, stage, message);
    }

    @Override
    public String toString() {
        return location + ": " + stage + ": " + message;
    }
}
