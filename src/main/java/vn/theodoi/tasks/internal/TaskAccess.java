package vn.theodoi.tasks.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Loads the task a person acts on only if the visibility policy lets them see it (in the query),
 * and says what they may do on it; every refusal is audited. Write rights: progress and completion
 * by the lead organization's people (department staff, the province's officers, the agency's
 * liaisons) and leaders; the due date by leaders and the lead department's head; urging by anyone
 * who sees the task.
 */
@Component
public class TaskAccess {

    public static final String AUDIT_TARGET = "TASK";

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final AccessScopes scopes;
    private final AuditLog audit;
    private final Organizations organizations;

    TaskAccess(TaskRepository tasks, TaskQueries queries, AccessScopes scopes, AuditLog audit,
            Organizations organizations) {
        this.tasks = tasks;
        this.queries = queries;
        this.scopes = scopes;
        this.audit = audit;
        this.organizations = organizations;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    /** The task if the reader may see it; otherwise "not found", and the attempt is audited. */
    public Task visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (tasks.existsById(id)) {
                audit.recordEvent("TASK_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("task", id);
        }
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    public Visibility.Item item(Task task) {
        return task.visibleItem(provinceOf(task.getLeadOrganizationId()));
    }

    /** The province whose committee or standing agency an organization is; null for any other. */
    String provinceOf(Long organizationId) {
        return organizations.directory().committeeProvinceOf(organizationId);
    }

    /** The lead organization's people (and leaders) report progress on a task they see. */
    public boolean mayReport(Visibility reader, Task task) {
        Visibility.Item item = item(task);
        if (!reader.reportsProgress() || !reader.permits(item)) {
            return false;
        }
        Long lead = task.getLeadOrganizationId();
        return switch (reader.scope().kind()) {
            case ALL -> true;
            case ORGANIZATIONS, AGENCIES -> reader.scope().organizationIds().contains(lead);
            case PROVINCE -> item.ownerProvinceCode() != null
                    && reader.scope().provinceCodes().contains(item.ownerProvinceCode());
            case NONE -> false;
        };
    }

    public boolean mayComplete(Visibility reader, Task task) {
        return mayReport(reader, task) || reader.describes(item(task));
    }

    /** Leaders, and the head of the lead department, move a due date. */
    public boolean mayChangeDueDate(Visibility reader, Task task) {
        return (reader.roles().contains(Role.LEADER) || reader.roles().contains(Role.DEPARTMENT_HEAD))
                && reader.describes(item(task));
    }

    /** Anyone who sees a task may urge its lead organization. */
    public boolean mayUrge(Visibility reader, Task task) {
        return reader.permits(item(task));
    }

    public Task reportable(Visibility reader, Long id) {
        Task task = visible(reader, id);
        if (!mayReport(reader, task)) {
            throw denied(id, "not the lead organization's");
        }
        return task;
    }

    public Task completable(Visibility reader, Long id) {
        Task task = visible(reader, id);
        if (!mayComplete(reader, task)) {
            throw denied(id, "not the lead organization's");
        }
        return task;
    }

    public Task dueDateChangeable(Visibility reader, Long id) {
        Task task = visible(reader, id);
        if (!mayChangeDueDate(reader, task)) {
            throw denied(id, "not a leader of the owner");
        }
        return task;
    }

    public ForbiddenException denied(Long id, String why) {
        audit.recordEvent("TASK_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED, AuditDetails.of().code("reason",
                why.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
        return new ForbiddenException("task.changeDenied");
    }
}
