package vn.theodoi.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationView;

/**
 * A whole proposal as its page and the API show it. The sender's people ({@code internal} false)
 * read the answer only once it is sent, and never the drafts, the steps or who handles it inside the
 * Commission: those fields are null or empty for them. {@code records} holds only the linked records
 * the reader may see. The {@code may*} flags tell which step the reader may take now.
 */
public record ProposalView(Long id, ProposalType type, OrganizationView sender, String referenceNumber,
        LocalDate receivedDate, String subject, Clearance classification, int responseDays, LocalDate responseDueDate,
        OrganizationView department, String specialistUsername, ProposalState state, Timeliness timeliness,
        String answerText, LocalDate answeredOn, List<LinkedRecord> records, List<Step> steps, long version,
        String createdBy, Instant updatedAt, boolean internal, boolean mayAssign, boolean mayDraft, boolean mayCheck,
        boolean mayApprove, boolean mayReturn, boolean maySend) {

    public record LinkedRecord(Long id, String code, String title) {
    }

    /** One step of the flow: ASSIGNED, DRAFTED, CHECKED, APPROVED, RETURNED or SENT, with a return's reason. */
    public record Step(String step, String takenBy, Instant takenAt, String reason) {
    }
}
