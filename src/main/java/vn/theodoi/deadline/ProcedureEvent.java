package vn.theodoi.deadline;

import java.time.LocalDate;

/**
 * One procedural event of a record (sự kiện tố tụng). The engine judges a history in date order whatever the order
 * of entry; events of the same date keep the order given (callers give entry order).
 *
 * @param type             the event code
 * @param date             the date of the decision or act; the stage being left ends on it
 * @param extensionDays    for an extension event: the length granted in days, or {@code null}
 * @param extensionMonths  for an extension event: the length granted in months, or {@code null}; at most one of
 *                         the two is given; when neither is, the maximum allowed for that ordinal extension is
 *                         taken
 * @param returnedBy       required for {@link EventType#RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION}
 * @param courtLevel       required for {@link EventType#APPEAL_FILE_RECEIVED}
 * @param fileReceivedDate for the events after which the law counts the next limit from the receipt of the file
 *                         ({@link EventType#receivesFile()}): the day the next body received it (ngày nhận hồ sơ),
 *                         on or after {@code date}; {@code null} means the same day
 * @param grantedBy        for an extension event: the code of the organization that granted it (e.g. {@code VKSTC});
 *                         required where the rule reserves the extension to a named body
 */
public record ProcedureEvent(EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
                             ReturnedBy returnedBy, CourtLevel courtLevel, LocalDate fileReceivedDate,
                             String grantedBy) {

    public ProcedureEvent {
        grantedBy = grantedBy == null || grantedBy.isBlank() ? null : grantedBy.strip();
    }

    /** An event without receipt date or granting body (the form events had before those were recorded). */
    public ProcedureEvent(EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
                          ReturnedBy returnedBy, CourtLevel courtLevel) {
        this(type, date, extensionDays, extensionMonths, returnedBy, courtLevel, null, null);
    }

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

    /** This event with the day the next body received the file. */
    public ProcedureEvent receivedOn(LocalDate received) {
        return new ProcedureEvent(type, date, extensionDays, extensionMonths, returnedBy, courtLevel, received,
                grantedBy);
    }

    /** This event granted by the organization of the given code. */
    public ProcedureEvent grantedBy(String organizationCode) {
        return new ProcedureEvent(type, date, extensionDays, extensionMonths, returnedBy, courtLevel,
                fileReceivedDate, organizationCode);
    }

    /** Whether an extension amount (days or months) is given. */
    public boolean hasExtensionAmount() {
        return extensionDays != null || extensionMonths != null;
    }

    /** The day the next limit counts from: the receipt of the file when recorded, else the event's date. */
    public LocalDate receivedOrDecided() {
        return fileReceivedDate != null ? fileReceivedDate : date;
    }
}
