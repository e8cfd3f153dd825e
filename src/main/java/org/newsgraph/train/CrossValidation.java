package org.newsgraph.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Scorer;
import org.newsgraph.extract.statement.LearnedStatementExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Scored;
import org.newsgraph.extract.statement.StatementModel;
import org.newsgraph.model.Fact;

/**
 * k-fold cross-validation by article: each fold's articles are scored by a model trained on the other folds, so
 * every article's statements come from a model that never saw it. Folds are drawn once with a fixed seed.
 */
final class CrossValidation {
    private CrossValidation() {
    }

    /** The articles split into k folds: a seeded shuffle dealt round. */
    static List<List<StatementExamples>> folds(List<StatementExamples> examples, int k, long seed) {
        List<StatementExamples> shuffled = new ArrayList<>(examples);
        shuffled.sort(Comparator.comparing(e -> e.gold().article().id()));
        java.util.Collections.shuffle(shuffled, new Random(seed));
        List<List<StatementExamples>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        return folds;
    }

    /** Every article's scored statements, each from the model trained without its fold. */
    static Map<String, List<Scored>> outOfFold(List<List<StatementExamples>> folds, StatementTrainer.Settings settings) {
        Map<String, List<Scored>> scored = new LinkedHashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            List<StatementExamples> training = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            StatementModel model = new StatementModel(StatementTrainer.train(training, settings), new java.util.Properties());
            for (StatementExamples example : folds.get(f)) {
                scored.put(example.gold().article().id(), LearnedStatementExtractor.score(example.evidence(), model));
            }
        }
        return scored;
    }

    /** Every article scored by one model (the training fit, when the model saw them all). */
    static Map<String, List<Scored>> scoredBy(List<StatementExamples> examples, StatementModel model) {
        Map<String, List<Scored>> scored = new LinkedHashMap<>();
        for (StatementExamples example : examples) {
            scored.put(example.gold().article().id(), LearnedStatementExtractor.score(example.evidence(), model));
        }
        return scored;
    }

    /** The gold report of the articles with the statements the thresholds keep, and the other facts as extracted. */
    static Report report(List<StatementExamples> examples, Map<String, List<Scored>> scored, StatementModel.Thresholds thresholds) {
        return report(examples, example -> {
            List<Fact> kept = new ArrayList<>();
            for (Scored s : LearnedStatementExtractor.kept(example.context(), scored.getOrDefault(example.gold().article().id(), List.of()),
                    thresholds)) {
                kept.add(s.toFact(example.context(), example.evidence()));
            }
            return kept;
        });
    }

    /** The report with the pattern rules' statements alone, the baseline the model must beat. */
    static Report rulesReport(List<StatementExamples> examples) {
        return report(examples, example -> List.copyOf(example.evidence().ruleFacts()));
    }

    /** The gold report of the articles with their other facts as extracted and the statements given for each. */
    private static Report report(List<StatementExamples> examples, java.util.function.Function<StatementExamples, List<Fact>> statements) {
        Map<String, FactSheet> gold = new LinkedHashMap<>();
        Map<String, FactSheet> system = new LinkedHashMap<>();
        for (StatementExamples example : examples) {
            String id = example.gold().article().id();
            gold.put(id, example.gold().gold());
            List<Fact> facts = new ArrayList<>(example.otherFacts());
            facts.addAll(statements.apply(example));
            system.put(id, FactSheets.of(id, facts));
        }
        return Scorer.score(gold, system).report();
    }
}
