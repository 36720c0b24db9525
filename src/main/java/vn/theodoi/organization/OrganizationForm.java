package vn.theodoi.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create or change an organization. */
public record OrganizationForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "{validation.organization.code}")
        String code,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.maxLength}")
        String name,
        @Size(max = 80, message = "{validation.maxLength}")
        String shortName,
        @NotNull(message = "{validation.required}")
        OrganizationType type,
        AgencyKind agencyKind,
        @Pattern(regexp = "PROVINCIAL|HIGH", message = "{validation.organization.courtLevel}")
        String courtLevel,
        String parentCode,
        String provinceCode,
        Boolean active,
        String successorCode,
        Integer sortOrder,
        /** The version the editor started from; null on creation. */
        Long version) {

    static OrganizationForm of(OrganizationView view) {
        return new OrganizationForm(view.code(), view.name(), view.shortName(), view.type(), view.agencyKind(),
                view.courtLevel(), view.parentCode(), view.provinceCode(), view.active(), view.successorCode(),
                view.sortOrder(), view.version());
    }
}
