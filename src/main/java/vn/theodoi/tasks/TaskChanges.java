package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in the tasks a person may see since a day (a session's date): tasks given since,
 * tasks completed since (on time or late), tasks with progress reported since, and the tasks
 * overdue today. Counts are whole; lists hold the first rows.
 */
public record TaskChanges(LocalDate since, long assigned, long completedOnTime, long completedLate, long reported,
        long overdueNow, List<TaskSummary> assignedList, List<TaskSummary> completedList,
        List<TaskSummary> overdueList) {
}
