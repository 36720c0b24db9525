package vn.theodoi.situations;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.access.Clearance;
import vn.theodoi.shared.validation.PlausibleDate;

/**
 * A hot spot as a person or an API client reports it. {@code provinceCode} is one of the 34 current
 * provinces (a provincial officer reports for their own province only); {@code occurredOn} is a day
 * that has come; {@code severity} 1 (low) to 3 (serious); {@code readers}, the access list of a
 * classified hot spot (the reporter is always on it).
 */
public record SituationForm(
        @NotNull(message = "{validation.required}") SituationType type,
        @NotBlank(message = "{validation.required}") @Size(max = 16, message = "{validation.maxLength}") String provinceCode,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.maxLength}") String place,
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate occurredOn,
        @Size(max = 200, message = "{validation.maxLength}") String scale,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.situation.severity}")
        @Max(value = 3, message = "{validation.situation.severity}") Integer severity,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.maxLength}") String summary,
        Clearance classification,
        @Size(max = 50, message = "{validation.maxItems}")
        Set<@Size(max = 64, message = "{validation.maxLength}") String> readers) {

    public Clearance classificationOrDefault() {
        return classification == null ? Clearance.UNCLASSIFIED : classification;
    }
}
