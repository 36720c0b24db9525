package vn.theodoi.tasks;

import java.time.LocalDate;

/**
 * The task list's filters, as the page and the API bind them from the query string; null means
 * "any". {@code lead} is a lead organization's code; {@code q} is searched without diacritics.
 * {@code periodFrom}..{@code periodTo} select what the statistics count for a period ({@link TaskStats}):
 * top-level tasks due in it, or without a due date and assigned in it.
 */
public record TaskFilter(TaskStatus status, String lead, TaskSourceType source, Long meeting, LocalDate dueFrom,
        LocalDate dueTo, Boolean mine, String q, TaskSort sort, LocalDate periodFrom, LocalDate periodTo) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    public TaskSort sortOrDefault() {
        return sort == null ? TaskSort.DUE : sort;
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    public static TaskFilter ofMeeting(Long meetingId) {
        return new TaskFilter(null, null, null, meetingId, null, null, null, null, TaskSort.REQUIREMENT, null, null);
    }
}
