package org.newsgraph.gazetteer;

/**
 * One thing wrong with, or worth knowing about, a dictionary folder: where ({@code origin} is the file or folder,
 * {@code line} 0 when the problem is not one line's) and why. Printed as {@code FILE:LINE: error: reason}.
 */
public record GazetteerProblem(Severity severity, String origin, int line, String message) {
    /** An error stops a build before it starts; a warning is printed and the build goes on. */
    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + severity.label() + ": " + message;
    }
}
