package vn.theodoi.records.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.audit.AuditQuery;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.records.Dashboard;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.RecordView;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.timelimits.ProcedureClock;

/** Lists, the home page's widgets and the whole record, each within what the reader may see. */
@Service
@Transactional(readOnly = true)
public class RecordReading {

    private final RecordAccess access;
    private final RecordQueries queries;
    private final ProcedureClock clock;
    private final Organizations organizations;
    private final AuditLog audit;
    private final RecordFigureQueries figures;

    RecordReading(RecordAccess access, RecordQueries queries, ProcedureClock clock, Organizations organizations,
            AuditLog audit, RecordFigureQueries figures) {
        this.figures = figures;
        this.access = access;
        this.queries = queries;
        this.clock = clock;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Page<RecordSummary> search(TheodoiUser user, RecordFilter filter, Pageable pageable) {
        return queries.search(access.reader(user), filter, pageable, clock.today(), clock.dueSoonDays());
    }

    public Slice<RecordSummary> searchAfter(TheodoiUser user, RecordFilter filter,
            vn.theodoi.records.RecordCursor cursor, int size) {
        List<RecordSummary> rows = queries.after(access.reader(user), filter, cursor, size + 1, clock.today(),
                clock.dueSoonDays());
        return new SliceImpl<>(rows.subList(0, Math.min(size, rows.size())), PageRequest.of(0, size),
                rows.size() > size);
    }

    /** The records' figures of a report over the period, within the reader's visibility. */
    public vn.theodoi.records.RecordFigures figures(TheodoiUser user, LocalDate from, LocalDate to) {
        return figures.figures(access.reader(user), from, to, clock.today());
    }

    public void forEachRow(TheodoiUser user, RecordFilter filter, java.util.function.LongConsumer total,
            java.util.function.Consumer<RecordSummary> each) {
        Visibility reader = access.reader(user);
        total.accept(queries.count(reader, filter, clock.today(), clock.dueSoonDays()));
        queries.forEach(reader, filter, clock.today(), clock.dueSoonDays(), each);
    }

    public Map<Long, List<String>> provincesOf(List<RecordSummary> rows) {
        return queries.provincesOf(rows.stream().map(RecordSummary::id).toList());
    }

    public Dashboard dashboard(TheodoiUser user, int listSize) {
        Visibility reader = access.reader(user);
        LocalDate today = clock.today();
        int soon = clock.dueSoonDays();
        return new Dashboard(queries.countByLevelAndStage(reader),
                queries.urgent(reader, DeadlineStatus.OVERDUE, listSize, today, soon),
                queries.urgent(reader, DeadlineStatus.DUE_SOON, listSize, today, soon),
                queries.count(reader, RecordFilter.deadline(DeadlineStatus.OVERDUE), today, soon),
                queries.count(reader, RecordFilter.deadline(DeadlineStatus.DUE_SOON), today, soon),
                queries.count(reader, RecordFilter.behindMilestones(), today, soon),
                queries.count(reader, RecordFilter.requestDayPassed(), today, soon),
                queries.first(reader, RecordFilter.mineByDue(), listSize, today, soon));
    }

    /** What falls due in a month in the records the reader may see (at most 2,000 items). */
    public List<vn.theodoi.records.CalendarEntry> dueIn(TheodoiUser user, java.time.YearMonth month) {
        return queries.dueBetween(access.reader(user), month.atDay(1), month.atEndOfMonth(), 2000, clock.today(),
                clock.dueSoonDays());
    }

    /** The whole record with its audit trail (its page). Reading a classified record is audited. */
    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public RecordView view(TheodoiUser user, Long id) {
        return view(user, id, true);
    }

    /**
     * The whole record; its audit trail (the page's log, one more query) only if asked. Reading a classified
     * record is audited either way.
     */
    @Transactional(readOnly = true)
    public RecordView view(TheodoiUser user, Long id, boolean withAuditTrail) {
        Visibility reader = access.reader(user);
        OversightRecord r = access.visible(reader, id);
        if (r.getClassification().isClassified()) {
            audit.recordEvent("RECORD_READ", RecordAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", r.getClassification()));
        }
        LocalDate today = clock.today();
        OrganizationDirectory directory = organizations.directory();
        // a history the law no longer allows (a corrected rule row, a stricter reading) shows the stored stage
        // without limits, and the page says why, until someone corrects the history
        // the parent only if the reader may see it: no field shows what the reader may not see
        RecordSummary parent = r.getParentId() == null ? null
                : queries.one(reader, r.getParentId(), today, clock.dueSoonDays()).orElse(null);
        ProcedureAssessment procedure;
        RecordView.Problem problem = null;
        try {
            procedure = clock.readingAssessor().assess(r.getSeverity(), r.procedureEvents());
        } catch (DomainRuleViolation unlawful) {
            procedure = new ProcedureAssessment(r.getCurrentStage(), List.of());
            problem = new RecordView.Problem(unlawful.messageKey(), List.of(unlawful.arguments()));
        }
        return new RecordView(r.getId(), r.getCode(), r.getKind(), r.getTitle(), r.getSummary(), r.getOversightLevel(),
                r.getSeverity(), r.getClassification(), directory.byId(r.getOwnerOrganizationId()).orElse(null),
                directory.byId(r.getOwnerDepartmentId()).orElse(null), r.getResponsibleUsername(),
                r.getProvinceCodes(), r.getProvinceCodes().stream().map(directory::province)
                        .flatMap(Optional::stream).map(Province::getName).sorted().toList(),
                r.getAgencyIds().stream().map(directory::byId).flatMap(Optional::stream).toList(),
                r.getCrimeArticles(), r.getReaders(), parent == null ? null : parent.id(), r.getDamageVnd(),
                r.getSeizedVnd(),
                r.getRecoveredVnd(), r.getVersion(), r.getUpdatedAt(),
                procedure, problem,
                r.events().stream().sorted(Comparator.comparing(RecordEvent::date).thenComparing(RecordEvent::id))
                        .map(RecordReading::event).toList(),
                r.levelHistory().stream().map(l -> new RecordView.LevelChange(l.oversightLevel, l.decidedOn,
                        l.decisionRef, l.note, l.recordedBy)).toList(),
                r.kindHistory().stream().map(k -> new RecordView.KindChange(k.fromKind, k.toKind, k.changedOn, k.note,
                        k.recordedBy)).toList(),
                r.persons().stream().map(p -> new RecordView.Person(p.id, p.fullName, p.proceduralRole, p.position,
                        p.organizationName, p.partyMember, p.centralCadre, p.chargedOn, p.indictedOn,
                        p.triedFirstInstanceOn, p.triedAppealOn, p.version)).toList(),
                r.money().stream().map(m -> new RecordView.MoneyEntry(m.id, m.kind, m.amountVnd, m.asOf, m.note))
                        .toList(),
                r.milestones().stream().map(m -> new RecordView.Milestone(m.id, m.description, m.targetDate,
                        m.directedBy, m.achievedOn, m.version)).toList(),
                r.obstacles().stream().map(o -> new RecordView.Obstacle(o.id, o.description, o.raisedOn, o.resolution,
                        o.resolvedOn, o.version)).toList(),
                r.notes().stream().map(n -> new RecordView.Note(n.id, n.body, n.writtenBy, n.writtenAt)).toList(),
                parent,
                queries.children(reader, id, today, clock.dueSoonDays()),
                !withAuditTrail ? List.of() : audit.search(new AuditQuery(null, null, null, RecordAccess.AUDIT_TARGET, String.valueOf(id), null,
                        null), PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent());
    }

    public vn.theodoi.records.ReportSecrecy reportSecrecy(TheodoiUser user, LocalDate from, LocalDate to) {
        return queries.reportSecrecy(access.reader(user), from, to);
    }

    private static RecordView.Event event(RecordEvent e) {
        return new RecordView.Event(e.id(), e.type(), e.date(), e.extensionDays(), e.extensionMonths(),
                e.returnedBy(), e.courtLevel(), e.documentRef(), e.note(), e.fileReceivedDate(), e.grantedBy(),
                e.supersededById(), e.correctionReason(), e.recordedBy(), e.recordedAt());
    }
}
