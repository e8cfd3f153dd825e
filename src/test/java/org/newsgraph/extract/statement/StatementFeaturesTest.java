package org.newsgraph.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.extract.role.RoleExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Evidence;
import org.newsgraph.extract.statement.StatementCandidate.Source;
import org.newsgraph.model.Article;

/** The candidates and named features the statement model sees, on sentences written for the test. */
class StatementFeaturesTest {
    private static Evidence evidence(String title, String text) {
        Article article = SharedPipeline.article(title, LocalDate.of(2024, 6, 24), "The White House", text);
        ArticleContext context = SharedPipeline.rules().run(article, List.of(new RoleExtractor()));
        return LearnedStatementExtractor.evidence(context, new StatementExtractor());
    }

    private static List<String> featuresOf(Evidence evidence, String speaker, String target) {
        for (int i = 0; i < evidence.candidates().size(); i++) {
            StatementCandidate c = evidence.candidates().get(i);
            if (c.speaker().key().equals(speaker) && c.target().key().equals(target)) {
                return evidence.features().get(i);
            }
        }
        throw new AssertionError("no candidate " + speaker + " -> " + target + " among " + evidence.candidates());
    }

    @Test
    void subjectVerbAndPossessorOfAnEvaluatedNoun() {
        Evidence evidence = evidence("", "Foreign Minister Anna Berg of Sweden condemned Russia's brutal attack on Ukraine.");
        List<String> f = featuresOf(evidence, "Anna Berg", "RUS");
        assertThat(f).contains("bias", "src=NAMED", "rule=criticize", "trig=criticize", "trig.lemma=condemn",
                "trig=criticize&subj", "trig=criticize&obj1", "trig=criticize&between", "tg.poss", "tg.possnext=brutal",
                "tg.val.low=--", "sp.free", "sp.beforeTg", "we=no");
        assertThat(featuresOf(evidence, "Anna Berg", "UKR")).contains("trig=criticize&subj").doesNotContain("rule=criticize", "trig=criticize&obj1");
    }

    @Test
    void groupSubjectSpeaksForTheParticipants() {
        Evidence evidence = evidence("Readout of a Call", "President Maria Lopes of Chile spoke today with Prime Minister Jonas Lind of Sweden. "
                + "The two leaders condemned the coup in Niger.");
        List<String> f = featuresOf(evidence, "Jonas Lind", "NER");
        assertThat(f).contains("src=PARTICIPANT", "sp.absent", "trig=criticize&subj", "trig=criticize&obj1");
        assertThat(evidence.candidates()).anyMatch(c -> c.speaker().key().equals("Maria Lopes") && c.sources().contains(Source.PARTICIPANT));
    }

    @Test
    void firstPersonOfAStatementIsItsAuthor() {
        Evidence evidence = evidence("Statement by President Anna Berg",
                "I congratulate the people of Georgia on a peaceful vote. We call on all parties to respect the result.");
        List<String> f = featuresOf(evidence, "Anna Berg", "GEO");
        assertThat(f).contains("src=AUTHOR", "we=yes", "trig=support", "trig=support&subj", "doc=release-statement");
    }

    @Test
    void aQuotationsSpeakerIsACandidateForTheQuotedWords() {
        Evidence evidence = evidence("", "“Moscow bears full responsibility for this crime,” Foreign Minister Anna Berg said.");
        List<String> f = featuresOf(evidence, "Anna Berg", "RUS");
        assertThat(f).contains("src=QUOTED", "tg.inQuote", "quote");
    }

    @Test
    void bucketsOfDistance() {
        assertThat(List.of(0, 1, 2, 3, 5, 6, 10, 11, 40).stream().map(StatementFeatures::bucket))
                .containsExactly("0", "1-2", "1-2", "3-5", "3-5", "6-10", "6-10", "11+", "11+");
    }
}
