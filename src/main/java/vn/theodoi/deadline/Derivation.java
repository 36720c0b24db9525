package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link TimeLimit}'s due date was reached (cách tính thời hạn), step by step, for the API and the record page:
 * the event that started the limit and the day counting started, the rule row applied (with its article and
 * note), the base period, each extension added (with the body that granted it), and each day-off shift with the
 * days off that caused it. Nothing here is recomputed by a reader; it is what the engine did.
 *
 * @param startEvent              the event that started the limit
 * @param startEventDate          its date (the decision or act)
 * @param countedFrom             the day counting starts after: the event's date, or the day the file was
 *                                received where the law counts from receipt ({@link ProcedureEvent#fileReceivedDate()})
 * @param rule                    the rule row applied
 * @param steps                   the steps from {@code countedFrom} to the due date in force, in order
 * @param yearsWithoutLunarHolidays years the limit runs through whose lunar holidays the calendar lacks
 * @param endEvent                the event that ended the stage, or {@code null} while it runs
 * @param endDate                 its date, or {@code null}
 */
public record Derivation(EventType startEvent, LocalDate startEventDate, LocalDate countedFrom, TimeLimitRule rule,
                         List<Step> steps, List<Integer> yearsWithoutLunarHolidays, EventType endEvent,
                         LocalDate endDate) {

    public Derivation {
        Objects.requireNonNull(rule, "rule");
        steps = List.copyOf(steps);
        yearsWithoutLunarHolidays = List.copyOf(yearsWithoutLunarHolidays);
    }

    /** The kind of a {@link Step}. */
    public enum StepKind {
        /** Thời hạn gốc: the base period of the row, counted from the day after {@code countedFrom}. */
        BASE_PERIOD,
        /** Gia hạn: an extension event added a period (or, for a prolongation, reached the cap from the start). */
        EXTENSION,
        /** Lùi ngày nghỉ: the end fell on a day off and moved to the next working day (Điều 134). */
        DAY_OFF_SHIFT,
        /**
         * Không lùi: the end fell on a day off and the row's reading does not move it (a limit in days,
         * {@link DayOffShift#WHEN_MONTHS}); shown because a lawyer may read Điều 134 otherwise.
         */
        DAY_OFF_NOT_SHIFTED,
        /**
         * Giữ ngày hết hạn trước: an extension in days ended before the due date already in force (moved over a
         * long holiday); the due date is never brought forward.
         */
        KEPT_LATER_DUE_DATE
    }

    /**
     * One step.
     *
     * @param kind      what happened
     * @param from      the date the step starts from (the previous end, or the day counting starts after)
     * @param to        the date it reaches
     * @param period    the period added: the base period, or the extension granted (its maximum when the event
     *                  gives no amount); {@code null} for a prolongation granted up to its cap from the start, and
     *                  for the other kinds
     * @param allowance for an extension: what the law allows for it (its maximum, whether counted from the start,
     *                  the body it is reserved to), else {@code null}
     * @param ordinal   for an extension: its number (1 for the first), else 0
     * @param event     for an extension: its event type, else {@code null}
     * @param eventDate for an extension: the date of its decision, else {@code null}
     * @param grantedBy for an extension: the code of the organization that granted it, {@code null} if not recorded
     * @param daysOff   for a day-off step: the days off that caused it, in order, else empty
     */
    public record Step(StepKind kind, LocalDate from, LocalDate to, LimitPeriod period, ExtensionLimit allowance,
                       int ordinal, EventType event, LocalDate eventDate, String grantedBy, List<DayOff> daysOff) {

        public Step {
            Objects.requireNonNull(kind, "kind");
            daysOff = List.copyOf(daysOff);
        }
    }

    /**
     * A day off that moved (or did not move) an end date.
     *
     * @param date the day
     * @param name its name in the calendar (e.g. "Tết Nguyên đán Giáp Thìn (mùng 3)"), or {@code null} for a
     *             Saturday or Sunday or a calendar without names
     */
    public record DayOff(LocalDate date, String name) {
    }
}
