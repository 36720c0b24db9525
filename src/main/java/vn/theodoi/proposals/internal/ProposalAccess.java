package vn.theodoi.proposals.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.Role;
import vn.theodoi.access.Scope;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Loads the proposal a person acts on only if the visibility policy lets them see it (in the query),
 * and says which step of the flow they may take; every refusal is audited. The steps and their roles:
 * assigning by a leader or the head of the answering department; drafting by the specialist it is
 * assigned to; checking (or returning a draft) by the head of the answering department; approving (or
 * returning a checked answer) by a leader; sending the approved answer by the department's head, its
 * specialist or a leader. The sender's people (a province's officers, an agency's liaisons) read
 * their own proposals and, once sent, the answer; they take no step.
 */
@Component
public class ProposalAccess {

    public static final String AUDIT_TARGET = "PROPOSAL";

    private final ProposalRepository proposals;
    private final ProposalQueries queries;
    private final AccessScopes scopes;
    private final AuditLog audit;

    ProposalAccess(ProposalRepository proposals, ProposalQueries queries, AccessScopes scopes, AuditLog audit) {
        this.proposals = proposals;
        this.queries = queries;
        this.scopes = scopes;
        this.audit = audit;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    /** The proposal if the reader may see it; otherwise "not found", and the attempt is audited. */
    public Proposal visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (proposals.existsById(id)) {
                audit.recordEvent("PROPOSAL_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("proposal", id);
        }
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
    }

    /** The Commission's own people (leaders, departments) see the work on an answer; the sender's people do not. */
    public static boolean internal(Visibility reader) {
        return reader.scope().kind() == Scope.Kind.ALL || reader.scope().kind() == Scope.Kind.ORGANIZATIONS;
    }

    private static boolean leader(Visibility reader) {
        return reader.roles().contains(Role.LEADER) && reader.scope().kind() == Scope.Kind.ALL;
    }

    /** The head of the unit that answers: a department head whose units include it. */
    private static boolean headOf(Visibility reader, Long departmentId) {
        return reader.roles().contains(Role.DEPARTMENT_HEAD) && reader.scope().kind() == Scope.Kind.ORGANIZATIONS
                && departmentId != null && reader.scope().organizationIds().contains(departmentId);
    }

    public boolean mayAssignRole(Visibility reader, Proposal p) {
        return leader(reader) || headOf(reader, p.getDepartmentId());
    }

    public boolean mayDraftRole(Visibility reader, Proposal p) {
        return reader.roles().contains(Role.SPECIALIST) && reader.username().equals(p.getSpecialistUsername());
    }

    public boolean mayCheckRole(Visibility reader, Proposal p) {
        return headOf(reader, p.getDepartmentId());
    }

    public boolean mayApproveRole(Visibility reader, Proposal p) {
        return leader(reader);
    }

    /** A draft goes back from its check, a checked answer from its approval: each by whoever takes that step. */
    public boolean mayReturnRole(Visibility reader, Proposal p) {
        return p.getState() == ProposalState.CHECKED ? mayApproveRole(reader, p) : mayCheckRole(reader, p);
    }

    public boolean maySendRole(Visibility reader, Proposal p) {
        return leader(reader) || headOf(reader, p.getDepartmentId())
                || reader.username().equals(p.getSpecialistUsername());
    }

    public ForbiddenException denied(Long id, String step) {
        audit.recordEvent("PROPOSAL_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED, AuditDetails.of()
                .code("step", step.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        return new ForbiddenException("proposal.stepDenied");
    }
}
