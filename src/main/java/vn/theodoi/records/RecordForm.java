package vn.theodoi.records;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;
import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.Severity;

/**
 * A record as a person or an API client describes it. {@code kind}, {@code code},
 * {@code oversightLevel} and {@code monitoredSince} are read on creation only (afterwards the kind
 * changes by conversion, the level by a decision); {@code version} on update only.
 */
public record RecordForm(
        @NotNull(message = "{validation.required}") RecordKind kind,
        @Size(max = 40, message = "{validation.maxLength}")
        @Pattern(regexp = RecordForm.CODE, message = "{validation.record.code}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.maxLength}") String title,
        @Size(max = 8000, message = "{validation.maxLength}") String summary,
        @Min(value = 1, message = "{validation.record.level}") @Max(value = 3, message = "{validation.record.level}")
        Integer oversightLevel,
        @PlausibleDate LocalDate monitoredSince,
        @Size(max = 255, message = "{validation.maxLength}") String levelDecisionRef,
        Severity severity,
        @NotNull(message = "{validation.required}") Clearance classification,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.maxLength}")
        String ownerOrganizationCode,
        @Size(max = 40, message = "{validation.maxLength}") String ownerDepartmentCode,
        @Size(max = 64, message = "{validation.maxLength}") String responsibleUsername,
        @Size(max = 40, message = "{validation.maxItems}")
        Set<@Size(max = 16, message = "{validation.maxLength}") String> provinceCodes,
        @Size(max = 40, message = "{validation.maxItems}")
        Set<@Size(max = 40, message = "{validation.maxLength}") String> agencyCodes,
        @Size(max = 20, message = "{validation.maxItems}")
        Set<@Pattern(regexp = "[0-9]{1,3}[a-z]?", message = "{validation.record.article}") String> crimeArticles,
        @Size(max = 100, message = "{validation.maxItems}")
        Set<@Size(max = 64, message = "{validation.maxLength}") String> readers,
        Long version) {

    /**
     * A record code a person types: groups of capital letters and digits joined by - . or /, starting
     * with a letter (VA-2026-0001, NT-2025-BCD-48/2); empty for a numbered one.
     */
    public static final String CODE = "|[A-Z][A-Z0-9]*([-./][A-Z0-9]+)+";
}
