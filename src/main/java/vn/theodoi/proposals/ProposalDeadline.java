package vn.theodoi.proposals;

import java.time.Instant;

/** The response deadline of a type, in working days after the day received, as an administrator set it. */
public record ProposalDeadline(ProposalType type, int workingDays, long version, String updatedBy, Instant updatedAt) {
}
