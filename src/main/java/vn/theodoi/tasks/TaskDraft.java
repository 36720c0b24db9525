package vn.theodoi.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.theodoi.tasks.TaskCommands.ProgressForm;

/**
 * A task as a generator or an import gives it, whole: the task, its progress reports, its
 * completion (or none) and who entered it when. {@link BulkTasks} builds the aggregate from it.
 */
public record TaskDraft(String code, TaskForm task, List<ProgressForm> progress, LocalDate completedOn, String result,
        String createdBy, Instant createdAt, Instant lastChangedAt) {
}
