package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.theodoi.access.Clearance;

/**
 * A task as a person or an API client gives it. {@code meetingId} and {@code requirementNumber}
 * name the conclusion it comes from; {@code parentId} and {@code milestone} make it a milestone of a
 * scheme; {@code recordIds} are records the task concerns (each must be visible to the person
 * linking it). {@code assignedOn}, the day the task was given, defaults to today and may not be in the
 * future (a programme entered late keeps its real dates).
 */
public record TaskForm(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.maxLength}") String title,
        @NotNull(message = "{validation.required}") TaskSourceType sourceType,
        @Size(max = 500, message = "{validation.maxLength}") String sourceReference,
        Long meetingId,
        Integer requirementNumber,
        @NotBlank(message = "{validation.required}") String leadOrganizationCode,
        Set<String> coordinatingOrganizationCodes,
        LocalDate dueDate,
        Clearance classification,
        List<Long> recordIds,
        Set<String> readers,
        @Size(max = 64, message = "{validation.maxLength}") String responsibleUsername,
        Long parentId,
        SchemeMilestone milestone,
        LocalDate assignedOn) {

    public Clearance classificationOrDefault() {
        return classification == null ? Clearance.UNCLASSIFIED : classification;
    }

    /** A task of a conclusion's requirement. */
    public static TaskForm ofRequirement(String text, TaskSourceType source, String reference, Long meetingId,
            int number, String lead, LocalDate due, Clearance classification) {
        return new TaskForm(text, source, reference, meetingId, number, lead, Set.of(), due, classification,
                List.of(), Set.of(), null, null, null, null);
    }
}
