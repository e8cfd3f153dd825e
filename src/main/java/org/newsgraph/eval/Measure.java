package org.newsgraph.eval;

/** The measures of ../shared/gold/README.md, in score.py's order; four of them make the headline KG F1. */
public enum Measure {
    ROLES_STRICT("roles_strict", true),
    ROLES_RELAXED("roles_relaxed", false),
    TREATIES("treaties", false),
    TREATY_SIGNATORIES("treaty_signatories", true),
    TREATY_PARTIES("treaty_parties", true),
    TREATY_DATE("treaty_date", false),
    TREATY_PLACE("treaty_place", false),
    STATEMENTS_STRICT("statements_strict", true),
    STATEMENTS_RELAXED("statements_relaxed", false);

    private final String key;
    private final boolean headline;

    Measure(String key, boolean headline) {
        this.key = key;
        this.headline = headline;
    }

    /** The name score.py gives it, also the key in the JSON report. */
    public String key() {
        return key;
    }

    /** Whether its F1 is one of the four the KG F1 averages. */
    public boolean headline() {
        return headline;
    }
}
