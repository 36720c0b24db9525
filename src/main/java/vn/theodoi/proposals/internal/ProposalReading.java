package vn.theodoi.proposals.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.ProposalDue;
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalSummary;
import vn.theodoi.proposals.ProposalView;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.records.Records;

/** Lists, the whole proposal and the reminders' due items, each within what the reader may see. */
@Service
@Transactional(readOnly = true)
public class ProposalReading {

    private final ProposalAccess access;
    private final ProposalQueries queries;
    private final WorkingDayCalendar calendar;
    private final Organizations organizations;
    private final Records records;
    private final AuditLog audit;

    ProposalReading(ProposalAccess access, ProposalQueries queries, WorkingDayCalendar calendar,
            Organizations organizations, Records records, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.calendar = calendar;
        this.organizations = organizations;
        this.records = records;
        this.audit = audit;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** Proposals received in the period by timeliness judged on {@code asOf}, within the reader's visibility. */
    public Map<Timeliness, Long> figures(TheodoiUser user, LocalDate from, LocalDate to, LocalDate asOf) {
        return queries.countsByTimeliness(access.reader(user), from, to, asOf);
    }

    /** The sender's people see their rows without who handles them inside the Commission. */
    public Page<ProposalSummary> search(TheodoiUser user, ProposalFilter filter, Pageable pageable) {
        Visibility reader = access.reader(user);
        LocalDate judgedOn = judgedOn(filter);
        Page<ProposalSummary> rows = queries.search(reader, filter, pageable, judgedOn);
        return ProposalAccess.internal(reader) ? rows : rows.map(ProposalReading::asSender);
    }

    public void forEachRow(TheodoiUser user, ProposalFilter filter, java.util.function.Consumer<ProposalSummary> each) {
        Visibility reader = access.reader(user);
        boolean internal = ProposalAccess.internal(reader);
        queries.forEach(reader, filter, judgedOn(filter), r -> each.accept(internal ? r : asSender(r)));
    }

    /** Timeliness is judged today, or on the filter's earlier day (a past period's figures and their list). */
    private LocalDate judgedOn(ProposalFilter filter) {
        LocalDate today = calendar.today();
        return filter.asOf() != null && filter.asOf().isBefore(today) ? filter.asOf() : today;
    }

    /** The row as the sender's people read it: nothing of who handles it inside the Commission. */
    private static ProposalSummary asSender(ProposalSummary r) {
        return new ProposalSummary(r.id(), r.type(), r.senderOrganizationCode(), r.senderOrganizationName(),
                r.referenceNumber(), r.receivedDate(), r.subject(), r.classification(), r.responseDueDate(), null, null,
                null, r.state(), r.answeredOn(), r.timeliness());
    }

    public boolean isVisibleTo(TheodoiUser person, Long id) {
        return queries.isVisible(access.reader(person), id);
    }

    /**
     * The whole proposal; reading a classified one is audited. The sender's people read the answer
     * once it is sent, and nothing of the work inside the Commission (drafts, steps, who handles it).
     */
    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public ProposalView view(TheodoiUser user, Long id) {
        Visibility reader = access.reader(user);
        Proposal p = access.visible(reader, id);
        if (p.getClassification().isClassified()) {
            audit.recordEvent("PROPOSAL_READ", ProposalAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", p.getClassification()));
        }
        LocalDate today = calendar.today();
        OrganizationDirectory directory = organizations.directory();
        boolean internal = ProposalAccess.internal(reader);
        ProposalState state = p.getState();
        boolean answerShown = internal || state == ProposalState.SENT;
        return new ProposalView(p.getId(), p.getType(), directory.byId(p.getSenderOrganizationId()).orElse(null),
                p.getReferenceNumber(), p.getReceivedDate(), p.getSubject(), p.getClassification(),
                p.getResponseDays(), p.getResponseDueDate(),
                internal && p.getDepartmentId() != null ? directory.byId(p.getDepartmentId()).orElse(null) : null,
                internal ? p.getSpecialistUsername() : null, state, p.timeliness(today),
                answerShown ? p.getAnswerText() : null, p.getAnsweredOn(),
                records.visibleAmong(user, p.getRecordIds()).stream()
                        .map(r -> new ProposalView.LinkedRecord(r.id(), r.code(), r.title())).toList(),
                internal ? p.steps().stream().map(s -> new ProposalView.Step(s.step(), s.takenBy(), s.takenAt(),
                        s.reason())).toList() : List.of(),
                p.getVersion(), p.getCreatedBy(), p.getUpdatedAt(), internal,
                internal && access.mayAssignRole(reader, p) && (state == ProposalState.RECEIVED
                        || state == ProposalState.ASSIGNED || state == ProposalState.RETURNED),
                access.mayDraftRole(reader, p) && (state == ProposalState.ASSIGNED || state == ProposalState.RETURNED
                        || state == ProposalState.DRAFTED),
                access.mayCheckRole(reader, p) && state == ProposalState.DRAFTED,
                access.mayApproveRole(reader, p) && state == ProposalState.CHECKED,
                access.mayReturnRole(reader, p) && (state == ProposalState.DRAFTED || state == ProposalState.CHECKED),
                access.maySendRole(reader, p) && state == ProposalState.APPROVED);
    }

    /** Unanswered proposals a person is reminded of: due on or before {@code until}, answered by their unit or drafted by them. */
    public List<ProposalDue> dueFor(TheodoiUser person, Collection<Long> ownUnits, LocalDate until, int limit) {
        return queries.dueFor(access.reader(person), ownUnits, until, limit);
    }
}
