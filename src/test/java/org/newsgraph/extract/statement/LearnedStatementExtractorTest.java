package org.newsgraph.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Scored;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.model.Entity;
import org.newsgraph.model.StatementKind;
import org.newsgraph.model.TokenSpan;

/** Which of an article's scored statements are kept: thresholds, one's own state, one polarity per speaker and target. */
class LearnedStatementExtractorTest {
    private static final Entity SPEAKER = Entity.person("Anna Kowalczyk");
    private static final Entity RUSSIA = Entity.country("RUS", "Russia");
    private static final Entity CHINA = Entity.country("CHN", "China");

    private final ArticleContext context = SharedPipeline.context(SharedPipeline.article("", LocalDate.of(2024, 5, 2), null,
            "Anna Kowalczyk spoke about Russia and China on Thursday."));

    @Test
    void supportAndCriticismOfOneTargetByOneSpeakerKeepTheSideTheRulesFound() {
        List<Scored> scored = List.of(
                scored(RUSSIA, StatementKind.SUPPORT, 0.35, true),
                scored(RUSSIA, StatementKind.CRITICIZE, 0.60, false),
                scored(RUSSIA, StatementKind.DEMAND, 0.50, false),
                scored(CHINA, StatementKind.SUPPORT, 0.40, false),
                scored(CHINA, StatementKind.THREATEN, 0.80, false));

        List<Scored> kept = LearnedStatementExtractor.kept(context, scored, StatementModel.Thresholds.of(0, 0.3));

        // the rules' support of Russia outweighs the model's more probable criticism; a demand is no opposite of support;
        // without rules on either side, the more probable threat of China stays
        assertThat(kept).extracting(s -> s.candidate().target().key(), Scored::kind).containsExactly(
                tuple("RUS", StatementKind.SUPPORT), tuple("RUS", StatementKind.DEMAND), tuple("CHN", StatementKind.THREATEN));
    }

    @Test
    void thresholdsDecideBeforeThePolarity() {
        List<Scored> scored = List.of(
                scored(CHINA, StatementKind.SUPPORT, 0.20, false),
                scored(CHINA, StatementKind.CRITICIZE, 0.50, false));

        // the support under the threshold is gone before it could outweigh anything
        assertThat(LearnedStatementExtractor.kept(context, scored, StatementModel.Thresholds.of(0, 0.3)))
                .extracting(Scored::kind).containsExactly(StatementKind.CRITICIZE);
        assertThat(LearnedStatementExtractor.kept(context, scored, StatementModel.Thresholds.of(0, 0.6))).isEmpty();
    }

    private static Scored scored(Entity target, StatementKind kind, double probability, boolean ruleBacked) {
        Mention speaker = new Mention(MentionType.PERSON, new TokenSpan(0, 2), SPEAKER.label(), SPEAKER, null, null);
        Mention targetMention = new Mention(MentionType.COUNTRY, new TokenSpan(4, 5), target.label(), target, target, null);
        StatementCandidate candidate = new StatementCandidate(0, SPEAKER, speaker, Set.of(StatementCandidate.Source.NAMED),
                target, targetMention);
        return new Scored(candidate, kind, probability, ruleBacked);
    }
}
