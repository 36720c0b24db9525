package vn.theodoi.records;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ReturnedBy;

/** A procedure event as a person or an API client enters it. */
public record EventInput(
        @NotNull(message = "{validation.required}") EventType type,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.event.future}") LocalDate date,
        @Positive(message = "{validation.positive}") Integer extensionDays,
        @Positive(message = "{validation.positive}") Integer extensionMonths,
        ReturnedBy returnedBy,
        CourtLevel courtLevel,
        @Size(max = 255, message = "{validation.maxLength}") String documentRef,
        @Size(max = 2000, message = "{validation.maxLength}") String note) {
}
