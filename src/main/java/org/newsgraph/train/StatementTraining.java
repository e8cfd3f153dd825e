package org.newsgraph.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.newsgraph.eval.Measure;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.Score;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Scored;
import org.newsgraph.extract.statement.StatementCandidate;
import org.newsgraph.extract.statement.StatementModel;
import org.newsgraph.ingest.Problems;

/**
 * The whole training run behind {@code newsgraph train}: read the gold sets, extract their articles up to the
 * statements, cross-validate to choose the threshold, train the final model on everything, and report the
 * cross-validated figures beside the training fit and the rules alone.
 */
public final class StatementTraining {
    /** Thresholds tried for a statement's probability. */
    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9};
    /** The least gain of cross-validated statement F1 for which a threshold is changed. */
    static final double MIN_GAIN = 0.005;
    /** A threshold no probability reaches: the model adds nothing of that kind. */
    static final double NEVER = 1.01;

    /**
     * One threshold for every channel is the simpler choice: the channels keep their own only when those beat the
     * best single threshold by more than the folds' noise (each channel's choice within MIN_GAIN of its best can
     * add up to less than one threshold for all). The single one, too, is the highest within MIN_GAIN of its best.
     *
     * @param singleF1 the cross-validated F1 of each of {@code thresholds} used for all channels
     */
    static StatementModel.Thresholds simpler(StatementModel.Thresholds perChannel, double perChannelF1, double[] thresholds, double[] singleF1) {
        double singleBest = java.util.Arrays.stream(singleF1).max().orElse(0);
        if (perChannelF1 - singleBest > MIN_GAIN) {
            return perChannel;
        }
        double chosen = thresholds[0];
        for (int i = 0; i < thresholds.length; i++) {
            if (singleF1[i] >= singleBest - MIN_GAIN) {
                chosen = thresholds[i];
            }
        }
        return StatementModel.Thresholds.of(perChannel.ruleBacked(), chosen);
    }

    private static double f1(List<StatementExamples> tuning, Map<String, List<Scored>> outOfFold, StatementModel.Thresholds thresholds) {
        return CrossValidation.report(tuning, outOfFold, thresholds).score(Measure.STATEMENTS_STRICT).f1();
    }

    private static double[] withNever(double[] thresholds) {
        double[] all = java.util.Arrays.copyOf(thresholds, thresholds.length + 1);
        all[thresholds.length] = NEVER;
        return all;
    }
    private static final long SEED = 20261205L;

    private final PrintStream out;

    public StatementTraining(PrintStream out) {
        this.out = out;
    }

    /** What a run found: the final model, and the reports it was judged by. */
    public record Result(StatementModel model, StatementModel.Thresholds thresholds, Report crossValidated, Report trainingFit, Report rules) {
    }

    public Result run(List<Path> sets, int folds, StatementTrainer.Settings settings, Problems problems) throws IOException {
        return run(sets, List.of(), folds, settings, problems, null);
    }

    /**
     * @param extra sets trained on but not used to choose the thresholds or in the figures: text written for
     *              training (src/train) may not be distributed like the news the model will read
     * @param dump  where to write every candidate with its gold outcomes and out-of-fold probabilities, or null
     */
    public Result run(List<Path> sets, List<Path> extra, int folds, StatementTrainer.Settings settings, Problems problems,
                      Path dump) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        for (Path set : sets) {
            articles.addAll(GoldSets.read(set, problems));
        }
        for (Path set : extra) {
            articles.addAll(GoldSets.read(set, problems));
        }
        if (articles.size() < folds) {
            throw new IllegalArgumentException("only " + articles.size() + " gold articles for " + folds + " folds");
        }
        ExtractionPipeline pipeline = ExtractionPipeline.standard(List.of());
        List<StatementExamples> examples = articles.parallelStream().map(a -> StatementExamples.of(pipeline, a)).toList();
        long events = StatementTrainer.events(examples).size();
        out.printf(Locale.ROOT, "%d articles, %d candidates, %d training events%n", examples.size(),
                examples.stream().mapToInt(e -> e.evidence().candidates().size()).sum(), events);

        out.printf(Locale.ROOT, "gold statements some candidate can reach: %d of %d%n", reachable(examples),
                examples.stream().mapToLong(e -> e.gold().gold().statements().stream().filter(st -> !st.optional()).count()).sum());

        Map<String, List<Scored>> outOfFold = CrossValidation.outOfFold(CrossValidation.folds(examples, folds, SEED), settings);
        List<String> tuningSets = sets.stream().map(Path::toString).toList();
        List<StatementExamples> tuning = examples.stream().filter(e -> tuningSets.contains(e.gold().set())).toList();
        if (dump != null) {
            dump(examples, folds, settings, dump);
        }
        // the model adds what the rules miss and gives every statement its confidence, but never removes what the
        // rules found: a statement the rules read from the grammar of its sentence stays, however unusual it is
        Report rules = CrossValidation.rulesReport(tuning);
        StatementModel.Thresholds best = StatementModel.Thresholds.of(0, NEVER);
        // then each way a speaker is found gets its own threshold for what only the model finds, two rounds over
        // the channels with the others fixed. A change that gains less than MIN_GAIN is within the folds' noise and
        // not made; and for the same reason, of the thresholds within MIN_GAIN of the best F1 the highest is taken,
        // "never" included (the cross-validated F1 is flat around its top, and the lower thresholds there buy recall
        // on the studied sets with precision on news no one studied)
        for (int round = 0; round < 2; round++) {
            for (StatementCandidate.Channel channel : StatementCandidate.Channel.values()) {
                double current = f1(tuning, outOfFold, best);
                double[] tried = withNever(THRESHOLDS);
                double[] f1s = new double[tried.length];
                double bestF1 = current;
                for (int i = 0; i < tried.length; i++) {
                    f1s[i] = f1(tuning, outOfFold, best.with(channel, tried[i]));
                    bestF1 = Math.max(bestF1, f1s[i]);
                }
                double chosen = best.modelOnly().getOrDefault(channel, NEVER);
                for (int i = 0; i < tried.length; i++) {
                    if (f1s[i] >= bestF1 - MIN_GAIN) {
                        chosen = tried[i];
                    }
                }
                if (bestF1 - current > MIN_GAIN) {
                    best = best.with(channel, chosen);
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "cross-validated statements (%d folds) by one threshold for all model-only facts, those the rules found too kept from %.2f:%n",
                folds, best.ruleBacked());
        out.println("threshold      P      R     F1   KG F1");
        double[] single = new double[THRESHOLDS.length];
        for (int i = 0; i < THRESHOLDS.length; i++) {
            Report report = CrossValidation.report(tuning, outOfFold, StatementModel.Thresholds.of(best.ruleBacked(), THRESHOLDS[i]));
            Score s = report.score(Measure.STATEMENTS_STRICT);
            single[i] = s.f1();
            out.printf(Locale.ROOT, "%9.2f  %.3f  %.3f  %.3f  %.3f%n", THRESHOLDS[i], s.precision(), s.recall(), s.f1(), report.kgF1());
        }
        best = simpler(best, f1(tuning, outOfFold, best), THRESHOLDS, single);
        Report crossValidated = CrossValidation.report(tuning, outOfFold, best);

        Properties info = new Properties();
        info.setProperty("threshold.rule", String.valueOf(best.ruleBacked()));
        for (var entry : best.modelOnly().entrySet()) {
            info.setProperty(StatementModel.thresholdKey(entry.getKey()), String.valueOf(entry.getValue()));
        }
        List<Path> all = new ArrayList<>(sets);
        all.addAll(extra);
        info.setProperty("data.sets", String.join(" ", sets.stream().map(Path::toString).toList()));
        info.setProperty("data.extra", String.join(" ", extra.stream().map(Path::toString).toList()));
        info.setProperty("data.sha256", GoldSets.digest(all));
        info.setProperty("data.articles", String.valueOf(examples.size()));
        info.setProperty("train.events", String.valueOf(events));
        info.setProperty("train.folds", String.valueOf(folds));
        info.setProperty("train.l2", String.valueOf(settings.l2()));
        info.setProperty("train.iterations", String.valueOf(settings.iterations()));
        info.setProperty("train.cutoff", String.valueOf(settings.cutoff()));
        info.setProperty("train.command", "bin/newsgraph train " + String.join(" ", sets.stream().map(Path::toString).toList())
                + extra.stream().map(set -> " --extra " + set).reduce("", String::concat));
        StatementModel model = new StatementModel(StatementTrainer.train(examples, settings), info);
        Report fit = CrossValidation.report(tuning, CrossValidation.scoredBy(tuning, model), best);
        put(info, "cv", crossValidated);
        put(info, "fit", fit);
        put(info, "rules", rules);
        StatementModel described = new StatementModel(model.maxent(), info);

        out.println();
        out.println("thresholds: " + best.describe() + "; statements strict and KG F1:");
        out.println("                         P      R     F1   KG F1");
        line("rules alone", rules);
        line("model, cross-validated", crossValidated);
        line("model, training fit", fit);
        if (all.size() > 1) {
            for (Path set : all) {
                List<StatementExamples> part = examples.stream().filter(e -> e.gold().set().equals(set.toString())).toList();
                out.println(set + " (" + part.size() + " articles):");
                line("  rules alone", CrossValidation.rulesReport(part));
                line("  model, cross-validated", CrossValidation.report(part, outOfFold, best));
            }
        }
        return new Result(described, best, crossValidated, fit, rules);
    }

    /** Every candidate with its outcomes, out-of-fold probabilities and features, as JSON Lines, for error analysis. */
    private static void dump(List<StatementExamples> examples, int folds, StatementTrainer.Settings settings, Path file) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<List<StatementExamples>> split = CrossValidation.folds(examples, folds, SEED);
        try (var writer = java.nio.file.Files.newBufferedWriter(file)) {
            for (int f = 0; f < split.size(); f++) {
                List<StatementExamples> training = new ArrayList<>();
                for (int g = 0; g < split.size(); g++) {
                    if (g != f) {
                        training.addAll(split.get(g));
                    }
                }
                StatementModel model = new StatementModel(StatementTrainer.train(training, settings), new Properties());
                for (StatementExamples example : split.get(f)) {
                    for (int i = 0; i < example.evidence().candidates().size(); i++) {
                        var c = example.evidence().candidates().get(i);
                        var line = json.createObjectNode();
                        line.put("id", example.gold().article().id());
                        line.put("sentence", c.sentence());
                        line.put("text", example.context().sentences().get(c.sentence()).text());
                        line.put("speaker", c.speaker().key());
                        line.put("target", c.target().key());
                        line.put("sources", c.sources().toString());
                        line.put("outcomes", String.join(",", example.outcomes().get(i)));
                        var p = line.putObject("p");
                        model.probabilities(example.evidence().features().get(i)).forEach((k, v) -> p.put(k.label(), Math.round(v * 1000) / 1000.0));
                        var features = line.putArray("features");
                        example.evidence().features().get(i).forEach(features::add);
                        writer.write(json.writeValueAsString(line));
                        writer.newLine();
                    }
                }
            }
        }
    }

    /** Gold statements (not optional) that some candidate is labelled with: the most the model could find. */
    static int reachable(List<StatementExamples> examples) {
        int found = 0;
        for (StatementExamples example : examples) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < example.outcomes().size(); i++) {
                for (String outcome : example.outcomes().get(i)) {
                    if (!outcome.equals(StatementModel.NONE)) {
                        keys.add(example.evidence().candidates().get(i).pairKey() + "|" + outcome);
                    }
                }
            }
            found += keys.size();
        }
        return found;
    }

    private void line(String name, Report report) {
        Score s = report.score(Measure.STATEMENTS_STRICT);
        out.printf(Locale.ROOT, "%-22s  %.3f  %.3f  %.3f  %.3f%n", name, s.precision(), s.recall(), s.f1(), report.kgF1());
    }

    private static void put(Properties info, String prefix, Report report) {
        Score s = report.score(Measure.STATEMENTS_STRICT);
        info.setProperty(prefix + ".statements_strict", String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1()));
        info.setProperty(prefix + ".kg_f1", String.valueOf(report.kgF1()));
    }
}
