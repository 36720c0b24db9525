package vn.theodoi.timelimits;

import java.time.LocalDate;

/**
 * One row of the statutory time-limit table as administrators and lawyers read it: a stage, a
 * severity ({@code ALL} for every severity) and a variant, the period and Code it applies to, its
 * base period ({@code 20D}, {@code 2M}), the extensions in order, the article, the reading it takes
 * and who reviewed it.
 */
public record TimeLimitRuleView(Long id, String stage, String severity, String variant, LocalDate validFrom,
        LocalDate validTo, String code, String basePeriod, String extensions, Integer requestExtensionDaysBefore,
        Integer maxEntries, String dayOffShift, String extensionCounting, String article, String note,
        String reviewedBy, LocalDate reviewedOn, long version) {
}
