package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.deadline.LimitPeriod;
import vn.theodoi.deadline.TimeLimitRules;

/** Migrations on the embedded database: frozen, and agreeing with the reviewed time-limit table. */
class FrozenMigrationsTest {

    private static Flyway flyway(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        return Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load();
    }

    @Test
    void aDatabaseSeededByTheFormerJavaMigrationIsRealignedAndMigrates() {
        Flyway flyway = flyway("former_java_seed");
        flyway.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        // what the history says where V6 ran as the Java migration it used to be
        jdbc.update("update flyway_schema_history set type = 'JDBC', checksum = null,"
                + " script = 'db.migration.V6__Seed_time_limit_rules' where version = '6'");
        assertThat(flyway.validateWithResult().validationSuccessful).as("plain Flyway refuses it").isFalse();

        new FrozenMigrations().migrateAfterRealigningTheJavaSeed().migrate(flyway);

        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from time_limit_rule", Integer.class)).isEqualTo(22);
    }

    @Test
    void theStoredTimeLimitTableIsTheReviewedOneRowForRow() {
        Flyway flyway = flyway("reviewed_table");
        flyway.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());

        List<String> stored = jdbc.query("select stage, severity, variant, base_period, extensions,"
                + " request_extension_days_before, max_entries, day_off_shift, article, note from time_limit_rule"
                + " order by stage, severity, variant", (rs, n) -> String.join("|", rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), String.valueOf(rs.getString(5)), String.valueOf(rs.getObject(6)),
                        String.valueOf(rs.getObject(7)), rs.getString(8), rs.getString(9), rs.getString(10)));
        List<String> reviewed = TimeLimitRules.loadDefault().rows().stream()
                .map(r -> String.join("|", r.stage().name(), r.severity() == null ? "ALL" : r.severity().name(),
                        r.variant().name(), r.basePeriod().toString(), r.extensions().isEmpty() ? "null"
                                : r.extensions().stream().map(LimitPeriod::toString).collect(Collectors.joining(",")),
                        String.valueOf(r.requestExtensionDaysBefore()), String.valueOf(r.maxEntries()),
                        r.dayOffShift().name(), r.article(), r.note()))
                .sorted().toList();

        assertThat(stored).isEqualTo(reviewed);
    }
}
