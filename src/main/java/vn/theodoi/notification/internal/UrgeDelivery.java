package vn.theodoi.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.theodoi.access.UserView;
import vn.theodoi.notification.NotificationKind;
import vn.theodoi.shared.web.Formats;
import vn.theodoi.tasks.TaskUrged;
import vn.theodoi.tasks.Tasks;

/**
 * Delivers an urge (đôn đốc) to the people of the urged organization who may see the task: in
 * their inbox and, when mail is on, by e-mail. The event is stored with the urge and delivered
 * again after a crash; a notification already there is not added twice.
 */
@Component
class UrgeDelivery {

    private final People people;
    private final Tasks tasks;
    private final Inbox inbox;
    private final Mail mail;
    private final NotificationText words;
    private final Formats formats;

    UrgeDelivery(People people, Tasks tasks, Inbox inbox, Mail mail, NotificationText words, Formats formats) {
        this.words = words;
        this.formats = formats;
        this.people = people;
        this.tasks = tasks;
        this.inbox = inbox;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(TaskUrged urged) {
        String key = "URGE:" + urged.taskId() + ":" + urged.urgedAt().toEpochMilli();
        String title = words.of("notification.urge.title", urged.taskCode(), urged.taskTitle());
        String body = urged.message() + "\n— " + urged.urgedBy() + ", " + formats.dateTime(urged.urgedAt());
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
