package vn.theodoi.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.tasks.TaskCommands.DueDateForm;
import vn.theodoi.tasks.TaskCommands.ReassignForm;

/** A leader's change of a due date, and handing many tasks to another person at once. */
@Service
@Transactional
public class TaskDescribing {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final AuditLog audit;
    private final Users users;
    private final Records records;
    private final Clock instants = Clock.systemUTC();

    TaskDescribing(TaskAccess access, TaskRepository tasks, AuditLog audit, Users users, Records records) {
        this.users = users;
        this.records = records;
        this.access = access;
        this.tasks = tasks;
        this.audit = audit;
    }

    public void changeDueDate(TheodoiUser user, Long id, DueDateForm form) {
        Task task = access.dueDateChangeable(access.reader(user), id);
        LocalDate before = task.getDueDate();
        task.changeDueDate(form.dueDate(), form.reason(), form.version(), user.getUsername(), instants.instant());
        tasks.flush();
        audit.recordChange("TASK_DUE_DATE_CHANGED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().date("before", before)
                .date("due", form.dueDate()));
    }

    /**
     * Department heads (and leaders) hand open tasks they may describe, and records their units
     * follow, to another person of their units: all of them, or none (one transaction).
     */
    public int reassign(TheodoiUser user, ReassignForm form) {
        Visibility reader = access.reader(user);
        if (!reader.roles().contains(Role.DEPARTMENT_HEAD) && !reader.roles().contains(Role.LEADER)) {
            throw access.denied(null, "roles=" + reader.roles());
        }
        if (form.taskIds().isEmpty() && form.recordIds().isEmpty()) {
            throw new DomainRuleViolation("tasks.workload.nothingChosen");
        }
        String to = users.staffMember(user, form.toUsername());
        Instant now = instants.instant();
        int n = 0;
        for (Long id : new LinkedHashSet<>(form.taskIds())) {
            Task task = access.visible(reader, id);
            if (!reader.describes(access.item(task))) {
                throw access.denied(id, "not the owner's");
            }
            String from = task.getResponsibleUsername();
            task.reassign(to, now);
            audit.recordChange("TASK_REASSIGNED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().code("from", from)
                    .code("to", to));
            n++;
        }
        tasks.flush();
        if (!form.recordIds().isEmpty()) {
            n += records.reassign(user, form.recordIds(), to);
        }
        return n;
    }
}
