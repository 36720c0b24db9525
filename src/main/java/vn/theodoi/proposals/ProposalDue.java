package vn.theodoi.proposals;

import java.time.LocalDate;

/** An unanswered proposal whose response deadline a person is reminded of. */
public record ProposalDue(Long id, ProposalType type, String referenceNumber, String senderName, String subject,
        LocalDate responseDueDate) {
}
