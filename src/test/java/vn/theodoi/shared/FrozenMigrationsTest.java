package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.deadline.ExtensionLimit;
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
        assertThat(jdbc.queryForObject("select count(*) from time_limit_rule", Integer.class))
                .isEqualTo(TimeLimitRules.loadDefault().rows().size());
    }

    @Test
    void theStoredTimeLimitTableIsTheReviewedOneRowForRow() {
        Flyway flyway = flyway("reviewed_table");
        flyway.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());

        List<String> stored = jdbc.query("select stage, severity, variant, valid_from, valid_to, code, base_period,"
                + " extensions, request_extension_days_before, max_entries, day_off_shift, extension_counting, article,"
                + " note, reviewed_by, reviewed_on from time_limit_rule order by stage, severity, variant, valid_from",
                (rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getObject(4, LocalDate.class)), String.valueOf(rs.getObject(5, LocalDate.class)),
                        rs.getString(6), rs.getString(7), String.valueOf(rs.getString(8)),
                        String.valueOf(rs.getObject(9)), String.valueOf(rs.getObject(10)), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14), String.valueOf(rs.getString(15)),
                        String.valueOf(rs.getObject(16, LocalDate.class)))).stream().sorted().toList();
        List<String> reviewed = TimeLimitRules.loadDefault().rows().stream()
                .map(r -> String.join("|", r.stage().name(), r.severity() == null ? "ALL" : r.severity().name(),
                        r.variant().name(), String.valueOf(r.validFrom()), String.valueOf(r.validTo()),
                        r.code().name(), r.basePeriod().toString(), r.extensions().isEmpty() ? "null"
                                : r.extensions().stream().map(ExtensionLimit::toString).collect(Collectors.joining(",")),
                        String.valueOf(r.requestExtensionDaysBefore()), String.valueOf(r.maxEntries()),
                        r.dayOffShift().name(), r.extensionCounting().name(), r.article(), r.note(),
                        String.valueOf(r.reviewedBy()), String.valueOf(r.reviewedOn())))
                .sorted().toList();

        assertThat(stored).isEqualTo(reviewed);
    }
}
