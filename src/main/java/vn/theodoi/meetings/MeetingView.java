package vn.theodoi.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.tasks.TaskSummary;

/**
 * A whole meeting for its page and the API: the agenda (a linked record is named only to a reader
 * who may see it), the documents to prepare, the conclusion and the tasks its requirements made
 * (those the reader may see).
 */
public record MeetingView(Long id, MeetingType type, Integer number, LocalDate date, String title,
        Clearance classification, OrganizationView ownerUnit, Set<String> readers, List<AgendaItem> agenda,
        List<Document> documents, String conclusionNumber, LocalDate conclusionDate,
        List<Requirement> requirements, List<TaskSummary> tasks, long version, boolean mayChange) {

    public record AgendaItem(Long id, int position, String title, Long recordId, String recordCode,
            String recordTitle) {
    }

    public record Document(Long id, String title, OrganizationView ownerDepartment, LocalDate dueDate,
            DocumentState state, long version, boolean overdue) {
    }

    public record Requirement(int number, String text, String leadOrganizationCode, String leadOrganizationName,
            LocalDate dueDate, Long taskId) {
    }
}
