package vn.theodoi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md section 5's status table, row by row: the status is computed from the dates, never typed. */
class TaskStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "due {0}, completed {1}: {2} ({3})")
    @CsvSource({
            "2026-11-30, 2026-11-25, COMPLETED_ON_TIME, done before the due date",
            "2026-11-25, 2026-11-25, COMPLETED_ON_TIME, done on the due date is on time",
            "2026-11-20, 2026-11-21, COMPLETED_LATE,    done one day after the due date",
            "2026-11-20, 2026-11-28, COMPLETED_LATE,    done today after the due date",
            ",           2026-11-10, COMPLETED_ON_TIME, done and without a due date",
            "2026-12-31, ,           IN_PROGRESS,       not done, the due date not passed",
            "2026-11-28, ,           IN_PROGRESS,       not done, due today: the due date has not passed",
            ",           ,           IN_PROGRESS,       not done and without a due date",
            "2026-11-27, ,           OVERDUE,           not done, due yesterday",
            "2025-01-01, ,           OVERDUE,           not done, due long ago"})
    void theStatusTable(LocalDate due, LocalDate completed, TaskStatus expected, String rule) {
        assertThat(TaskStatus.of(due, completed, TODAY)).as(rule).isEqualTo(expected);
    }
}
