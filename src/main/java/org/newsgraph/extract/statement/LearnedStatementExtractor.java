package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.DateResolver;

/**
 * Statements decided by the trained statement model: the pattern rules run first and become features, every
 * (speaker, target) pair of every sentence is scored, and a (speaker, target, kind) is a fact when its best
 * probability in the article reaches the model's threshold: a low one for what the rules found too, a higher one
 * for what only the model finds. The probability is the fact's confidence.
 */
public final class LearnedStatementExtractor implements Extractor {
    public static final String NAME = "statement-model";

    private final StatementExtractor rules = new StatementExtractor();
    private final StatementModel model;

    public LearnedStatementExtractor(StatementModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        Evidence evidence = evidence(context, rules);
        List<Fact> facts = new ArrayList<>();
        for (Scored scored : kept(context, score(evidence, model), model.thresholds())) {
            facts.add(scored.toFact(context, evidence));
        }
        return facts;
    }

    /**
     * What the thresholds keep of an article's scored statements, less support or demand of one's own state, and
     * with one polarity per speaker and target: who supports a target in an article does not also criticize or
     * threaten it (of 1,403 speaker-target pairs in the gold sets, development, train/ and src/train, one has
     * both), so the side with the rules behind it, or else the more probable, stays.
     */
    public static List<Scored> kept(ArticleContext context, List<Scored> scored, StatementModel.Thresholds thresholds) {
        List<Scored> kept = scored.stream().filter(s -> s.keptBy(thresholds) && !aboutOwnState(context, s)).toList();
        Map<String, Scored> strongestSide = new java.util.HashMap<>();
        for (Scored s : kept) {
            if (polarity(s.kind()) != 0) {
                strongestSide.merge(side(s, polarity(s.kind())), s, (a, b) -> stronger(a, b) ? a : b);
            }
        }
        return kept.stream().filter(s -> {
            int polarity = polarity(s.kind());
            Scored other = polarity == 0 ? null : strongestSide.get(side(s, -polarity));
            return other == null || stronger(strongestSide.get(side(s, polarity)), other);
        }).toList();
    }

    /** Support is +1, criticism and threat -1; a demand opposes neither. */
    private static int polarity(StatementKind kind) {
        return kind == StatementKind.SUPPORT ? 1 : kind == StatementKind.CRITICIZE || kind == StatementKind.THREATEN ? -1 : 0;
    }

    private static String side(Scored s, int polarity) {
        return s.candidate().pairKey() + "\u0000" + polarity;
    }

    /** Rule-backed before model-only, then the more probable. */
    private static boolean stronger(Scored a, Scored b) {
        return a.ruleBacked() != b.ruleBacked() ? a.ruleBacked() : a.probability() >= b.probability();
    }

    /** What the model reads of an article: the rules' statements, its quotations, its candidates and their features. */
    public record Evidence(List<StatementFact> ruleFacts, List<Quotation> quotations, List<StatementCandidate> candidates,
                           List<List<String>> features) {
    }

    public static Evidence evidence(ArticleContext context, StatementExtractor rules) {
        List<StatementFact> ruleFacts = rules.extract(context).stream()
                .filter(StatementFact.class::isInstance).map(StatementFact.class::cast).toList();
        List<Quotation> quotations = QuoteAttributor.quotations(context);
        List<StatementCandidate> candidates = StatementCandidates.of(context, quotations, ruleFacts);
        StatementFeatures features = new StatementFeatures(context, ruleFacts);
        return new Evidence(ruleFacts, quotations, candidates, candidates.stream().map(features::of).toList());
    }

    /**
     * A (speaker, target, kind) with its best probability in the article, the candidate that gave it, and whether
     * the pattern rules found it too.
     */
    public record Scored(StatementCandidate candidate, StatementKind kind, double probability, boolean ruleBacked) {
        public String key() {
            return candidate.pairKey() + "\u0000" + kind.label();
        }

        public boolean keptBy(StatementModel.Thresholds thresholds) {
            return thresholds.keeps(probability, ruleBacked, candidate.channel());
        }

        public StatementFact toFact(ArticleContext context, Evidence evidence) {
            StatementFact rule = evidence.ruleFacts().stream()
                    .filter(r -> r.speaker().key().equals(candidate.speaker().key()) && r.target().key().equals(candidate.target().key())
                            && r.kind() == kind)
                    .findFirst().orElse(null);
            double confidence = Math.min(1.0, probability);
            if (rule != null) {
                // what the rules found keeps their evidence, quote and outlet; the model gives its confidence
                return new StatementFact(rule.speaker(), rule.target(), kind, rule.quote(), rule.outlet(), rule.date(),
                        rule.provenance().withExtractor(NAME).withConfidence(confidence));
            }
            Sentence sentence = context.sentences().get(candidate.sentence());
            Provenance provenance = new Provenance(sentence.text(), sentence.span(), evidenceSpan(sentence), NAME, confidence);
            return new StatementFact(candidate.speaker(), candidate.target(), kind, quoteOf(evidence.quotations(), candidate), null,
                    DateResolver.find(sentence, context.article().published()), provenance);
        }

        /** From the speaker's mention (when named here) to the target's, else the target alone. */
        private CharSpan evidenceSpan(Sentence sentence) {
            CharSpan target = sentence.charSpan(candidate.targetMention().tokens());
            if (candidate.speakerMention() == null) {
                return target;
            }
            CharSpan speaker = sentence.charSpan(candidate.speakerMention().tokens());
            return new CharSpan(Math.min(speaker.start(), target.start()), Math.max(speaker.end(), target.end()));
        }
    }

    /**
     * Support of one's own state, or a demand on it, is no statement about another: "Warren commended Biden for his
     * empathy towards US citizens" does not make Warren support the United States.
     */
    public static boolean aboutOwnState(ArticleContext context, Scored scored) {
        StatementKind kind = scored.kind();
        return (kind == StatementKind.SUPPORT || kind == StatementKind.DEMAND)
                && scored.candidate().target().equals(context.stateOf(scored.candidate().speaker()));
    }

    private static String quoteOf(List<Quotation> quotations, StatementCandidate candidate) {
        for (Quotation q : quotations) {
            if (q.covers(candidate.sentence()) && candidate.speaker().equals(q.speaker())) {
                return q.text();
            }
        }
        return null;
    }

    /** Every (speaker, target, kind) of the article with its best probability, in the order first found. */
    public static List<Scored> score(Evidence evidence, StatementModel model) {
        java.util.Set<String> byRules = new java.util.HashSet<>();
        for (StatementFact rule : evidence.ruleFacts()) {
            byRules.add(rule.speaker().key() + "\u0000" + rule.target().key() + "\u0000" + rule.kind().label());
        }
        Map<String, Scored> best = new LinkedHashMap<>();
        for (int i = 0; i < evidence.candidates().size(); i++) {
            StatementCandidate candidate = evidence.candidates().get(i);
            Map<StatementKind, Double> p = model.probabilities(evidence.features().get(i));
            for (var entry : p.entrySet()) {
                String key = candidate.pairKey() + "\u0000" + entry.getKey().label();
                Scored scored = new Scored(candidate, entry.getKey(), entry.getValue(), byRules.contains(key));
                best.merge(key, scored, (a, b) -> b.probability() > a.probability() ? b : a);
            }
        }
        return new ArrayList<>(best.values());
    }
}
