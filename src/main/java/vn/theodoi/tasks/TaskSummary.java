package vn.theodoi.tasks;

import java.time.Instant;
import java.time.LocalDate;

import vn.theodoi.access.Clearance;

/** A task as lists show it: one row, read in one query; the status computed for today. */
public record TaskSummary(Long id, String code, String title, TaskSourceType sourceType, String sourceReference,
        Long meetingId, Integer requirementNumber, Long parentId, SchemeMilestone milestone,
        String leadOrganizationCode, String leadOrganizationName, Clearance classification, LocalDate assignedOn,
        LocalDate dueDate, LocalDate completedOn, TaskStatus status, String responsibleUsername, Instant updatedAt) {
}
