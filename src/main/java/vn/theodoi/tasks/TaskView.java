package vn.theodoi.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationView;

/**
 * A whole task as its page and the API show it. {@code records} holds only the linked records the
 * reader may see; the others are not shown, nor counted. The {@code may*} flags tell what the
 * reader may do on it.
 */
public record TaskView(Long id, String code, String title, TaskSourceType sourceType, String sourceReference,
        Long meetingId, Integer requirementNumber, Long parentId, SchemeMilestone milestone,
        OrganizationView leadOrganization, List<OrganizationView> coordinatingOrganizations,
        Clearance classification, Set<String> readers, LocalDate assignedOn, LocalDate dueDate,
        LocalDate completedOn, String result, TaskStatus status, String responsibleUsername,
        List<LinkedRecord> records, List<Progress> progress, List<Urge> urges, List<DueChange> dueChanges,
        List<TaskSummary> milestones, long version, String createdBy, Instant updatedAt,
        boolean mayReport, boolean mayComplete, boolean mayChangeDueDate, boolean mayUrge) {

    public record LinkedRecord(Long id, String code, String title) {
    }

    public record Progress(Long id, LocalDate date, String text, String writtenBy, Instant writtenAt) {
    }

    public record Urge(Long id, String urgedBy, Instant urgedAt, String toOrganizationCode, String toOrganizationName,
            String message) {
    }

    public record DueChange(LocalDate fromDate, LocalDate toDate, String reason, String changedBy, Instant changedAt) {
    }
}
