package vn.theodoi.proposals;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.shared.validation.PlausibleDate;

/**
 * The steps of the answer's flow, each with its constraints. {@code version}, where a form has it, is
 * the version the person read: when someone changed the proposal since, the step is refused (409).
 * It may be left out by API clients that read and act at once.
 */
public final class ProposalCommands {

    private ProposalCommands() {
    }

    /** Gives the proposal to a department and one of its specialists. */
    public record AssignForm(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.maxLength}") String departmentCode,
            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.maxLength}") String specialistUsername,
            Long version) {
    }

    /** The specialist's draft of the answer. */
    public record DraftForm(@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.maxLength}") String text,
            Long version) {
    }

    /** A check or an approval: nothing to say but the version read. */
    public record StepForm(Long version) {

        public static StepForm none() {
            return new StepForm(null);
        }
    }

    /** Sends the draft back to the specialist, with the reason. */
    public record ReturnForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String reason,
            Long version) {
    }

    /** The answer went out on this day (not in the future, not before the proposal was received). */
    public record SendForm(@NotNull(message = "{validation.required}") @PlausibleDate LocalDate date, Long version) {
    }

    /** An administrator's response deadline for a type, in working days. */
    public record DeadlineForm(@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.positive}")
            @Max(value = 250, message = "{proposal.deadline.tooLong}") Integer workingDays,
            @NotNull(message = "{validation.required}") Long version) {
    }
}
