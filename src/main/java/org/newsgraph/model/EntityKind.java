package org.newsgraph.model;

/** What a named thing in the graph is. */
public enum EntityKind {
    PERSON, COUNTRY, ORGANISATION, OUTLET
}
