package vn.theodoi.shared;

import java.util.Arrays;

import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations are frozen: what a migration did once, it does forever. The time-limit seed (V6)
 * was first a Java migration that read the current CSV through domain classes; it is now the same
 * rows as plain SQL. A database seeded by the Java version has those rows already, so its history
 * row is pointed at the SQL script (type and checksum) instead of running the seed a second time.
 */
@Configuration(proxyBeanMethods = false)
class FrozenMigrations {

    private static final Logger log = LoggerFactory.getLogger(FrozenMigrations.class);
    private static final String SEED_VERSION = "6";

    @Bean
    FlywayMigrationStrategy migrateAfterRealigningTheJavaSeed() {
        return flyway -> {
            MigrationInfo[] all = flyway.info().all();
            boolean seededByJava = Arrays.stream(all).anyMatch(m -> m.getVersion() != null
                    && SEED_VERSION.equals(m.getVersion().getVersion()) && m.getType() == CoreMigrationType.JDBC
                    && m.getInstalledRank() != null);
            MigrationInfo sqlSeed = Arrays.stream(all).filter(m -> m.getVersion() != null
                    && SEED_VERSION.equals(m.getVersion().getVersion()) && m.getType() == CoreMigrationType.SQL)
                    .findFirst().orElse(null);
            if (seededByJava && sqlSeed != null) {
                log.info("Migration 6 (time-limit seed) ran as Java here; its history now names the SQL script");
                new JdbcTemplate(flyway.getConfiguration().getDataSource()).update("update "
                        + flyway.getConfiguration().getTable() + " set type = 'SQL', script = ?, checksum = ?,"
                        + " description = ? where version = ? and type = 'JDBC'", sqlSeed.getScript(),
                        sqlSeed.getChecksum(), sqlSeed.getDescription(), SEED_VERSION);
            }
            flyway.migrate();
        };
    }
}
