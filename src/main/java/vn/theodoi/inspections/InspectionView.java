package vn.theodoi.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.tasks.TaskStatus;

/**
 * A whole inspection for its page and the API: the plan, the team, the lifecycle, the findings and
 * the recommendations with the status of the task each became (computed by tasks; null where the
 * reader may not see the task).
 */
public record InspectionView(Long id, InspectionKind kind, String subject, String targetOrganizationCode,
        String targetOrganizationName, String ownerUnitCode, String ownerUnitName, Clearance classification,
        LocalDate periodStart, LocalDate periodEnd, InspectionStatus status, LocalDate startedOn,
        LocalDate concludedOn, String conclusionReference, String findings, List<Member> team, Set<String> readers,
        List<Recommendation> recommendations, long version, boolean mayChange) {

    public record Member(String username, String fullName, boolean head) {
    }

    public record Recommendation(int number, String text, String leadOrganizationCode, String leadOrganizationName,
            LocalDate recommendedOn, LocalDate dueDate, Long taskId, String taskCode, TaskStatus taskStatus,
            LocalDate taskCompletedOn) {
    }
}
