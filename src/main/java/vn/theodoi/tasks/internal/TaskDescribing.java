package vn.theodoi.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.tasks.TaskCommands.DueDateForm;
import vn.theodoi.tasks.TaskCommands.ReassignForm;

/** A leader's change of a due date, and handing many tasks to another person at once. */
@Service
@Transactional
public class TaskDescribing {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    TaskDescribing(TaskAccess access, TaskRepository tasks, AuditLog audit) {
        this.access = access;
        this.tasks = tasks;
        this.audit = audit;
    }

    public void changeDueDate(TheodoiUser user, Long id, DueDateForm form) {
        Task task = access.dueDateChangeable(access.reader(user), id);
        java.time.LocalDate before = task.getDueDate();
        task.changeDueDate(form.dueDate(), form.reason(), form.version(), user.getUsername(), instants.instant());
        tasks.flush();
        audit.recordChange("TASK_DUE_DATE_CHANGED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().date("before", before)
                .date("due", form.dueDate()));
    }

    /**
     * Department heads (and leaders) hand open tasks they may describe to another person: all of
     * them, or none (one transaction).
     */
    public int reassign(TheodoiUser user, ReassignForm form) {
        Visibility reader = access.reader(user);
        if (!reader.roles().contains(Role.DEPARTMENT_HEAD) && !reader.roles().contains(Role.LEADER)) {
            throw access.denied(null, "roles=" + reader.roles());
        }
        String to = VietnameseText.clean(form.toUsername());
        if (to == null) {
            throw new DomainRuleViolation("validation.required");
        }
        Instant now = instants.instant();
        int n = 0;
        for (Long id : new LinkedHashSet<>(form.taskIds())) {
            Task task = access.visible(reader, id);
            if (!reader.describes(access.item(task))) {
                throw access.denied(id, "not the owner's");
            }
            String from = task.getResponsibleUsername();
            task.reassign(to.toLowerCase(), now);
            audit.recordChange("TASK_REASSIGNED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().code("from", from)
                    .code("to", to.toLowerCase()));
            n++;
        }
        tasks.flush();
        return n;
    }

    List<Long> ids(ReassignForm form) {
        return form.taskIds();
    }
}
