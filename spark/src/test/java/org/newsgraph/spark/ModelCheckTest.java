package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.statement.StatementModel;

/** Executors extract with the driver's statement model or not at all. */
class ModelCheckTest {
    @Test
    void theClassPathCarriesTheBundledModel() {
        assertThat(ModelCheck.bundledDigest()).matches("[0-9a-f]{64}");
        ModelCheck.require(ModelCheck.bundledDigest());
    }

    @Test
    void anExecutorWithAnotherModelOrNoneRefusesToExtract() {
        assertThatThrownBy(() -> ModelCheck.require("0".repeat(64)))
                .hasMessageContaining("is not the driver's (000000000000)").hasMessageContaining("submit only target/newsgraph-spark.jar");
        assertThatThrownBy(() -> ModelCheck.require(StatementModel.NONE)).hasMessageContaining("no statement model");
    }
}
