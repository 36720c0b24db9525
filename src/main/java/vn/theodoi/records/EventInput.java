package vn.theodoi.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ReturnedBy;

/**
 * A procedure event as a person or an API client enters it. {@code fileReceivedDate}: where the
 * law counts the next limit from the receipt of the file, the day the next body received it
 * (default: {@code date}). {@code grantedBy}: for an extension, the code of the body that granted it.
 */
public record EventInput(
        @NotNull(message = "{validation.required}") EventType type,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.event.future}")
        @PlausibleDate LocalDate date,
        @Positive(message = "{validation.positive}") Integer extensionDays,
        @Positive(message = "{validation.positive}") Integer extensionMonths,
        ReturnedBy returnedBy,
        CourtLevel courtLevel,
        @Size(max = 255, message = "{validation.maxLength}") String documentRef,
        @Size(max = 2000, message = "{validation.maxLength}") String note,
        @PastOrPresent(message = "{validation.event.future}") @PlausibleDate LocalDate fileReceivedDate,
        @Size(max = 40, message = "{validation.maxLength}") String grantedBy) {

    /** An event without receipt date or granting body. */
    public EventInput(EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
            ReturnedBy returnedBy, CourtLevel courtLevel, String documentRef, String note) {
        this(type, date, extensionDays, extensionMonths, returnedBy, courtLevel, documentRef, note, null, null);
    }
}
