package vn.theodoi.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/** A holiday or day swap an administrator enters. */
public record CalendarDayForm(
        @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 10) LocalDate day,
        @NotNull(message = "{validation.required}") CalendarDayKind kind,
        @NotNull(message = "{validation.required}") CalendarDayCategory category,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.maxLength}") String name) {
}
