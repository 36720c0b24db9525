package vn.theodoi.meetings;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What people add to a meeting once it exists, each with its constraints. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    /** An agenda item, which may discuss a record (one the person may see). */
    public record AgendaItemForm(@NotBlank(message = "{validation.required}")
            @Size(max = 1000, message = "{validation.maxLength}") String title, Long recordId) {
    }

    /** A document the Commission must prepare: its owner department and due date. */
    public record DocumentForm(@NotBlank(message = "{validation.required}")
            @Size(max = 1000, message = "{validation.maxLength}") String title,
            @NotBlank(message = "{validation.required}") String ownerDepartmentCode,
            @NotNull(message = "{validation.required}") LocalDate dueDate) {
    }

    /** A document moves on (submitted, approved); {@code version} as read. */
    public record DocumentStateForm(@NotNull(message = "{validation.required}") DocumentState state,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** One numbered requirement of a conclusion: it becomes a task of the lead organization. */
    public record RequirementForm(@NotBlank(message = "{validation.required}")
            @Size(max = 4000, message = "{validation.maxLength}") String text,
            @NotBlank(message = "{validation.required}") String leadOrganizationCode, LocalDate dueDate) {
    }

    /** The conclusion (Kết luận): number, date and the requirements in their order (numbered from 1). */
    public record ConclusionForm(@NotBlank(message = "{validation.required}")
            @Size(max = 80, message = "{validation.maxLength}") String number,
            @NotNull(message = "{validation.required}") LocalDate date,
            @NotEmpty(message = "{validation.required}") List<@Valid RequirementForm> requirements) {
    }
}
