package vn.theodoi.proposals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.theodoi.access.Clearance;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.ProposalView;
import vn.theodoi.proposals.Timeliness;

/**
 * A proposal as the API returns it: the proposal page, as data, with its state and computed
 * timeliness. For the sender's people the department, specialist and steps are absent, and the answer
 * appears once sent.
 */
record ProposalJson(Long id, ProposalType type, String senderOrganizationCode, String senderOrganizationName,
        String referenceNumber, LocalDate receivedDate, String subject, Clearance classification, int responseDays,
        LocalDate responseDueDate, String departmentCode, String specialistUsername, ProposalState state,
        Timeliness timeliness, String answerText, LocalDate answeredOn, List<ProposalView.LinkedRecord> records,
        List<ProposalView.Step> steps, long version, Instant updatedAt) {

    static ProposalJson of(ProposalView v) {
        return new ProposalJson(v.id(), v.type(), v.sender() == null ? null : v.sender().code(),
                v.sender() == null ? null : v.sender().name(), v.referenceNumber(), v.receivedDate(), v.subject(),
                v.classification(), v.responseDays(), v.responseDueDate(),
                v.department() == null ? null : v.department().code(), v.specialistUsername(), v.state(),
                v.timeliness(), v.answerText(), v.answeredOn(), v.records(), v.steps(), v.version(), v.updatedAt());
    }
}
