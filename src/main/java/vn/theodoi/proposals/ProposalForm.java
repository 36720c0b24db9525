package vn.theodoi.proposals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.access.Clearance;
import vn.theodoi.shared.validation.PlausibleDate;

/**
 * A proposal or request for opinion as received. {@code senderOrganizationCode} names the sender; a
 * provincial officer's submission is always a request for opinion from their own organization,
 * whatever the form says. {@code receivedDate} defaults to today and may not be in the future;
 * {@code recordIds} are records it concerns, each visible to the person entering it.
 */
public record ProposalForm(
        @NotNull(message = "{validation.required}") ProposalType type,
        @Size(max = 40, message = "{validation.maxLength}") String senderOrganizationCode,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.maxLength}") String referenceNumber,
        @PlausibleDate LocalDate receivedDate,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String subject,
        Clearance classification,
        @Size(max = 50, message = "{validation.maxItems}") List<Long> recordIds) {

    public Clearance classificationOrDefault() {
        return classification == null ? Clearance.UNCLASSIFIED : classification;
    }
}
