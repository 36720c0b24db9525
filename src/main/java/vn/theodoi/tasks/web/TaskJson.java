package vn.theodoi.tasks.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.TaskView;

/** A task as the API returns it: the task page, as data, with its computed status. */
record TaskJson(Long id, String code, String title, TaskSourceType sourceType, String sourceReference, Long meetingId,
        Integer requirementNumber, Long parentId, SchemeMilestone milestone, String leadOrganizationCode,
        List<String> coordinatingOrganizationCodes, Clearance classification, Set<String> readers, LocalDate assignedOn,
        LocalDate dueDate, LocalDate completedOn, String result, TaskStatus status, String responsibleUsername,
        List<TaskView.LinkedRecord> records, List<TaskView.Progress> progress, List<TaskView.Urge> urges,
        List<TaskView.DueChange> dueDateChanges, List<TaskSummary> milestones, long version, Instant updatedAt) {

    static TaskJson of(TaskView v) {
        return new TaskJson(v.id(), v.code(), v.title(), v.sourceType(), v.sourceReference(), v.meetingId(),
                v.requirementNumber(), v.parentId(), v.milestone(),
                v.leadOrganization() == null ? null : v.leadOrganization().code(),
                v.coordinatingOrganizations().stream().map(OrganizationView::code).toList(), v.classification(),
                v.readers(), v.assignedOn(), v.dueDate(), v.completedOn(), v.result(), v.status(),
                v.responsibleUsername(), v.records(), v.progress(), v.urges(), v.dueChanges(), v.milestones(),
                v.version(), v.updatedAt());
    }
}
