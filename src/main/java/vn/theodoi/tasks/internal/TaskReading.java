package vn.theodoi.tasks.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ProcedureTime;
import vn.theodoi.tasks.TaskChanges;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.TaskView;
import vn.theodoi.tasks.Workload;

/** Lists, statistics, the whole task and the follow-up views, each within what the reader may see. */
@Service
@Transactional(readOnly = true)
public class TaskReading {

    private final TaskAccess access;
    private final TaskQueries queries;
    private final WorkingDayCalendar calendar;
    private final Organizations organizations;
    private final Records records;
    private final AuditLog audit;

    TaskReading(TaskAccess access, TaskQueries queries, WorkingDayCalendar calendar, Organizations organizations,
            Records records, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.calendar = calendar;
        this.organizations = organizations;
        this.records = records;
        this.audit = audit;
    }

    public boolean isVisibleTo(TheodoiUser person, Long id) {
        return queries.isVisible(access.reader(person), id);
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** The tasks among {@code ids} the person may see, in one query. */
    public List<TaskSummary> visibleAmong(TheodoiUser user, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return queries.first(access.reader(user), "t.id in (:ids)", Map.of("ids", List.copyOf(ids)), "t.id",
                ids.size(), calendar.today());
    }

    /** The tasks the person may see whose title is one of these (exactly, NFC): an import's duplicates. */
    public List<TaskSummary> visibleWithTitles(TheodoiUser user, java.util.Collection<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        return queries.first(access.reader(user), "t.title in (:titles)", Map.of("titles", List.copyOf(titles)),
                "t.id", 10 * titles.size(), calendar.today());
    }

    public Page<TaskSummary> search(TheodoiUser user, TaskFilter filter, Pageable pageable) {
        return queries.search(access.reader(user), filter, pageable, calendar.today());
    }

    public void forEachRow(TheodoiUser user, TaskFilter filter, java.util.function.Consumer<TaskSummary> each) {
        queries.forEach(access.reader(user), filter, calendar.today(), each);
    }

    /** The whole task; reading a classified task is audited. Linked records the reader may not see are left out. */
    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public TaskView view(TheodoiUser user, Long id) {
        Visibility reader = access.reader(user);
        Task t = access.visible(reader, id);
        if (t.getClassification().isClassified()) {
            audit.recordEvent("TASK_READ", TaskAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", t.getClassification()));
        }
        LocalDate today = calendar.today();
        OrganizationDirectory directory = organizations.directory();
        return new TaskView(t.getId(), t.getCode(), t.getTitle(), t.getSourceType(), t.getSourceReference(),
                t.getMeetingId(), t.getRequirementNumber(), t.getParentId(), t.getMilestone(),
                directory.byId(t.getLeadOrganizationId()).orElse(null),
                t.getCoordinatorIds().stream().map(directory::byId).flatMap(Optional::stream)
                        .sorted(java.util.Comparator.comparingInt(OrganizationView::sortOrder)).toList(),
                t.getClassification(), t.getReaders(), t.getAssignedOn(), t.getDueDate(), t.getCompletedOn(),
                t.getResult(), t.status(today), t.getResponsibleUsername(),
                records.visibleAmong(user, t.getRecordIds()).stream()
                        .map(r -> new TaskView.LinkedRecord(r.id(), r.code(), r.title())).toList(),
                t.progress().stream().map(p -> new TaskView.Progress(p.id(), p.reportDate(), p.body(), p.writtenBy(),
                        p.writtenAt())).toList(),
                t.urges().stream().map(u -> {
                    OrganizationView to = directory.byId(u.toOrganizationId()).orElse(null);
                    return new TaskView.Urge(u.id(), u.urgedBy(), u.urgedAt(), to == null ? null : to.code(),
                            to == null ? null : to.displayName(), u.message());
                }).toList(),
                t.dueChanges().stream().map(c -> new TaskView.DueChange(c.fromDate(), c.toDate(), c.reason(),
                        c.changedBy(), c.changedAt())).toList(),
                queries.children(reader, id, today), t.getVersion(), t.getCreatedBy(), t.getUpdatedAt(),
                access.mayReport(reader, t), t.getCompletedOn() == null && access.mayComplete(reader, t),
                t.getCompletedOn() == null && access.mayChangeDueDate(reader, t),
                t.getCompletedOn() == null && access.mayUrge(reader, t));
    }

    /** The four statuses for a period, in total and per lead organization (optionally one organization and its units). */
    public TaskStats stats(TheodoiUser user, LocalDate from, LocalDate to, String organizationCode) {
        return stats(user, from, to, organizationCode, null);
    }

    /**
     * {@link #stats}'s total alone, for every source and unit: from the tasks' tally for the readers who see every
     * unit (the home page's chart at a million records), else counted as {@link #stats} counts.
     */
    public TaskStats.Counts totals(TheodoiUser user, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation("task.stats.period");
        }
        return queries.talliedTotals(access.reader(user), from, to, calendar.today())
                .orElseGet(() -> stats(user, from, to, null).total());
    }

    /** The same, for the tasks of one source only (an inspection's recommendations), or of any when null. */
    public TaskStats stats(TheodoiUser user, LocalDate from, LocalDate to, String organizationCode,
            TaskSourceType source) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation("task.stats.period");
        }
        Set<Long> organizationIds = null;
        if (organizationCode != null && !organizationCode.isBlank()) {
            OrganizationView o = organizations.byCode(organizationCode.strip())
                    .orElseThrow(() -> new DomainRuleViolation("organization.unknown", organizationCode));
            organizationIds = organizations.subtreeOf(o.id());
        }
        LocalDate today = calendar.today();
        List<TaskStats.OrganizationCounts> rows = queries.countsByOrganization(access.reader(user), from, to,
                organizationIds, source, today);
        TaskStats.Counts total = new TaskStats.Counts(
                rows.stream().mapToLong(r -> r.counts().completedOnTime()).sum(),
                rows.stream().mapToLong(r -> r.counts().completedLate()).sum(),
                rows.stream().mapToLong(r -> r.counts().inProgress()).sum(),
                rows.stream().mapToLong(r -> r.counts().overdue()).sum());
        return new TaskStats(from, to, today, total, rows);
    }

    /** What changed in the visible tasks since a day: given, completed, reported, overdue now. */
    public TaskChanges changesSince(TheodoiUser user, LocalDate since, int listSize) {
        Visibility reader = access.reader(user);
        LocalDate today = calendar.today();
        Map<String, Object> p = Map.of("since", since);
        Map<String, Object> at = Map.of("sinceAt", since.atStartOfDay(ProcedureTime.VIETNAM).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
        String assigned = "t.assigned_on >= :since";
        String completed = "t.completed_on >= :since";
        return new TaskChanges(since,
                queries.count(reader, assigned, p, today),
                queries.count(reader, completed + " and " + TaskStatus.COMPLETED_ON_TIME.condition(), p, today),
                queries.count(reader, completed + " and " + TaskStatus.COMPLETED_LATE.condition(), p, today),
                queries.count(reader, "t.id in (select tp.task_id from task_progress tp where tp.written_at >= :sinceAt)",
                        at, today),
                queries.count(reader, TaskStatus.OVERDUE.condition(), Map.of(), today),
                queries.first(reader, assigned, p, "t.assigned_on desc, t.id desc", listSize, today),
                queries.first(reader, completed, p, "t.completed_on desc, t.id desc", listSize, today),
                queries.first(reader, TaskStatus.OVERDUE.condition(), Map.of(), "t.due_date asc, t.id asc", listSize,
                        today));
    }

    /** For a department head: the open tasks their units lead, by the person they wait with. */
    public Workload workload(TheodoiUser user, int limit) {
        Visibility reader = access.reader(user);
        LocalDate today = calendar.today();
        Set<Long> units = organizations.subtreeOf(user.organizationId());
        return new Workload(today, queries.waiting(reader, units, today, limit));
    }

    /** Open tasks a person is reminded of: due on or before {@code until}, led by their unit or followed by them. */
    public List<TaskSummary> dueFor(TheodoiUser person, java.util.Collection<Long> ownUnits, LocalDate until,
            int limit) {
        return queries.dueFor(access.reader(person), ownUnits, until, calendar.today(), limit);
    }

    public Map<Long, List<String>> coordinatorsOf(List<TaskSummary> rows) {
        return queries.coordinatorNames(rows.stream().map(TaskSummary::id).toList());
    }
}
