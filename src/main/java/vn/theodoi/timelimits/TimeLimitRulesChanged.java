package vn.theodoi.timelimits;

/** A row of the time-limit table was corrected: every running limit is counted again. */
public record TimeLimitRulesChanged(Long ruleId) {
}
