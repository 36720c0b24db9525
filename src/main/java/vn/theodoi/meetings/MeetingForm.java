package vn.theodoi.meetings;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.access.Clearance;

/**
 * A meeting as a person or an API client gives it. A session has a number ("Phiên họp thứ 24");
 * {@code ownerUnitCode} is the Commission unit that prepares it (default: the person's own unit).
 */
public record MeetingForm(
        @NotNull(message = "{validation.required}") MeetingType type,
        @Min(value = 1, message = "{validation.positive}") @Max(value = 9999, message = "{validation.positive}") Integer number,
        @NotNull(message = "{validation.required}") LocalDate date,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.maxLength}") String title,
        Clearance classification,
        String ownerUnitCode,
        Set<String> readers) {

    public Clearance classificationOrDefault() {
        return classification == null ? Clearance.UNCLASSIFIED : classification;
    }
}
