package org.newsgraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the statement model: OpenNLP's maximum-entropy trainer (L-BFGS with an L2 penalty) over one event per
 * labelled candidate and outcome. Deterministic: the same examples and settings give the same model.
 */
public final class StatementTrainer {
    /** How hard to fit: the L2 penalty, iterations, and how often a feature must occur to be kept. */
    public record Settings(double l2, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(1.0, 300, 1);
    }

    private StatementTrainer() {
    }

    static MaxentModel train(List<StatementExamples> examples, Settings settings) {
        List<Event> events = events(examples);
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(QNTrainer.L2COST_PARAM, settings.l2());
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return trainer.train(new CollectionObjectStream<>(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training from events held in memory failed", e);
        }
    }

    /** One event per labelled candidate and outcome; candidates the gold is silent on are left out. */
    static List<Event> events(List<StatementExamples> examples) {
        List<Event> events = new ArrayList<>();
        for (StatementExamples example : examples) {
            for (int i = 0; i < example.outcomes().size(); i++) {
                Set<String> outcomes = example.outcomes().get(i);
                String[] context = example.evidence().features().get(i).toArray(String[]::new);
                for (String outcome : outcomes) {
                    events.add(new Event(outcome, context));
                }
            }
        }
        return events;
    }
}
