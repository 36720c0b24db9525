package vn.theodoi.access;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC rewrites a session's row on every request, only to move its last access time: a write
 * transaction behind every page read. On PostgreSQL the row is rewritten only when something else about it
 * changed or its stored access time is older than {@link #TOUCH_INTERVAL}; a session in use therefore expires
 * at most that long before its idle timeout says. The parameters are Spring Session's own, in its order.
 *
 * <p>Two requests of one session that add the same attribute at once (two tabs opened together right after
 * the login, each making the CSRF token) both insert its row, and the second failed on the primary key with a
 * server error. On PostgreSQL the attribute is inserted or replaced (Spring Session's own statement for it).
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    static final String UPDATE_WHEN_STALE = """
            UPDATE %TABLE_NAME% s SET SESSION_ID = v.sid, LAST_ACCESS_TIME = v.lat, MAX_INACTIVE_INTERVAL = v.mii,
                EXPIRY_TIME = v.exp, PRINCIPAL_NAME = v.pn
            FROM (SELECT CAST(? AS CHAR(36)) sid, CAST(? AS BIGINT) lat, CAST(? AS INT) mii, CAST(? AS BIGINT) exp,
                CAST(? AS VARCHAR(100)) pn, CAST(? AS CHAR(36)) pid) v
            WHERE s.PRIMARY_ID = v.pid AND (s.SESSION_ID <> v.sid OR s.MAX_INACTIVE_INTERVAL <> v.mii
                OR s.PRINCIPAL_NAME IS DISTINCT FROM v.pn OR s.LAST_ACCESS_TIME < v.lat - INTERVAL_MS)
            """.replace("INTERVAL_MS", String.valueOf(TOUCH_INTERVAL.toMillis()));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> fewerSessionWrites(
            @Value("${spring.datasource.url:}") String url) {
        return repository -> {
            if (url.startsWith("jdbc:postgresql:")) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
                repository.setUpdateSessionQuery(UPDATE_WHEN_STALE);
            }
        };
    }
}
