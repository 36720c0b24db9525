package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What people do to a task once it exists, each with its constraints. */
public final class TaskCommands {

    private TaskCommands() {
    }

    /** A progress report (báo cáo tiến độ) as of a day, which may not be in the future. */
    public record ProgressForm(@NotNull(message = "{validation.required}") LocalDate date,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.maxLength}") String text) {
    }

    /** Completion (hoàn thành) on a day, which may not be in the future, with its result. */
    public record CompletionForm(@NotNull(message = "{validation.required}") LocalDate date,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.maxLength}") String result) {
    }

    /** Urging (đôn đốc) the lead organization, with a message. */
    public record UrgeForm(@NotBlank(message = "{validation.required}")
            @Size(max = 2000, message = "{validation.maxLength}") String message) {
    }

    /** A leader's change of the due date (null: no due date), with the reason; {@code version} as read. */
    public record DueDateForm(LocalDate dueDate,
            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String reason,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** Hands many tasks to another person at once (someone is away). */
    public record ReassignForm(@NotEmpty(message = "{validation.required}") List<Long> taskIds,
            @NotBlank(message = "{validation.required}") String toUsername) {
    }
}
