package vn.theodoi.inspections;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.access.Clearance;
import vn.theodoi.shared.validation.PlausibleDate;

/**
 * An inspection plan as a person or an API client gives it. {@code ownerUnitCode} is the unit that
 * conducts it (default: the person's own); {@code team} are usernames, {@code teamHead} one of them
 * (added to the team when missing); {@code readers} the access list of a classified inspection.
 */
public record InspectionForm(
        @NotNull(message = "{validation.required}") InspectionKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String subject,
        @NotBlank(message = "{validation.required}") String targetOrganizationCode,
        String ownerUnitCode,
        Clearance classification,
        @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 5) LocalDate periodStart,
        @NotNull(message = "{validation.required}") @PlausibleDate(yearsAhead = 5) LocalDate periodEnd,
        @Size(max = 64, message = "{validation.maxLength}") String teamHead,
        @Size(max = 40, message = "{validation.maxLength}") Set<String> team,
        @Size(max = 100, message = "{validation.maxLength}") Set<String> readers) {

    public Clearance classificationOrDefault() {
        return classification == null ? Clearance.UNCLASSIFIED : classification;
    }
}
