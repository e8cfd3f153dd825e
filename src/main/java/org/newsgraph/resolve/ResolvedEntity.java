package org.newsgraph.resolve;

import java.util.List;
import java.util.SortedSet;

/**
 * One node of the store after resolution: its IRI, kind, preferred name and every other name, the articles' entities
 * it was made of (each with its reason, explanation and confidence), the dictionary's name for it (or null), and the
 * IRIs earlier builds may have given it (written as owl:sameAs, so old queries keep working).
 */
public record ResolvedEntity(String iri, String kind, String prefLabel, SortedSet<String> altLabels, List<Member> members,
                             String dictionaryName, SortedSet<String> formerIris) {
    /** Why one article's entity is this node. */
    public record Member(LocalEntity local, String reason, String explanation, double confidence) {
    }
}
