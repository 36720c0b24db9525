package vn.theodoi.inspections;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/** What people do on an inspection once it is planned, each with its constraints; {@code version} as read. */
public final class InspectionCommands {

    private InspectionCommands() {
    }

    /** The team starts work on a day (not in the future). */
    public record StartForm(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate date,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** The findings (kết quả kiểm tra), written and rewritten while the inspection is in progress. */
    public record FindingsForm(@NotBlank(message = "{validation.required}")
            @Size(max = 8000, message = "{validation.maxLength}") String findings,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** The conclusion: its day (not in the future, not before the start) and the notice that states it. */
    public record ConclusionForm(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate date,
            @Size(max = 200, message = "{validation.maxLength}") String reference,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /**
     * A recommendation (kiến nghị): it becomes a task of the lead organization with its own due date.
     * {@code date}, the day it was made, defaults to today.
     */
    public record RecommendationForm(@NotBlank(message = "{validation.required}")
            @Size(max = 2000, message = "{validation.maxLength}") String text,
            @NotBlank(message = "{validation.required}") String leadOrganizationCode,
            @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 10) LocalDate dueDate,
            @PlausibleDate LocalDate date) {
    }
}
