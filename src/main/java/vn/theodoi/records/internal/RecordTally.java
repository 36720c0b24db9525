package vn.theodoi.records.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.theodoi.shared.PrimaryDatabase;

/**
 * Records by classification, level and stage, and running limits by classification and due date (V69, PostgreSQL):
 * writers append their changes, and every minute one node folds them into the tallies, so that a count reads a few
 * hundred or thousand rows whatever the number of records.
 * Counts read the tally and the changes not yet folded alike, so the fold changes no answer, only its cost.
 */
@Configuration(proxyBeanMethods = false)
class RecordTally {

    /** One statement: a count running meanwhile sees the changes either all before or all after it. */
    static final String FOLD = """
            with moved as (delete from record_tally_change
                           returning classification, oversight_level, current_stage, records)
            insert into record_tally as t (classification, oversight_level, current_stage, records)
            select classification, oversight_level, current_stage, sum(records) from moved group by 1, 2, 3
            on conflict on constraint uq_record_tally do update set records = t.records + excluded.records""";

    static final String FOLD_DUE = """
            with moved as (delete from record_due_tally_change returning classification, current_due_date, records)
            insert into record_due_tally as t (classification, current_due_date, records)
            select classification, current_due_date, sum(records) from moved group by 1, 2
            on conflict on constraint uq_record_due_tally do update set records = t.records + excluded.records""";

    @Bean
    RecurringTask<Void> recordTallyFold(JdbcTemplate jdbc, PrimaryDatabase database) {
        return Tasks.recurring("record-tally-fold", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    if (database.isPostgreSql()) {
                        jdbc.update(FOLD);
                        jdbc.update(FOLD_DUE);
                    }
                });
    }
}
