package org.newsgraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.statement.StatementCandidate;
import org.newsgraph.extract.statement.StatementModel;

/** How the trainer settles between one threshold for all model-only facts and one per way a speaker is found. */
class ThresholdChoiceTest {
    private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5};
    private static final StatementModel.Thresholds PER_CHANNEL = StatementModel.Thresholds.of(0, 0.5)
            .with(StatementCandidate.Channel.values()[0], 0.3);

    @Test
    void perChannelThresholdsWithinTheNoiseGiveWayToTheHighestSingleOneNearItsBest() {
        StatementModel.Thresholds chosen = StatementTraining.simpler(PER_CHANNEL, 0.600, THRESHOLDS, new double[] {0.603, 0.601, 0.599, 0.590});

        assertThat(chosen.modelOnly().values()).containsOnly(0.4);
        assertThat(chosen.ruleBacked()).isZero();
    }

    @Test
    void perChannelThresholdsThatClearlyBeatTheSingleOneStay() {
        assertThat(StatementTraining.simpler(PER_CHANNEL, 0.620, THRESHOLDS, new double[] {0.603, 0.601, 0.599, 0.590}))
                .isSameAs(PER_CHANNEL);
    }
}
