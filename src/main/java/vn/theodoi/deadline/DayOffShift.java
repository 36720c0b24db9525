package vn.theodoi.deadline;

/**
 * When the day-off rule of Art. 134 BLTTHS ("if the limit ends on a day off, the next working day is the last
 * day") is applied to a row of the rule table. A column of the table, so a lawyer can change it per row.
 */
public enum DayOffShift {
    /**
     * Apply it when the last period that makes up the end date (the base period, or the latest extension
     * counted in) is in months. This is the literal reading of DOMAIN.md section 4 and of Art. 134, where the
     * sentence about days off follows the sentence about months.
     */
    WHEN_MONTHS,
    /** Apply it to every end date of the row, in days or months. */
    ALWAYS,
    /** Never apply it for this row. */
    NEVER;

    boolean appliesTo(PeriodUnit lastUnit) {
        return this == ALWAYS || (this == WHEN_MONTHS && lastUnit == PeriodUnit.MONTHS);
    }
}
