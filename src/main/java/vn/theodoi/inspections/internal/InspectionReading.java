package vn.theodoi.inspections.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.inspections.InspectionCounts;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionSummary;
import vn.theodoi.inspections.InspectionView;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Tasks;

/** Inspection lists and the whole inspection, with its recommendations' tasks as tasks compute them. */
@Service
@Transactional(readOnly = true)
public class InspectionReading {

    private final InspectionAccess access;
    private final InspectionQueries queries;
    private final Organizations organizations;
    private final Users users;
    private final Tasks tasks;
    private final AuditLog audit;

    InspectionReading(InspectionAccess access, InspectionQueries queries, Organizations organizations, Users users,
            Tasks tasks, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.organizations = organizations;
        this.users = users;
        this.tasks = tasks;
        this.audit = audit;
    }

    public Page<InspectionSummary> list(TheodoiUser user, InspectionFilter filter, Pageable pageable) {
        return queries.list(access.reader(user), filter, pageable);
    }

    /**
     * The period's inspections: concluded in it, under way on {@code asOf}, and the recommendations'
     * tasks of the period (those the tasks' statistics count: due in it, or without a due date assigned in it).
     */
    public InspectionCounts figures(TheodoiUser user, LocalDate from, LocalDate to, LocalDate asOf) {
        long[] counts = queries.concludedAndActive(access.reader(user), from, to, asOf);
        TaskStats.Counts recommendations = tasks.stats(user, from, to, null, TaskSourceType.INSPECTION).total();
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, recommendations.count(status));
        }
        return new InspectionCounts(counts[0], counts[1], byStatus);
    }

    public void forEachRow(TheodoiUser user, InspectionFilter filter, java.util.function.Consumer<InspectionSummary> each) {
        queries.forEach(access.reader(user), filter, each);
    }

    /** The whole inspection; reading a classified one is audited. A task the reader may not see shows no status. */
    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public InspectionView view(TheodoiUser user, Long id) {
        Visibility reader = access.reader(user);
        Inspection i = access.visible(reader, id);
        if (i.getClassification().isClassified()) {
            audit.recordEvent("INSPECTION_READ", InspectionAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", i.getClassification()));
        }
        OrganizationDirectory directory = organizations.directory();
        OrganizationView target = directory.byId(i.getTargetOrganizationId()).orElse(null);
        OrganizationView owner = directory.byId(i.getOwnerUnitId()).orElse(null);
        Map<String, String> names = users.fullNames(i.team().stream().map(TeamMember::username).toList());
        Map<Long, TaskSummary> visibleTasks = tasks.visibleAmong(user, i.recommendations().stream()
                .map(Recommendation::taskId).toList()).stream()
                .collect(Collectors.toMap(TaskSummary::id, Function.identity()));
        return new InspectionView(i.getId(), i.getKind(), i.getSubject(), target == null ? null : target.code(),
                target == null ? null : target.displayName(), owner == null ? null : owner.code(),
                owner == null ? null : owner.displayName(), i.getClassification(), i.getPeriodStart(),
                i.getPeriodEnd(), i.getStatus(), i.getStartedOn(), i.getConcludedOn(), i.getConclusionReference(),
                i.getFindings(),
                i.team().stream().map(m -> new InspectionView.Member(m.username(),
                        names.getOrDefault(m.username(), m.username()), m.head())).toList(),
                i.getReaders(),
                i.recommendations().stream().map(r -> {
                    OrganizationView lead = directory.byId(r.leadOrganizationId()).orElse(null);
                    TaskSummary task = visibleTasks.get(r.taskId());
                    return new InspectionView.Recommendation(r.number(), r.text(), lead == null ? null : lead.code(),
                            lead == null ? null : lead.displayName(), r.recommendedOn(), r.dueDate(), r.taskId(),
                            task == null ? null : task.code(), task == null ? null : task.status(),
                            task == null ? null : task.completedOn());
                }).toList(),
                i.getVersion(), access.mayChange(reader, i));
    }
}
