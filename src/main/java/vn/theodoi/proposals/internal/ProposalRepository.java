package vn.theodoi.proposals.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Proposals by id; lists go through {@link ProposalQueries}. */
public interface ProposalRepository extends JpaRepository<Proposal, Long> {
}
