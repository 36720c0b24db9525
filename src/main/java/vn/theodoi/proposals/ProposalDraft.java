package vn.theodoi.proposals;

import java.time.Instant;
import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/**
 * A generated proposal (scale data): what was received, who answers it and how far its flow went
 * ({@code reached}); {@code answeredOn} for a sent one. Written by {@link BulkProposals} through the
 * aggregate, so the flow's order holds.
 */
public record ProposalDraft(ProposalType type, String senderCode, String referenceNumber, LocalDate receivedDate,
        String subject, Clearance classification, String departmentCode, String specialistUsername,
        ProposalState reached, LocalDate answeredOn, String createdBy, Instant createdAt, Instant lastChangedAt) {
}
