package vn.theodoi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 14);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 28);

    @Test
    void halvesRunFromJanuaryToJuneAndFromJulyToDecember() {
        assertThat(ReportPeriod.THIS_HALF.days(MAY)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.THIS_HALF.days(NOVEMBER)).containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.PREVIOUS_HALF.days(MAY)).containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.PREVIOUS_HALF.days(NOVEMBER)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.THIS_HALF.days(LocalDate.of(2026, 6, 30))).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.THIS_HALF.days(LocalDate.of(2026, 7, 1))).containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void yearsAreCalendarYears() {
        assertThat(ReportPeriod.THIS_YEAR.days(MAY)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.PREVIOUS_YEAR.days(NOVEMBER)).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.CUSTOM.days(MAY)).isNull();
    }
}
