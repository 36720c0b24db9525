package vn.theodoi.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reader's decision on a text's proposals: the ids of those accepted (every other one is rejected) and, for
 * accepted tasks, what the reader changed. An empty list rejects them all.
 */
public record AcceptForm(
        @NotNull(message = "{validation.required}") @Size(max = 500, message = "{validation.maxItems}") List<Long> accepted,
        @Size(max = 500, message = "{validation.maxItems}") List<@Valid Change> changes) {

    public AcceptForm {
        accepted = accepted == null ? null : accepted.stream().filter(Objects::nonNull).distinct().toList();
        changes = changes == null ? List.of() : changes.stream().filter(Objects::nonNull).toList();
    }

    public AcceptForm(List<Long> accepted) {
        this(accepted, List.of());
    }

    /**
     * What the reader changed in a proposed task: a field left null keeps what was proposed; {@code noDueDate}
     * and {@code noRecord} remove the proposed due date or record.
     */
    public record Change(@NotNull(message = "{validation.required}") Long id,
            @Size(max = 2000, message = "{validation.maxLength}") String title,
            @Size(max = 40, message = "{validation.maxLength}") String leadOrganizationCode,
            LocalDate dueDate, Long recordId, Boolean noDueDate, Boolean noRecord) {

        public boolean changesSomething() {
            return title != null || leadOrganizationCode != null || dueDate != null || recordId != null
                    || Boolean.TRUE.equals(noDueDate) || Boolean.TRUE.equals(noRecord);
        }
    }
}
