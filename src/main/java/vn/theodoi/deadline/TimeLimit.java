package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The computed time limit (thời hạn tố tụng) of one stage a record has entered. Exposed verbatim by the REST API.
 *
 * @param stage                     the timed stage
 * @param startDate                 the day counting starts after: the date of the event that started it, or the
 *                                  day the file was received where the law counts from receipt
 * @param baseDueDate               the last day of the base limit, before extensions (day-off rule applied)
 * @param dueDate                   the last day of the limit in force, with the extensions granted
 * @param maxDueDate                the last day if every remaining extension were granted at its maximum
 * @param extensionsUsed            extensions granted so far
 * @param extensionsLeft            extensions the law still allows
 * @param lastDayToRequestExtension the last day to request the next extension from the body that grants it
 *                                  ({@code dueDate} minus the days the rule sets: 10 for investigation, Điều 172(2);
 *                                  5 for a crime report, Điều 147(2)); {@code null} when no extension is left, the
 *                                  next one is a prolongation the handling body decides itself, or the law sets no
 *                                  such day
 * @param status                    computed status
 * @param endDate                   the date the stage was left, {@code null} while it is open
 * @param article                   the legal citation of the rule row applied
 * @param variant                   the variant of the rule row applied (e.g. {@link RuleVariant#RESUMED})
 * @param code                      the Criminal Procedure Code of the rule row applied
 * @param flags                     what the reader must know about this date ({@link LimitFlag}), empty when none
 * @param derivation                how the due date was reached; {@code null} only for limits built by hand
 */
public record TimeLimit(Stage stage, LocalDate startDate, LocalDate baseDueDate, LocalDate dueDate,
                        LocalDate maxDueDate, int extensionsUsed, int extensionsLeft,
                        LocalDate lastDayToRequestExtension, DeadlineStatus status, LocalDate endDate,
                        String article, RuleVariant variant, ProcedureCode code, List<LimitFlag> flags,
                        Derivation derivation) {

    public TimeLimit {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A limit under the 2015 Code, without flags or derivation (for drawings and tests built by hand). */
    public TimeLimit(Stage stage, LocalDate startDate, LocalDate baseDueDate, LocalDate dueDate,
                     LocalDate maxDueDate, int extensionsUsed, int extensionsLeft,
                     LocalDate lastDayToRequestExtension, DeadlineStatus status, LocalDate endDate,
                     String article, RuleVariant variant) {
        this(stage, startDate, baseDueDate, dueDate, maxDueDate, extensionsUsed, extensionsLeft,
                lastDayToRequestExtension, status, endDate, article, variant, ProcedureCode.BLTTHS_2015, List.of(),
                null);
    }

    /** Whether the stage has not been left yet. */
    public boolean isOpen() {
        return endDate == null;
    }

    /** Whether the limit carries the flag. */
    public boolean has(LimitFlag flag) {
        return flags.contains(flag);
    }
}
