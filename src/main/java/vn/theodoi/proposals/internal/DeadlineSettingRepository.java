package vn.theodoi.proposals.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.theodoi.proposals.ProposalType;

interface DeadlineSettingRepository extends JpaRepository<DeadlineSetting, ProposalType> {
}
