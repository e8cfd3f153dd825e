package org.newsgraph.export;

import org.newsgraph.rdf.NG;

/**
 * What a fact edge of the view graph says. Each relation is named by the RDF term that carries it in the
 * store: org:postIn for a post, ng:signatory and ng:party for a treaty signing, the statement kind.
 */
public enum Relation {
    HOLDS_POST_IN("holds post in", "http://www.w3.org/ns/org#postIn"),
    SIGNED("signed", NG.signatory.getURI()),
    PARTY_TO("party to", NG.party.getURI()),
    CRITICIZED("criticized", NG.criticize.getURI()),
    THREATENED("threatened", NG.threaten.getURI()),
    SUPPORTED("supported", NG.support.getURI()),
    DEMANDED("demanded", NG.demand.getURI());

    private final String label;
    private final String iri;

    Relation(String label, String iri) {
        this.label = label;
        this.iri = iri;
    }

    /** How a person reads it: "holds post in", "party to", "criticized". */
    public String label() {
        return label;
    }

    /** A token without spaces for ids and DOT: holds-post-in, party-to, criticized. */
    public String token() {
        return label.replace(' ', '-');
    }

    /** The relation an RDF term stands for, or null if it is none of ours. */
    public static Relation ofIri(String iri) {
        for (Relation relation : values()) {
            if (relation.iri.equals(iri)) {
                return relation;
            }
        }
        return null;
    }
}
