package vn.theodoi.tasks.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskCommands.UrgeForm;
import vn.theodoi.tasks.TaskUrged;

/** Progress reports, completion and urging: each one transaction, each audited (ids and dates only). */
@Service
@Transactional
public class TaskProgressing {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock instants = Clock.systemUTC();

    TaskProgressing(TaskAccess access, TaskRepository tasks, WorkingDayCalendar calendar, AuditLog audit,
            ApplicationEventPublisher events) {
        this.access = access;
        this.tasks = tasks;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    public void reportProgress(TheodoiUser user, Long id, ProgressForm form) {
        Task task = access.reportable(access.reader(user), id);
        task.reportProgress(form.date(), form.text(), user.getUsername(), calendar.today(), instants.instant());
        tasks.flush();
        audit.recordChange("TASK_PROGRESS_REPORTED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().date("asOf", form.date()));
    }

    public void complete(TheodoiUser user, Long id, CompletionForm form) {
        Task task = access.completable(access.reader(user), id);
        task.complete(form.date(), form.result(), calendar.today(), instants.instant());
        tasks.flush();
        audit.recordChange("TASK_COMPLETED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of().date("on", form.date())
                .date("due", task.getDueDate()));
    }

    /** Records the urge and publishes it: the notification module delivers it to the lead organization's people. */
    public void urge(TheodoiUser user, Long id, UrgeForm form) {
        Task task = access.visible(access.reader(user), id);
        Instant now = instants.instant();
        Urge urge = task.urge(form.message(), user.getUsername(), now);
        tasks.flush();
        audit.recordChange("TASK_URGED", TaskAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("toOrganization", urge.toOrganizationId()).id("urge", urge.id()));
        events.publishEvent(new TaskUrged(task.getId(), task.getCode(), task.getTitle(), urge.toOrganizationId(),
                user.getUsername(), now, urge.message()));
    }
}
