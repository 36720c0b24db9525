package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * Tasks by the four statuses, in total and per lead organization, for a period: the tasks due in
 * it, and those without a due date assigned in it (the way the Government Office publishes its task
 * follow-up).
 */
public record TaskStats(LocalDate from, LocalDate to, LocalDate asOf, Counts total, List<OrganizationCounts> byOrganization) {

    /** How many tasks are in each status; shares are computed, never stored. */
    public record Counts(long completedOnTime, long completedLate, long inProgress, long overdue) {

        public long total() {
            return completedOnTime + completedLate + inProgress + overdue;
        }

        public long count(TaskStatus status) {
            return switch (status) {
                case COMPLETED_ON_TIME -> completedOnTime;
                case COMPLETED_LATE -> completedLate;
                case IN_PROGRESS -> inProgress;
                case OVERDUE -> overdue;
            };
        }

        /** The share of a status in per cent, one decimal; 0 when there is no task. */
        public double share(TaskStatus status) {
            long total = total();
            return total == 0 ? 0 : Math.round(count(status) * 1000.0 / total) / 10.0;
        }
    }

    public record OrganizationCounts(String organizationCode, String organizationName, Counts counts) {
    }
}
