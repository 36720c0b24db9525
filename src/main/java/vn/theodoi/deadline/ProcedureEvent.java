package vn.theodoi.deadline;

import java.time.LocalDate;

/**
 * One procedural event of a record (sự kiện tố tụng). Events are evaluated in the order given; callers sort
 * them by date, then by entry order.
 *
 * @param type            the event code
 * @param date            the date of the decision or act
 * @param extensionDays   for an extension event: the length granted in days, or {@code null}
 * @param extensionMonths for an extension event: the length granted in months, or {@code null}; at most one of
 *                        the two is given; when neither is, the maximum allowed for that ordinal extension is
 *                        taken
 * @param returnedBy      required for {@link EventType#RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION}
 * @param courtLevel      required for {@link EventType#APPEAL_FILE_RECEIVED}
 */
public record ProcedureEvent(EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
                             ReturnedBy returnedBy, CourtLevel courtLevel) {

    /** An event without extension amount, returning body or court level. */
    public static ProcedureEvent of(EventType type, LocalDate date) {
        return new ProcedureEvent(type, date, null, null, null, null);
    }

    /** An extension event granting the maximum allowed for its ordinal extension. */
    public static ProcedureEvent extension(EventType type, LocalDate date) {
        return of(type, date);
    }

    /** An extension event granting {@code days} days. */
    public static ProcedureEvent extensionDays(EventType type, LocalDate date, int days) {
        return new ProcedureEvent(type, date, days, null, null, null);
    }

    /** An extension event granting {@code months} months. */
    public static ProcedureEvent extensionMonths(EventType type, LocalDate date, int months) {
        return new ProcedureEvent(type, date, null, months, null, null);
    }

    /** {@link EventType#RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION} by the given body. */
    public static ProcedureEvent returned(LocalDate date, ReturnedBy by) {
        return new ProcedureEvent(EventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION, date, null, null, by, null);
    }

    /** {@link EventType#APPEAL_FILE_RECEIVED} by a court of the given level. */
    public static ProcedureEvent appealFileReceived(LocalDate date, CourtLevel level) {
        return new ProcedureEvent(EventType.APPEAL_FILE_RECEIVED, date, null, null, null, level);
    }

    /** Whether an extension amount (days or months) is given. */
    public boolean hasExtensionAmount() {
        return extensionDays != null || extensionMonths != null;
    }
}
