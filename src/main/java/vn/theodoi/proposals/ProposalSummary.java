package vn.theodoi.proposals;

import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/** A proposal as lists show it: one row, read in one query; the timeliness computed for today. */
public record ProposalSummary(Long id, ProposalType type, String senderOrganizationCode, String senderOrganizationName,
        String referenceNumber, LocalDate receivedDate, String subject, Clearance classification,
        LocalDate responseDueDate, String departmentCode, String departmentName, String specialistUsername,
        ProposalState state, LocalDate answeredOn, Timeliness timeliness) {
}
