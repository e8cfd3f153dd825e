package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.RoleFact;

/**
 * Who a bare post title stands for ("the President", "the ambassador"): the statement's author when the
 * author holds that post, else the person the article most recently gave it. A title followed by its own
 * name ("President Vladimir Putin") stands for nobody else.
 */
public final class RoleHolders {
    private RoleHolders() {
    }

    public static Entity holderOf(ArticleContext context, Mention role, SentenceMentions sentence) {
        Mention next = sentence.startingAt(role.end());
        if (next != null && next.type() == MentionType.PERSON) {
            return null;
        }
        List<Fact> facts = context.facts();
        Entity author = context.resolver().titlePerson();
        for (Fact fact : facts) {
            if (fact instanceof RoleFact held && held.current() && held.person().equals(author) && held.role().endsWith(role.roleLabel())) {
                return author;
            }
        }
        for (int k = facts.size() - 1; k >= 0; k--) {
            if (facts.get(k) instanceof RoleFact held && held.current() && held.role().endsWith(role.roleLabel())
                    && (held.provenance().inTitle() || held.provenance().sentenceSpan().start() <= sentence.sentence().span().start())) {
                return held.person();
            }
        }
        return null;
    }
}
