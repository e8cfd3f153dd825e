package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
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
        OfficeHolders.Term term = dictionaryHolder(context, role, sentence);
        return term == null ? null : Entity.person(term.name());
    }

    /**
     * "Ruritania's president", "the Ruritanian president", or "the president" in an article about Ruritania: who
     * held that post on the article's date by the user's dictionary of persons; null when it does not say.
     */
    public static OfficeHolders.Term dictionaryHolder(ArticleContext context, Mention role, SentenceMentions sentence) {
        Mention next = sentence.startingAt(role.end());
        if (next != null && next.type() == MentionType.PERSON || role.roleLabel() == null) {
            return null;
        }
        Entity owner = ownerBefore(sentence, role);
        if (owner == null) {
            owner = ownerAfter(sentence, role);
        }
        if (owner == null) {
            owner = role.country() != null ? role.country() : context.homeCountry();
        }
        return owner == null ? null : context.gazetteer().officeHolders().userHolder(owner, role.roleLabel(), context.article().published());
    }

    /** The state named right after a title: "the president of Ruritania". */
    private static Entity ownerAfter(SentenceMentions sentence, Mention role) {
        int of = role.end();
        if (of + 1 >= sentence.sentence().size() || !Words.lower(sentence.sentence().token(of)).equals("of")) {
            return null;
        }
        Mention after = sentence.startingAt(of + 1);
        return after != null && after.type() == MentionType.COUNTRY ? after.entity() : null;
    }

    /** The state named right before a title: "Ruritania's president", "Ruritanian President". */
    private static Entity ownerBefore(SentenceMentions sentence, Mention role) {
        int end = role.start();
        if (end > 0 && Words.isPossessive(sentence.sentence().token(end - 1))) {
            end--;
        }
        Mention before = sentence.endingAt(end);
        boolean state = before != null && (before.type() == MentionType.COUNTRY || before.type() == MentionType.DEMONYM);
        return state ? before.entity() : null;
    }
}
