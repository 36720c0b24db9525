package vn.theodoi.tasks.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.theodoi.shared.PrimaryDatabase;

/**
 * Top-level tasks by classification, period day and completion state (V71, PostgreSQL), kept as the records' tally
 * is: writers append their changes, and every minute one node folds them in. Counts read the tally and the changes
 * not yet folded alike, so the fold changes no answer, only its cost.
 */
@Configuration(proxyBeanMethods = false)
class TaskTally {

    /** One statement: a count running meanwhile sees the changes either all before or all after it. */
    static final String FOLD = """
            with moved as (delete from task_tally_change returning classification, period_day, undated, state, tasks)
            insert into task_tally as t (classification, period_day, undated, state, tasks)
            select classification, period_day, undated, state, sum(tasks) from moved group by 1, 2, 3, 4
            on conflict on constraint uq_task_tally do update set tasks = t.tasks + excluded.tasks""";

    @Bean
    RecurringTask<Void> taskTallyFold(JdbcTemplate jdbc, PrimaryDatabase database) {
        return Tasks.recurring("task-tally-fold", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    if (database.isPostgreSql()) {
                        jdbc.update(FOLD);
                    }
                });
    }
}
