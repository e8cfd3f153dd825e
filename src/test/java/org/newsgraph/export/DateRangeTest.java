package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateRangeTest {
    @Test
    void aDayAMonthAndAYearCoverTheirDays() {
        assertThat(DateRange.parse("2024-02-03")).isEqualTo(new DateRange(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 3)));
        assertThat(DateRange.parse("2024-02")).isEqualTo(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(DateRange.parse("2024")).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void anIntervalRunsFromTheFirstDayOfItsStartToTheLastOfItsEnd() {
        assertThat(DateRange.parse("2021-01-20/2025-01")).isEqualTo(new DateRange(LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 31)));
        assertThatThrownBy(() -> DateRange.parse("2025-01-20/2021-01-20")).hasMessageContaining("'2025-01-20/2021-01-20'");
        assertThatThrownBy(() -> DateRange.parse("2021-01-20/soon")).hasMessageContaining("soon");
    }
}
