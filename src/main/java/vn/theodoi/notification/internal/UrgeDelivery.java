package vn.theodoi.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.theodoi.access.UserView;
import vn.theodoi.notification.NotificationKind;
import vn.theodoi.tasks.TaskUrged;
import vn.theodoi.tasks.Tasks;

/**
 * Delivers an urge (đôn đốc) to the people of the urged organization who may see the task: in
 * their inbox and, when mail is on, by e-mail. The event is stored with the urge and delivered
 * again after a crash; a notification already there is not added twice.
 */
@Component
class UrgeDelivery {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final People people;
    private final Tasks tasks;
    private final Inbox inbox;
    private final Mail mail;

    UrgeDelivery(People people, Tasks tasks, Inbox inbox, Mail mail) {
        this.people = people;
        this.tasks = tasks;
        this.inbox = inbox;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(TaskUrged urged) {
        String key = "URGE:" + urged.taskId() + ":" + urged.urgedAt().toEpochMilli();
        String title = "Đôn đốc: " + urged.taskCode() + " · " + urged.taskTitle();
        String body = urged.message() + "\n— " + urged.urgedBy() + ", " + SHOWN.format(urged.urgedAt());
        for (UserView person : people.of(urged.toOrganizationId())) {
            if (!tasks.isVisibleTo(people.principal(person.username()), urged.taskId())) {
                continue;
            }
            boolean added = inbox.add(person.username(), NotificationKind.URGE, "TASK", urged.taskId(), title, body,
                    "/tasks/" + urged.taskId(), key);
            if (added && person.email() != null && mail.on()) {
                mail.send(person.email(), "[theodoi] " + title, body + "\n\n/tasks/" + urged.taskId());
            }
        }
    }
}
