package vn.theodoi.situations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/** What people do to a hot spot once it is reported, each with its constraints and the version they read. */
public final class SituationCommands {

    private SituationCommands() {
    }

    /**
     * A follow-up entry (cập nhật) as of a day that has come, with what happened; {@code status}, when
     * given and different, changes the hot spot's status (null keeps it).
     */
    public record UpdateForm(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate date,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.maxLength}") String text,
            SituationStatus status,
            @NotNull(message = "{validation.required}") Long version) {
    }

    /** Links a record or a task (exactly one) that came of the hot spot; the linker must see it. */
    public record LinkForm(Long recordId, Long taskId, @NotNull(message = "{validation.required}") Long version) {
    }
}
