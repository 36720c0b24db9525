package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
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

    /**
     * Hands many tasks, and records followed in the same units, to another person of those units at
     * once (someone is away): all of them or none.
     */
    public record ReassignForm(@Size(max = 1000, message = "{validation.maxItems}") List<Long> taskIds,
            @Size(max = 1000, message = "{validation.maxItems}") List<Long> recordIds,
            @NotBlank(message = "{validation.required}") String toUsername) {

        public ReassignForm {
            taskIds = taskIds == null ? List.of() : taskIds.stream().filter(Objects::nonNull).toList();
            recordIds = recordIds == null ? List.of() : recordIds.stream().filter(Objects::nonNull).toList();
        }

        /** Tasks only. */
        public ReassignForm(List<Long> taskIds, String toUsername) {
            this(taskIds, List.of(), toUsername);
        }
    }
}
