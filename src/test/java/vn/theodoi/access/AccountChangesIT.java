package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * Issue 7, failure 2: after an administrator lowered a clearance, disabled an account or changed
 * its password, the person's open web session kept reading and writing, and a password change
 * left old tokens working. Every open session and token of the account sees the change at its
 * next request; disabling and a password change end them all.
 */
@IntegrationTest
class AccountChangesIT {

    static final String PASSWORD = "Thay-Doi-Tai-Khoan-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api admin() {
        return new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
    }

    private String createUser(Api admin, String role, String clearance, String organization) {
        String username = "acct_" + Unique.suffix();
        Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "fullName", "Người Thử Phiên",
                "organizationCode", organization, "roles", List.of(role), "clearance", clearance,
                "password", PASSWORD));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return username;
    }

    private Api.Response change(Api admin, String username, Map<String, Object> changes) {
        JsonNode user = admin.get("/api/v1/users/" + username).body();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("username", username,
                "fullName", user.get("fullName").asString(), "organizationCode", user.get("organizationCode").asString(),
                "roles", List.of(user.get("roles").get(0).asString()), "clearance", user.get("clearance").asString(),
                "enabled", user.get("enabled").asBoolean(), "version", user.get("version").asLong()));
        form.putAll(changes);
        return admin.put("/api/v1/users/" + username, form);
    }

    @Test
    void aLoweredClearanceReachesEveryOpenSessionAndTokenAtTheirNextRequest() {
        Api admin = admin();
        String user = createUser(admin, "SPECIALIST", "CONFIDENTIAL", "BNCTW-VAVV");
        WebSession first = new WebSession(port).logIn(user, PASSWORD);
        WebSession second = new WebSession(port).logIn(user, PASSWORD);
        Api token = new Api(port).as(user, PASSWORD);
        assertThat(WebSession.textOf(first.get("/").body(), "home-clearance")).isEqualTo("Mật");

        assertThat(change(admin, user, Map.of("clearance", "UNCLASSIFIED")).status()).isEqualTo(200);

        for (WebSession session : List.of(first, second)) {
            WebSession.Page home = session.get("/");
            assertThat(home.status()).as("still logged in").isEqualTo(200);
            assertThat(WebSession.textOf(home.body(), "home-clearance")).isEqualTo("Thường");
        }
        assertThat(token.get("/api/v1/me").body().get("clearance").asString()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void rolesAndOrganizationChangesReachOpenSessions() {
        Api admin = admin();
        String user = createUser(admin, "SPECIALIST", "UNCLASSIFIED", "BNCTW-VAVV");
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        assertThat(session.get("/").body()).contains("id=\"nav-records\"");

        assertThat(change(admin, user, Map.of("roles", List.of("AUDITOR"), "organizationCode", "BNCTW-VP")).status())
                .isEqualTo(200);

        WebSession.Page home = session.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("id=\"nav-records\"");
        assertThat(home.body()).contains("Kiểm tra nhật ký");
        assertThat(session.get("/audit").status()).as("the new role works at once").isEqualTo(200);
    }

    @Test
    void disablingEndsEverySessionAndRevokesEveryToken() {
        Api admin = admin();
        String user = createUser(admin, "SPECIALIST", "CONFIDENTIAL", "BNCTW-VAVV");
        WebSession first = new WebSession(port).logIn(user, PASSWORD);
        WebSession second = new WebSession(port).logIn(user, PASSWORD);
        Api tokenA = new Api(port).as(user, PASSWORD);
        Api tokenB = new Api(port).as(user, PASSWORD);

        assertThat(change(admin, user, Map.of("enabled", false)).status()).isEqualTo(200);

        for (WebSession session : List.of(first, second)) {
            assertThat(session.get("/").redirectsTo("/login?ended")).isTrue();
            assertThat(session.get("/").redirectsTo("/login")).as("and the session is gone").isTrue();
        }
        assertThat(tokenA.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(tokenB.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from api_token t join app_user u on u.id = t.user_id "
                + "where u.username = ? and t.revoked_at is null", Long.class, user)).isZero();
    }

    @Test
    void aPasswordChangeEndsEverySessionAndRevokesEveryToken() {
        Api admin = admin();
        String user = createUser(admin, "SPECIALIST", "CONFIDENTIAL", "BNCTW-VAVV");
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        Api token = new Api(port).as(user, PASSWORD);

        assertThat(change(admin, user, Map.of("password", "Mat-Khau-Moi-2026!")).status()).isEqualTo(200);

        assertThat(session.get("/").redirectsTo("/login?ended")).isTrue();
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/v1/auth/token", Map.of("username", user, "password", PASSWORD)).status())
                .isEqualTo(401);
        new WebSession(port).logIn(user, "Mat-Khau-Moi-2026!");
    }

    @Test
    void aDisabledAdministratorCannotActThroughAnOpenSession() {
        Api admin = admin();
        String other = createUser(admin, "SPECIALIST", "UNCLASSIFIED", "BNCTW-VAVV");
        WebSession session = new WebSession(port).logIn(other, PASSWORD);
        session.get("/account");

        assertThat(change(admin, other, Map.of("enabled", false)).status()).isEqualTo(200);

        WebSession.Page attempt = session.post("/account/recovery-codes", Map.of());
        assertThat(attempt.redirectsTo("/login")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = "
                + "'RECOVERY_CODES_RENEWED'", Long.class, other)).isZero();
    }

    @Test
    void revokingTokensLeavesWebSessionsAlone() {
        Api admin = admin();
        String user = createUser(admin, "SPECIALIST", "UNCLASSIFIED", "BNCTW-VAVV");
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        Api token = new Api(port).as(user, PASSWORD);

        assertThat(admin.post("/api/v1/users/" + user + "/revoke-tokens", Map.of()).status()).isEqualTo(200);

        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(session.get("/").status()).isEqualTo(200);
    }

    @Test
    void anUnchangedSessionCostsOneStampLookupPerRequest() {
        // The check is one primary-key read of app_user.security_stamp: nothing else is read when
        // the account did not change (the principal comes from the session).
        String user = createUser(admin(), "SPECIALIST", "UNCLASSIFIED", "BNCTW-VAVV");
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        Long stamp = jdbc.queryForObject("select security_stamp from app_user where username = ?", Long.class, user);

        for (int i = 0; i < 3; i++) {
            assertThat(session.get("/account").status()).isEqualTo(200);
        }

        assertThat(jdbc.queryForObject("select security_stamp from app_user where username = ?", Long.class, user))
                .as("reading pages changes nothing").isEqualTo(stamp);
    }
}
