package org.newsgraph.extract.statement;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.newsgraph.mention.Mention;
import org.newsgraph.model.Entity;

/**
 * A (speaker, target) pair that one sentence may state something about: the unit the statement model
 * classifies. The mentions are where the two stand in the sentence (null for a speaker who is not named
 * there: the article's authors, a group named earlier, a quotation's speaker); {@code sources} says how the
 * speaker was found.
 */
public record StatementCandidate(int sentence, Entity speaker, Mention speakerMention, Set<Source> sources,
                                 Entity target, Mention targetMention) {
    /** How a candidate speaker comes to the sentence. */
    public enum Source {
        /** named in the sentence */
        NAMED,
        /** an author of the article: the title's person, a "we —" list, the signers */
        AUTHOR,
        /** one of the persons named together just before a group subject ("the leaders", "they", "both sides") */
        GROUP,
        /** a participant of the meeting or call the article reports, for a group subject */
        PARTICIPANT,
        /** the speaker of a quotation the sentence lies in */
        QUOTED,
        /** a speaker the pattern rules found for this pair */
        RULE
    }

    public StatementCandidate {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetMention, "target mention");
        sources = sources.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(sources);
        if (speaker.key().equals(target.key())) {
            throw new IllegalArgumentException("a speaker is no target of its own statement: " + speaker.key());
        }
    }

    /**
     * How the speaker reaches the sentence, as far as trusting the model goes: through a group subject, as the
     * text's author, as a quotation's speaker, or named in the sentence.
     */
    public enum Channel {
        GROUP, AUTHOR, QUOTED, NAMED
    }

    public Channel channel() {
        if (sources.contains(Source.GROUP) || sources.contains(Source.PARTICIPANT)) {
            return Channel.GROUP;
        }
        if (sources.contains(Source.NAMED) || sources.contains(Source.RULE)) {
            return Channel.NAMED;
        }
        return sources.contains(Source.QUOTED) ? Channel.QUOTED : Channel.AUTHOR;
    }

    /** The key of the pair within its article: the speaker's and the target's keys. */
    public String pairKey() {
        return speaker.key() + "\u0000" + target.key();
    }
}
