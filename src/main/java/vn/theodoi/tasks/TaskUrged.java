package vn.theodoi.tasks;

import java.time.Instant;

/**
 * A task's lead organization was urged (đôn đốc): published with the change, so the notification
 * module delivers it to that organization's people, again after a crash until it is delivered.
 */
public record TaskUrged(Long taskId, String taskCode, String taskTitle, Long toOrganizationId, String urgedBy,
        Instant urgedAt, String message) {
}
