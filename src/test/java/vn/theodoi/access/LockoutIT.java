package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

@IntegrationTest
class LockoutIT {

    static final String PASSWORD = "Khoa-Tai-Khoan-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api.Response login(String username, String password) {
        return new Api(port).post("/api/v1/auth/token", Map.of("username", username, "password", password));
    }

    private void createUser(Api admin, String username) {
        Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "fullName", "Người Thử Khóa",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "password", PASSWORD));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountUntilAnAdministratorUnlocksIt() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "lockout_a_" + Unique.suffix();
        createUser(admin, user);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Response wrong = login(user, "Wrong-Password-" + attempt);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body().get("code").asString()).isEqualTo("login.error.bad_credentials");
        }
        // The lock is not told, not even to the right password (issue 7, failure 7): it would tell a
        // guesser when they hit; the login page states the policy instead.
        Api.Response fifth = login(user, "Wrong-Password-5");
        assertThat(fifth.body().get("code").asString()).isEqualTo("login.error.bad_credentials");
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where username = ?",
                Boolean.class, user)).isTrue();

        Api.Response rightButLocked = login(user, PASSWORD);
        assertThat(rightButLocked.status()).isEqualTo(401);
        assertThat(rightButLocked.body().get("code").asString()).isEqualTo("login.error.bad_credentials");
        assertThat(rightButLocked.body().get("detail").asString()).isEqualTo(fifth.body().get("detail").asString());

        assertThat(admin.post("/api/v1/users/" + user + "/unlock", Map.of()).body().get("locked").asBoolean()).isFalse();
        assertThat(login(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessResetsTheCountOfFailuresInARow() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "lockout_b_" + Unique.suffix();
        createUser(admin, user);

        for (int attempt = 1; attempt <= 4; attempt++) {
            login(user, "Wrong-Password-" + attempt);
        }
        assertThat(login(user, PASSWORD).status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(user, "Wrong-Password-" + attempt);
        }

        assertThat(login(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theLockExpiresAfterFifteenMinutes() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "lockout_c_" + Unique.suffix();
        createUser(admin, user);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(user, "Wrong-Password-" + attempt);
        }
        assertThat(login(user, PASSWORD).status()).isEqualTo(401);

        // Fifteen minutes pass: move the lock into the past rather than wait.
        jdbc.update("update app_user set locked_until = locked_until - interval '15 minutes' where username = ?",
                user);

        assertThat(login(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void everyAttemptIsAudited() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "lockout_d_" + Unique.suffix();
        createUser(admin, user);
        login(user, "Wrong-Password-1");
        login(user, PASSWORD);

        List<String> outcomes = jdbc.queryForList(
                "select outcome from audit_entry where action = 'LOGIN' and actor = ? order by id", String.class, user);
        assertThat(outcomes).containsExactly("FAILURE", "SUCCESS");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_CREATED' and target_id = ?",
                Integer.class, user)).isEqualTo(1);
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);

        Api.Response weak = admin.post("/api/v1/users", Map.of("username", "weak_user_" + Unique.suffix(), "fullName", "Yếu",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "password", "short"));

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body().get("code").asString()).isEqualTo("password.tooShort");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'weak_user%'", Integer.class))
                .isZero();
    }
}
