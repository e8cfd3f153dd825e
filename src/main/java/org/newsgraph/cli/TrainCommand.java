package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.eval.Measure;
import org.newsgraph.ingest.Problems;
import org.newsgraph.train.GoldSets;
import org.newsgraph.train.StatementTrainer;
import org.newsgraph.train.StatementTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph train SET...}: retrain the statement model from gold sets, cross-validated. */
@Command(name = "train", description = {
        "Train the statement model on gold sets (folders with articles.jsonl and gold.jsonl, as ../shared/gold),",
        "choose its threshold by k-fold cross-validation, and print the cross-validated figures beside the",
        "training fit and the pattern rules alone. Never give it ../shared/gold/check: that set is score-only."})
public final class TrainCommand implements Callable<Integer> {
    static final Path BUNDLED = Path.of("src/main/resources/org/newsgraph/extract/statement/statement-model.bin.gz");

    @Parameters(arity = "1..*", paramLabel = "SET", description = "gold set folders, e.g. ../shared/gold ../shared/gold/train")
    List<Path> sets;

    @Option(names = "--extra", paramLabel = "SET", description = "a gold set to train on but not to choose thresholds or report on (text written for training, src/train/own-*)")
    List<Path> extra = List.of();

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--l2", defaultValue = "1.0", paramLabel = "X", description = "L2 penalty of the maximum-entropy trainer (default: ${DEFAULT-VALUE})")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N", description = "trainer iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the model (default: the bundled one, " + "src/main/resources/.../statement-model.bin.gz; rebuild the jar after)")
    Path out = BUNDLED;

    @Option(names = "--dump", paramLabel = "FILE", description = "write every candidate with its gold outcomes, out-of-fold probabilities and features (JSON Lines), for error analysis")
    Path dump;

    @Option(names = "--dry-run", description = "cross-validate and report, write no model")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        List<Path> every = new java.util.ArrayList<>(sets);
        every.addAll(extra);
        for (Path set : every) {
            if (!Files.isRegularFile(set.resolve(GoldSets.ARTICLES)) || !Files.isRegularFile(set.resolve(GoldSets.GOLD))) {
                System.err.println("error: " + set + ": a gold set needs " + GoldSets.ARTICLES + " and " + GoldSets.GOLD);
                return 2;
            }
            if (set.toAbsolutePath().normalize().endsWith("check")) {
                System.err.println("error: " + set + ": the check set is score-only; train on the development and train sets");
                return 2;
            }
        }
        if (folds < 2) {
            System.err.println("error: --folds must be at least 2: " + folds);
            return 2;
        }
        Problems problems = new Problems(System.err);
        StatementTraining.Result result = new StatementTraining(System.out)
                .run(sets, extra, folds, new StatementTrainer.Settings(l2, iterations, 1), problems, dump);
        double cv = result.crossValidated().score(Measure.STATEMENTS_STRICT).f1();
        double fit = result.trainingFit().score(Measure.STATEMENTS_STRICT).f1();
        if (!dryRun && fit < cv - 0.01) {
            // on the data it was trained on a model does at least as well as models that never saw a fifth of it;
            // less means the trainer stopped short (its line search gave up), and such a model is not shipped
            System.err.printf(Locale.ROOT, "error: the model trained on all the data fits it worse (statements F1 %.3f) than the "
                    + "cross-validated models do (%.3f): the trainer did not converge; nothing written (try another --iterations "
                    + "or --l2)%n", fit, cv);
            return 1;
        }
        if (!dryRun) {
            result.model().write(out);
            System.out.println("wrote " + out + " and " + out.resolveSibling(out.getFileName().toString().replace(".bin.gz", ".properties")));
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
