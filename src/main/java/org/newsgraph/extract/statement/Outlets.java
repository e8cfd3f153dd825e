package org.newsgraph.extract.statement;

import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.model.Entity;

/** The outlet a sentence cites for what it reports: "as quoted by KCNA", "told Sputnik", "state media KCNA". */
final class Outlets {
    private Outlets() {
    }

    static Entity find(SentenceMentions sm) {
        for (Mention m : sm.mentions()) {
            if (m.type() == MentionType.OUTLET) {
                return m.entity();
            }
        }
        return null;
    }
}
