package org.newsgraph.gazetteer;

/** What a gazetteer phrase names. */
public enum NameType {
    /** A country by name or alias: "Russia", "the DPRK". */
    COUNTRY,
    /** A country's adjective: "Russian", "North Korean". */
    DEMONYM,
    /** A capital or seat of government standing for its state: "Washington", "the Kremlin". */
    SEAT,
    /** An international organisation, government body or other organisation. */
    ORGANISATION,
    /** A news outlet or state medium. */
    OUTLET,
    /** A post title: "President", "Minister of Foreign Affairs". */
    ROLE,
    /** A place inside a state ("Ohio", "El Paso"): it says whose a post is, but does not act. */
    PLACE,
    /** A generic agent of a state in a user's agents.tsv: "police", "armed forces" ("Ruritanian police"). */
    AGENT
}
