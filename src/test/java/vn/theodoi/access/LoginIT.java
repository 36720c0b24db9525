package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.audit.AuditTally;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * Issue 7, failures 7 and 8: a locked or disabled account said so even with a wrong password, and
 * every anonymous API request wrote an audit row.
 */
@IntegrationTest
class LoginIT {

    static final String PASSWORD = "Dang-Nhap-Thu-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTally tally;

    private Api.Response token(String username, String password) {
        return new Api(port).post("/api/v1/auth/token", Map.of("username", username, "password", password));
    }

    private String createUser(Api admin) {
        String username = "login_" + Unique.suffix();
        assertThat(admin.post("/api/v1/users", Map.of("username", username, "fullName", "Người Thử Đăng Nhập",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "password", PASSWORD)).status()).isEqualTo(201);
        return username;
    }

    private void disable(Api admin, String username) {
        JsonNode user = admin.get("/api/v1/users/" + username).body();
        assertThat(admin.put("/api/v1/users/" + username, Map.of("username", username, "fullName", "Người Thử Đăng Nhập",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "enabled", false, "version", user.get("version").asLong())).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGetsTheSameAnswerWhateverTheAccountsState() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String active = createUser(admin);
        String locked = createUser(admin);
        String disabled = createUser(admin);
        for (int i = 0; i < 5; i++) {
            token(locked, "Wrong-Password-" + i);
        }
        disable(admin, disabled);

        List<Api.Response> answers = List.of(token("nobody_" + Unique.suffix(), "Wrong-Password-1"),
                token(active, "Wrong-Password-1"), token(locked, "Wrong-Password-1"),
                token(disabled, "Wrong-Password-1"), token(locked, PASSWORD));

        for (Api.Response answer : answers) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body().get("code").asString()).isEqualTo("login.error.bad_credentials");
            assertThat(answer.body().get("detail").asString()).isEqualTo(answers.get(0).body().get("detail").asString());
            assertThat(answer.body().get("title").asString()).isEqualTo(answers.get(0).body().get("title").asString());
        }
        for (String username : List.of("nobody_" + Unique.suffix(), active, locked, disabled)) {
            WebSession browser = new WebSession(port);
            browser.get("/login");
            WebSession.Page page = browser.post("/login", Map.of("username", username, "password", "Wrong-Password-1"));
            assertThat(page.location()).as(username).endsWith("/login?error=bad_credentials");
        }
    }

    @Test
    void theRightPasswordOfADisabledAccountIsToldItIsDisabled() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String disabled = createUser(admin);
        disable(admin, disabled);

        Api.Response answer = token(disabled, PASSWORD);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("code").asString()).isEqualTo("login.error.disabled");
        WebSession browser = new WebSession(port);
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("username", disabled, "password", PASSWORD)).location())
                .endsWith("/login?error=disabled");
    }

    @Test
    void aNameTypedForAnUnknownAccountIsNotWrittenToTheAuditLog() {
        String typed = "Mat-Khau-Go-Nham-" + Unique.suffix();

        token(typed, "Wrong-Password-1");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor like ? or target_id like ? "
                + "or details like ?", Long.class, "%" + typed.toLowerCase() + "%", "%" + typed.toLowerCase() + "%",
                "%" + typed.toLowerCase() + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and details like '%UNKNOWN_ACCOUNT%'", Long.class)).isPositive();
    }

    @Test
    void anonymousApiDenialsAreCountedNotWrittenOneByOne() {
        tally.flush();
        Long lastBefore = jdbc.queryForObject("select max(id) from audit_entry", Long.class);

        for (int i = 0; i < 30; i++) {
            assertThat(new Api(port).get("/api/v1/organizations").status()).isEqualTo(401);
            assertThat(new Api(port).withToken("forged-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }

        // no anonymous entry but the tally's, whose scheduled flush (every minute) may fall inside the loop
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id > ? and actor = 'anonymous'"
                + " and coalesce(target_type, '') <> 'TALLY'",
                Long.class, lastBefore)).as("no entry per request").isZero();
        tally.flush();
        List<String> tallied = jdbc.queryForList("select details from audit_entry where action = "
                + "'ACCESS_DENIED_ANONYMOUS' and id > ?", String.class, lastBefore);
        assertThat(tallied).hasSizeBetween(1, 2);
        assertThat(sum(tallied, "noToken")).isEqualTo(30);
        assertThat(sum(tallied, "invalidToken")).isEqualTo(30);
        assertThat(sum(tallied, "total")).isEqualTo(60);
        String metrics = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD).get("/actuator/prometheus").raw().body();
        assertThat(metrics).contains("theodoi_audit_tallied_total{action=\"ACCESS_DENIED_ANONYMOUS\"");
    }

    /** The sum of one count ({@code name=N}) over tally entries' details. */
    private static long sum(List<String> details, String name) {
        java.util.regex.Pattern count = java.util.regex.Pattern.compile("\\b" + name + "=(\\d+)");
        return details.stream().map(count::matcher).filter(java.util.regex.Matcher::find)
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }
}
