package org.newsgraph.export;

import java.util.Locale;

import org.newsgraph.rdf.NG;

/** What a node of the view graph stands for; {@code OTHER} for an endpoint whose type the store does not give. */
public enum NodeType {
    PERSON(NG.Person.getURI()), COUNTRY(NG.Country.getURI()), ORGANISATION(NG.Organisation.getURI()),
    OUTLET(NG.NewsOutlet.getURI()), TREATY(NG.Treaty.getURI()), OTHER(null);

    private final String classIri;

    NodeType(String classIri) {
        this.classIri = classIri;
    }

    /** The lower-case name the exports write: person, country, organisation, outlet, treaty, other. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for an RDF class IRI, OTHER if it is none of ours. */
    public static NodeType ofClass(String iri) {
        for (NodeType type : values()) {
            if (type.classIri != null && type.classIri.equals(iri)) {
                return type;
            }
        }
        return OTHER;
    }
}
