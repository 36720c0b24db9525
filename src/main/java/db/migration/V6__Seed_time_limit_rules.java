package db.migration;

import java.sql.PreparedStatement;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.theodoi.deadline.LimitPeriod;
import vn.theodoi.deadline.TimeLimitRule;
import vn.theodoi.deadline.TimeLimitRules;

/**
 * Seeds the statutory time-limit table from the CSV the deadline engine's tests check, so the
 * table administrators read and the table the tests prove are the same rows.
 */
public class V6__Seed_time_limit_rules extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into time_limit_rule (stage, severity, variant, base_period, extensions,
                    request_extension_days_before, max_entries, day_off_shift, article, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (TimeLimitRule rule : TimeLimitRules.loadDefault().rows()) {
                insert.setString(1, rule.stage().name());
                insert.setString(2, rule.severity() == null ? "ALL" : rule.severity().name());
                insert.setString(3, rule.variant().name());
                insert.setString(4, rule.basePeriod().toString());
                insert.setString(5, rule.extensions().isEmpty() ? null
                        : rule.extensions().stream().map(LimitPeriod::toString).collect(Collectors.joining(",")));
                insert.setObject(6, rule.requestExtensionDaysBefore());
                insert.setObject(7, rule.maxEntries());
                insert.setString(8, rule.dayOffShift().name());
                insert.setString(9, rule.article());
                insert.setString(10, rule.note());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
