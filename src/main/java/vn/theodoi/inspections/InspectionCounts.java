package vn.theodoi.inspections;

import java.util.Map;

import vn.theodoi.tasks.TaskStatus;

/**
 * A period's inspections (kiểm tra, giám sát) within the reader's visibility: how many were concluded
 * in it, how many were under way at its end, and the recommendations' tasks (kiến nghị) of the period
 * by the four statuses, every status present.
 */
public record InspectionCounts(long concluded, long inProgress, Map<TaskStatus, Long> recommendations) {
}
