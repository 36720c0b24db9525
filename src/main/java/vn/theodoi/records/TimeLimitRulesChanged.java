package vn.theodoi.records;

/** A row of the time-limit table was corrected: every running limit is counted again. */
record TimeLimitRulesChanged(Long ruleId) {
}
