package org.newsgraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.FactSheet;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.extract.statement.LearnedStatementExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Scored;
import org.newsgraph.extract.statement.StatementModel;
import org.newsgraph.model.Article;
import org.newsgraph.model.StatementKind;

/** The statement model trained on a tiny data set written for the test, and applied to an article it never saw. */
class StatementTrainerTest {
    private static final String[][] TEXTS = {
        {"Sweden", "SWE", "Foreign Minister Anna Berg of Sweden denounced Russia on Monday. She later met Chinese officials in Beijing."},
        {"Norway", "NOR", "Prime Minister Jonas Lind of Norway denounced Iran on Tuesday. He later met Chinese officials in Beijing."},
        {"Chile", "CHL", "President Maria Lopes of Chile denounced Venezuela on Friday. She later met Chinese officials in Beijing."},
        {"Peru", "PER", "Foreign Minister Rosa Diaz of Peru denounced Bolivia on Sunday. She later met Chinese officials in Beijing."},
        {"Kenya", "KEN", "President Samuel Otieno of Kenya denounced Sudan on Monday. He later met Chinese officials in Beijing."},
        {"Ghana", "GHA", "Foreign Minister Kofi Mensah of Ghana denounced Togo on Tuesday. He later met Chinese officials in Beijing."},
    };
    private static final String[] SPEAKERS = {"Anna Berg", "Jonas Lind", "Maria Lopes", "Rosa Diaz", "Samuel Otieno", "Kofi Mensah"};
    private static final String[] TARGETS = {"RUS", "IRN", "VEN", "BOL", "SDN", "TGO"};

    private static GoldArticle gold(int i) {
        String text = TEXTS[i][2];
        Article article = new Article("tiny-" + i, "", LocalDate.of(2024, 6, 24), null, null, text);
        String quote = text.substring(0, text.indexOf('.') + 1);
        FactSheet.Statement statement = new FactSheet.Statement(SPEAKERS[i], TARGETS[i], "criticize", false, null, quote);
        return new GoldArticle(article, new FactSheet(article.id(), List.of(), List.of(), List.of(statement), Map.of()), "tiny");
    }

    @Test
    void examplesAreLabelledFromTheGoldAndItsQuotedSentence() {
        StatementExamples example = StatementExamples.of(SharedPipeline.rules(), gold(0));
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < example.outcomes().size(); i++) {
            var c = example.evidence().candidates().get(i);
            labelled.add(c.speaker().key() + ">" + c.target().key() + "@" + c.sentence() + "=" + String.join(",", example.outcomes().get(i)));
        }
        assertThat(labelled).contains("Anna Berg>RUS@0=criticize", "Anna Berg>SWE@0=none", "Anna Berg>CHN@1=none");
    }

    @Test
    void trainedModelSeparatesStatementsFromMereMentions() {
        List<StatementExamples> examples = new ArrayList<>();
        for (int i = 1; i < TEXTS.length; i++) {
            examples.add(StatementExamples.of(SharedPipeline.rules(), gold(i)));
        }
        StatementModel model = new StatementModel(StatementTrainer.train(examples, new StatementTrainer.Settings(0.1, 100, 1)), new Properties());

        StatementExamples unseen = StatementExamples.of(SharedPipeline.rules(), gold(0));
        List<Scored> scored = LearnedStatementExtractor.score(unseen.evidence(), model);
        double statement = probability(scored, "Anna Berg", "RUS");
        double mention = probability(scored, "Anna Berg", "CHN");
        assertThat(statement).isGreaterThan(0.5).isGreaterThan(mention + 0.3);
    }

    private static double probability(List<Scored> scored, String speaker, String target) {
        return scored.stream().filter(s -> s.kind() == StatementKind.CRITICIZE && s.candidate().speaker().key().equals(speaker)
                && s.candidate().target().key().equals(target)).mapToDouble(Scored::probability).max().orElse(0);
    }
}
