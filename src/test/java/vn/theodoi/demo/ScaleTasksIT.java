package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.tasks.BulkTasks;
import vn.theodoi.tasks.TaskStatus;

/** The task generator writes what it is asked for, through the aggregate, in every status, with progress reports. */
@IntegrationTest
class ScaleTasksIT {

    @Autowired ScaleTasks data;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    @Test
    void writesTheTasksAskedForInEveryStatus() {
        String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        BulkTasks.Result result = data.generate(400, 11, prefix);

        assertThat(result.tasks()).isEqualTo(400);
        assertThat(result.tables()).contains("task", "task_progress");
        List<Map<String, Object>> rows = jdbc.queryForList("select due_date, completed_on, assigned_on from task"
                + " where code like ?", prefix + "-%");
        assertThat(rows).hasSize(400);
        LocalDate today = calendar.today();
        assertThat(rows.stream().map(r -> TaskStatus.of(date(r.get("due_date")), date(r.get("completed_on")), today))
                .distinct()).containsExactlyInAnyOrder(TaskStatus.values());
        assertThat(rows).allSatisfy(r -> {
            LocalDate completed = date(r.get("completed_on"));
            assertThat(completed == null || !completed.isAfter(today) && !completed.isBefore(date(r.get("assigned_on"))))
                    .isTrue();
        });
        assertThat(jdbc.queryForObject("select count(*) from task_progress p join task t on t.id = p.task_id"
                + " where t.code like ?", Long.class, prefix + "-%")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from task where id > ?", Long.class, result.lastId())).isZero();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
