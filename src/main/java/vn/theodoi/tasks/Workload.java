package vn.theodoi.tasks;

import java.time.LocalDate;
import java.util.List;

/** The open tasks waiting with each person of a unit, and how many days each has waited. */
public record Workload(LocalDate asOf, List<Waiting> items) {

    /** One open task with the person it waits with, since when and for how many days. */
    public record Waiting(Long taskId, String code, String title, String username, LocalDate waitingSince,
            long days, LocalDate dueDate, TaskStatus status) {
    }
}
