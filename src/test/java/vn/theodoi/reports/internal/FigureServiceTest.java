package vn.theodoi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.theodoi.shared.DomainRuleViolation;

class FigureServiceTest {

    @Test
    void theRecoveryRateIsAPercentWithOneDecimalAndNoneWithoutDamage() {
        assertThat(FigureService.recoveryRate(1, 3)).isEqualTo(33.3);
        assertThat(FigureService.recoveryRate(2, 3)).isEqualTo(66.7);
        assertThat(FigureService.recoveryRate(1, 8)).as("12.5 stays").isEqualTo(12.5);
        assertThat(FigureService.recoveryRate(1, 16)).as("6.25 rounds half up").isEqualTo(6.3);
        assertThat(FigureService.recoveryRate(150_000_000_000L, 100_000_000_000L)).as("more than the damage").isEqualTo(150.0);
        assertThat(FigureService.recoveryRate(0, 5)).isEqualTo(0.0);
        assertThat(FigureService.recoveryRate(0, 0)).isNull();
        assertThat(FigureService.recoveryRate(7, 0)).isNull();
    }

    @Test
    void aPeriodNeedsBothDaysInOrderAndAtMostTenYears() {
        LocalDate jan = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> FigureService.validate(null, jan)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageStartingWith("reports.period.required");
        assertThatThrownBy(() -> FigureService.validate(jan, null)).hasMessageStartingWith("reports.period.required");
        assertThatThrownBy(() -> FigureService.validate(jan, jan.minusDays(1))).hasMessageStartingWith("reports.period.order");
        assertThatThrownBy(() -> FigureService.validate(jan, jan.plusYears(10).plusDays(1)))
                .hasMessageStartingWith("reports.period.tooLong");
        FigureService.validate(jan, jan);
        FigureService.validate(jan, jan.plusYears(10));
    }
}
