package vn.theodoi.timelimits;

/**
 * One row of the statutory time-limit table as administrators and lawyers read it: a stage, a
 * severity ({@code ALL} for every severity) and a variant, its base period ({@code 20D}, {@code 2M}),
 * the extensions in order, the article it applies and the reading it takes.
 */
public record TimeLimitRuleView(Long id, String stage, String severity, String variant, String basePeriod,
        String extensions, Integer requestExtensionDaysBefore, Integer maxEntries, String dayOffShift, String article,
        String note, long version) {
}
