package org.newsgraph.model;

/** Something an article says, with where it says it. */
public sealed interface Fact permits RoleFact, TreatyFact, StatementFact, QuotationFact {
    Provenance provenance();

    /** What makes two facts of one article the same fact; it feeds the fact's IRI. */
    String identity();
}
