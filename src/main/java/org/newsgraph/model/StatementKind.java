package org.newsgraph.model;

import java.util.Locale;

/** The small CAMEO-like scale of ../shared/gold/README.md. */
public enum StatementKind {
    CRITICIZE, THREATEN, SUPPORT, DEMAND;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StatementKind fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
