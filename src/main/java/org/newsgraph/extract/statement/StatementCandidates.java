package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.RoleHolders;
import org.newsgraph.extract.statement.StatementCandidate.Source;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.Entity;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.TokenSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Every (speaker, target) pair a sentence could state something about: speakers named in it, the article's
 * authors, the participants a group subject stands for, the speaker of a quotation it lies in, and what the
 * pattern rules found; targets are the actors it names. The statement model decides which pairs are statements.
 */
public final class StatementCandidates {
    /** Words by which a sentence speaks of several participants at once: "the leaders", "both sides", "they". */
    static final Set<String> GROUP_WORDS = Set.of("they", "leaders", "sides", "participants", "ministers",
            "counterparts", "delegations", "both", "presidents", "heads", "governments", "officials", "two");

    private StatementCandidates() {
    }

    /** The candidates of every sentence of the article, in sentence order. */
    public static List<StatementCandidate> of(ArticleContext context, List<Quotation> quotations, List<StatementFact> ruleFacts) {
        List<StatementCandidate> all = new ArrayList<>();
        for (SentenceMentions sm : context.mentions()) {
            all.addAll(ofSentence(context, sm, quotations, ruleFacts));
        }
        return all;
    }

    static List<StatementCandidate> ofSentence(ArticleContext context, SentenceMentions sm, List<Quotation> quotations,
                                               List<StatementFact> ruleFacts) {
        int index = sm.sentence().index();
        List<Actor> actors = actors(context, sm);
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        for (Actor actor : actors) {
            if (actor.mention.type() != MentionType.DEMONYM || isBodyNounAt(sm.sentence(), actor.mention.end())) {
                speaker(speakers, actor.entity, actor.mention, Source.NAMED);
            }
        }
        for (Entity author : context.resolver().authors()) {
            speaker(speakers, author, null, Source.AUTHOR);
        }
        if (hasGroupWord(sm.sentence())) {
            for (Entity member : context.resolver().group(index)) {
                speaker(speakers, member, null, Source.GROUP);
            }
            for (Entity member : context.resolver().participants()) {
                speaker(speakers, member, null, Source.PARTICIPANT);
            }
        }
        for (Quotation q : quotations) {
            if (q.attributed() && q.covers(index)) {
                speaker(speakers, q.speaker(), q.speakerSentence() == index ? q.speakerMention() : null, Source.QUOTED);
            }
        }
        Map<String, Actor> targets = new LinkedHashMap<>();
        for (Actor actor : actors) {
            targets.putIfAbsent(actor.entity.key(), actor);
        }
        for (StatementFact rule : ruleFacts) {
            if (rule.provenance().inTitle() || !rule.provenance().sentenceSpan().equals(sm.sentence().span())) {
                continue;
            }
            speaker(speakers, rule.speaker(), null, Source.RULE);
            if (!targets.containsKey(rule.target().key())) {
                targets.put(rule.target().key(), new Actor(rule.target(), evidenceMention(sm, rule)));
            }
        }
        List<StatementCandidate> candidates = new ArrayList<>();
        for (Speaker speaker : speakers.values()) {
            if (!Speakers.isKnown(context, speaker.entity)) {
                continue;
            }
            for (Actor target : targets.values()) {
                if (!speaker.entity.key().equals(target.entity.key()) && Speakers.isKnown(context, target.entity)) {
                    candidates.add(new StatementCandidate(index, speaker.entity, speaker.mention, speaker.sources,
                            target.entity, target.mention));
                }
            }
        }
        return candidates;
    }

    private static void speaker(Map<String, Speaker> speakers, Entity entity, Mention mention, Source source) {
        Speaker speaker = speakers.computeIfAbsent(entity.key(), k -> new Speaker(entity));
        speaker.sources.add(source);
        if (speaker.mention == null) {
            speaker.mention = mention;
        }
    }

    /** The actors a sentence names: persons, states (also by demonym), bodies, resolved pronouns and post holders. */
    static List<Actor> actors(ArticleContext context, SentenceMentions sm) {
        List<Actor> actors = new ArrayList<>();
        for (Mention m : sm.mentions()) {
            Entity entity = actorOf(context, sm, m);
            if (entity != null) {
                actors.add(new Actor(entity, m));
            }
        }
        return actors;
    }

    /**
     * What a mention stands for as an actor: a post title its holder, a demonym its state, a person, state or body
     * itself; null for outlets and places, which do not act.
     */
    static Entity actorOf(ArticleContext context, SentenceMentions sm, Mention m) {
        return switch (m.type()) {
            case ROLE -> RoleHolders.holderOf(context, m, sm);
            case DEMONYM -> m.entity();
            case OUTLET, PLACE -> null;
            default -> context.resolver().entity(m);
        };
    }

    /** A mention for a target the rules found but the sentence names otherwise: the rule's evidence span. */
    private static Mention evidenceMention(SentenceMentions sm, StatementFact rule) {
        List<Token> tokens = sm.sentence().tokens();
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= rule.provenance().evidence().end()) {
                end = i;
                break;
            }
        }
        int start = Math.max(0, end - 1);
        MentionType type = switch (rule.target().kind()) {
            case COUNTRY -> MentionType.COUNTRY;
            case PERSON -> MentionType.PERSON;
            default -> MentionType.ORGANISATION;
        };
        return new Mention(type, new TokenSpan(start, Math.max(start, end)), rule.target().label(), rule.target(), null, null);
    }

    private static boolean hasGroupWord(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (GROUP_WORDS.contains(Words.lower(token))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyNounAt(Sentence sentence, int i) {
        return i < sentence.size() && Set.of("government", "ministry", "authorities", "officials", "leadership", "military",
                "administration", "forces", "army", "embassy", "delegation").contains(Words.lower(sentence.token(i)));
    }

    record Actor(Entity entity, Mention mention) {
    }

    private static final class Speaker {
        final Entity entity;
        final Set<Source> sources = EnumSet.noneOf(Source.class);
        Mention mention;

        Speaker(Entity entity) {
            this.entity = entity;
        }
    }
}
