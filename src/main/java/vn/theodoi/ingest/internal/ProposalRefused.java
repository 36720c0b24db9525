package vn.theodoi.ingest.internal;

import vn.theodoi.shared.DomainRuleViolation;

/**
 * Accepting a proposal was refused by the module that writes it (a task's lead out of the reader's reach, a due
 * date before today): the same refusal, naming the proposal, so that the page shows it beside it. Nothing of the
 * decision is written.
 */
public class ProposalRefused extends DomainRuleViolation {

    private final Long proposalId;

    ProposalRefused(Long proposalId, DomainRuleViolation cause) {
        super(cause.messageKey(), cause.arguments());
        initCause(cause);
        this.proposalId = proposalId;
    }

    public Long proposalId() {
        return proposalId;
    }
}
