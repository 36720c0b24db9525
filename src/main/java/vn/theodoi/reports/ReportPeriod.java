package vn.theodoi.reports;

import java.time.LocalDate;

/**
 * The periods the statistics page offers (kỳ báo cáo): this half-year (1 January–30 June or 1 July–31
 * December), the previous one, this year, the previous one, or days the reader chooses.
 */
public enum ReportPeriod {
    THIS_HALF, PREVIOUS_HALF, THIS_YEAR, PREVIOUS_YEAR, CUSTOM;

    /** First and last day of the period that holds {@code today}; CUSTOM has none. */
    public LocalDate[] days(LocalDate today) {
        LocalDate half = today.getMonthValue() <= 6 ? LocalDate.of(today.getYear(), 1, 1)
                : LocalDate.of(today.getYear(), 7, 1);
        return switch (this) {
            case THIS_HALF -> new LocalDate[] {half, half.plusMonths(6).minusDays(1)};
            case PREVIOUS_HALF -> new LocalDate[] {half.minusMonths(6), half.minusDays(1)};
            case THIS_YEAR -> new LocalDate[] {LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31)};
            case PREVIOUS_YEAR -> new LocalDate[] {LocalDate.of(today.getYear() - 1, 1, 1),
                    LocalDate.of(today.getYear() - 1, 12, 31)};
            case CUSTOM -> null;
        };
    }
}
