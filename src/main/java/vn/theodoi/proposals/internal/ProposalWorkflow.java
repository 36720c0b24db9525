package vn.theodoi.proposals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Role;
import vn.theodoi.access.Scope;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserView;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.ReturnForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.ProposalForm;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * Receiving proposals and the steps of the answer's flow: each one transaction, each audited (ids,
 * dates and kinds only: the subject and the answer stay out of the log).
 */
@Service
@Transactional
public class ProposalWorkflow {

    private final ProposalAccess access;
    private final ProposalRepository proposals;
    private final DeadlineSettings deadlines;
    private final Organizations organizations;
    private final Users users;
    private final Records records;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    ProposalWorkflow(ProposalAccess access, ProposalRepository proposals, DeadlineSettings deadlines,
            Organizations organizations, Users users, Records records, WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.proposals = proposals;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.users = users;
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Receives a proposal. A provincial officer submits a request for opinion from their own
     * organization (the form's type and sender are not theirs to choose); the Commission's people
     * record what agencies and provinces sent, received by their own unit.
     */
    public Long create(TheodoiUser user, ProposalForm form) {
        Visibility reader = access.reader(user);
        LocalDate today = calendar.today();
        boolean provincial = user.has(Role.PROVINCIAL_OFFICER) && reader.scope().kind() == Scope.Kind.PROVINCE;
        if (!provincial && !(reader.edits() && ProposalAccess.internal(reader))) {
            throw access.denied(null, "create");
        }
        ProposalType type = provincial ? ProposalType.OPINION_REQUEST : form.type();
        OrganizationView sender = provincial ? organizations.byId(user.organizationId()).orElseThrow()
                : senderOf(form.senderOrganizationCode());
        if (!reader.clearance().permits(form.classificationOrDefault())) {
            throw new DomainRuleViolation("proposal.classificationAboveClearance", form.classificationOrDefault());
        }
        // a submission in theodoi reaches the Commission the day it is made
        LocalDate received = provincial || form.receivedDate() == null ? today : form.receivedDate();
        if (received.isAfter(today)) {
            throw new DomainRuleViolation("proposal.dateInFuture", received, today);
        }
        Set<Long> linked = linkable(user, form.recordIds());
        int days = deadlines.workingDays(type);
        Predicate<LocalDate> dayOff = calendar.snapshot()::isDayOff;
        LocalDate due = ResponseDeadline.due(received, days, dayOff);
        Long receivingUnit = provincial ? null : user.organizationId();
        Proposal proposal = new Proposal(type, senderFacts(sender), form.referenceNumber(), received, form.subject(),
                form.classificationOrDefault(), days, due, receivingUnit, linked, user.getUsername(),
                instants.instant());
        proposals.saveAndFlush(proposal);
        audit.recordChange("PROPOSAL_CREATED", ProposalAccess.AUDIT_TARGET, proposal.getId(), AuditDetails.of()
                .kind("type", type).id("sender", sender.id()).date("received", received).date("due", due)
                .kind("classification", proposal.getClassification()).count("records", linked.size()));
        return proposal.getId();
    }

    private OrganizationView senderOf(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainRuleViolation("proposal.senderRequired");
        }
        OrganizationView sender = organizations.byCode(code.strip())
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", code.strip()));
        if (sender.type() == OrganizationType.COMMISSION || sender.type() == OrganizationType.DEPARTMENT) {
            throw new DomainRuleViolation("proposal.senderInside", sender.displayName());
        }
        return sender;
    }

    /** The sender as the visibility policy reads it: a province's committee or standing agency, or an agency. */
    public static Proposal.Sender senderFacts(OrganizationView sender) {
        return new Proposal.Sender(sender.id(), sender.committeeProvince(),
                sender.type() == OrganizationType.AGENCY ? sender.id() : null);
    }

    /** A person links only records they may see; one they may not is refused as if it did not exist. */
    private Set<Long> linkable(TheodoiUser user, List<Long> recordIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> wanted = recordIds.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> visible = records.visibleAmong(user, wanted).stream().map(RecordSummary::id)
                .collect(Collectors.toSet());
        for (Long id : wanted) {
            if (!visible.contains(id)) {
                audit.recordEvent("PROPOSAL_RECORD_LINK_DENIED", "RECORD", id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "not-visible"));
                throw new DomainRuleViolation("proposal.recordNotVisible", id);
            }
        }
        return wanted;
    }

    // ------------------------------------------------------------------ the flow

    /** A leader (any department) or the answering department's head (within their units) assigns a specialist. */
    public void assign(TheodoiUser user, Long id, AssignForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.mayAssignRole(reader, p)) {
            throw access.denied(id, "assign");
        }
        OrganizationView department = organizations.byCode(form.departmentCode().strip())
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", form.departmentCode().strip()));
        if (department.type() != OrganizationType.DEPARTMENT || !department.active()) {
            throw new DomainRuleViolation("proposal.notADepartment", department.displayName());
        }
        if (!reader.leadsEverything() && !reader.scope().organizationIds().contains(department.id())) {
            throw access.denied(id, "assign-outside-units");
        }
        String wanted = form.specialistUsername().strip().toLowerCase(java.util.Locale.ROOT);
        UserView specialist = users.peopleOf(organizations.subtreeOf(department.id())).stream()
                .filter(u -> u.username().equals(wanted) && u.roles().contains(Role.SPECIALIST)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("proposal.notASpecialistOf", form.specialistUsername().strip(),
                        department.displayName()));
        p.assign(department.id(), specialist.username(), form.version(), user.getUsername(), instants.instant());
        proposals.flush();
        audit.recordChange("PROPOSAL_ASSIGNED", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("department", department.id()).code("specialist", specialist.username()));
    }

    public void draft(TheodoiUser user, Long id, DraftForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.mayDraftRole(reader, p)) {
            throw access.denied(id, "draft");
        }
        p.draft(form.text(), form.version(), user.getUsername(), instants.instant());
        proposals.flush();
        audit.recordChange("PROPOSAL_DRAFTED", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of()
                .count("length", form.text().length()));
    }

    public void check(TheodoiUser user, Long id, StepForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.mayCheckRole(reader, p)) {
            throw access.denied(id, "check");
        }
        p.check(form.version(), user.getUsername(), instants.instant());
        proposals.flush();
        audit.recordChange("PROPOSAL_CHECKED", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of());
    }

    public void approve(TheodoiUser user, Long id, StepForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.mayApproveRole(reader, p)) {
            throw access.denied(id, "approve");
        }
        p.approve(form.version(), user.getUsername(), instants.instant());
        proposals.flush();
        audit.recordChange("PROPOSAL_APPROVED", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of());
    }

    public void sendBack(TheodoiUser user, Long id, ReturnForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.mayReturnRole(reader, p)) {
            throw access.denied(id, "return");
        }
        var from = p.getState();
        p.sendBack(form.reason(), form.version(), user.getUsername(), instants.instant());
        proposals.flush();
        audit.recordChange("PROPOSAL_RETURNED", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of().kind("from", from));
    }

    public void send(TheodoiUser user, Long id, SendForm form) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (!access.maySendRole(reader, p)) {
            throw access.denied(id, "send");
        }
        Instant now = instants.instant();
        p.send(form.date(), form.version(), user.getUsername(), calendar.today(), now);
        proposals.flush();
        audit.recordChange("PROPOSAL_SENT", ProposalAccess.AUDIT_TARGET, id, AuditDetails.of()
                .date("on", form.date()).date("due", p.getResponseDueDate()));
    }
}
