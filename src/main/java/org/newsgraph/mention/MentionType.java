package org.newsgraph.mention;

/** What a stretch of tokens in a sentence refers to. */
public enum MentionType {
    COUNTRY, DEMONYM, SEAT, ORGANISATION, OUTLET, ROLE, PERSON, PRONOUN,
    /** a place inside a state ("Ohio", "El Paso"); its entity is that state */
    PLACE;

    /** Mentions that can speak, be spoken of, or sign: persons, countries and organisations. */
    public boolean isActor() {
        return this == COUNTRY || this == SEAT || this == ORGANISATION || this == PERSON || this == PRONOUN;
    }
}
