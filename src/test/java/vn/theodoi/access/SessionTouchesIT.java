package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.WebSession;

/**
 * Issue 13: reading pages does not rewrite the session's row on every request. Within a minute of the last write
 * the row stays as it was; once the stored access time is older than that, the next request moves it on, so a
 * session in use never expires.
 */
@IntegrationTest
class SessionTouchesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionRowAloneAndALaterOneMovesItsAccessTimeOn() {
        WebSession session = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD);
        String id = jdbc.queryForObject("select primary_id from spring_session where principal_name = 'specialist'"
                + " order by creation_time desc limit 1", String.class);
        long stored = lastAccess(id);
        long rowVersion = rowVersion(id);

        for (String path : new String[] {"/", "/records", "/tasks"}) {
            assertThat(session.get(path).status()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).isEqualTo(stored);
        assertThat(rowVersion(id)).as("no new row version was written").isEqualTo(rowVersion);

        // as if the last write were two minutes old
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000"
                + " where primary_id = ?", twoMinutesAgo, twoMinutesAgo, id);
        assertThat(session.get("/records").status()).isEqualTo(200);
        assertThat(lastAccess(id)).isGreaterThan(System.currentTimeMillis() - 60_000);
        assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where primary_id = ?",
                Long.class, id)).as("the expiry moves with it").isEqualTo(
                        jdbc.queryForObject("select max_inactive_interval * 1000 from spring_session"
                                + " where primary_id = ?", Long.class, id));
    }

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceed() {
        SessionRepository<Session> sessions = asSessions(this.sessions);
        Session created = sessions.createSession();
        sessions.save(created);
        // each request reads the session before either has saved what it added
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("theodoi.test.shared", "first");
        second.setAttribute("theodoi.test.shared", "second");

        sessions.save(first);
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute("theodoi.test.shared")).isEqualTo("second");
        sessions.deleteById(created.getId());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SessionRepository<Session> asSessions(JdbcIndexedSessionRepository repository) {
        return (SessionRepository) repository;
    }

    private long lastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where primary_id = ?", Long.class, id);
    }

    /** PostgreSQL's transaction id of the row's current version: it changes with every write of the row. */
    private long rowVersion(String id) {
        return jdbc.queryForObject("select xmin::text::bigint from spring_session where primary_id = ?", Long.class,
                id);
    }
}
