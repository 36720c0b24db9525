package vn.theodoi.deadline;

import java.time.LocalDate;

/**
 * The computed time limit (thời hạn tố tụng) of one stage a record has entered. Exposed verbatim by the REST API.
 *
 * @param stage                     the timed stage
 * @param startDate                 the date of the event that started it (counting begins the day after)
 * @param baseDueDate               the last day of the base limit, before extensions (day-off rule applied)
 * @param dueDate                   the last day of the limit in force, with the extensions granted
 * @param maxDueDate                the last day if every remaining extension were granted at its maximum
 * @param extensionsUsed            extensions granted so far
 * @param extensionsLeft            extensions the law still allows
 * @param lastDayToRequestExtension the last day to request the next extension ({@code dueDate} minus the days
 *                                  the rule sets, e.g. 10 for investigation, Điều 172(2)); {@code null} when no
 *                                  extension is left or the law sets no such day
 * @param status                    computed status
 * @param endDate                   the date the stage was left, {@code null} while it is open
 * @param article                   the legal citation of the rule row applied
 * @param variant                   the rule variant applied (e.g. {@link RuleVariant#RESUMED})
 */
public record TimeLimit(Stage stage, LocalDate startDate, LocalDate baseDueDate, LocalDate dueDate,
                        LocalDate maxDueDate, int extensionsUsed, int extensionsLeft,
                        LocalDate lastDayToRequestExtension, DeadlineStatus status, LocalDate endDate,
                        String article, RuleVariant variant) {

    /** Whether the stage has not been left yet. */
    public boolean isOpen() {
        return endDate == null;
    }
}
