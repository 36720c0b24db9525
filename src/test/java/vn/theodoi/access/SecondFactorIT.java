package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.SecondFactorCodes;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/** Issue 7, item 7: TOTP for administrators and everyone cleared SECRET or above, with recovery codes. */
@IntegrationTest
class SecondFactorIT {

    static final String PASSWORD = "Hai-Yeu-To-Xac-Thuc-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    private Api.Response token(Map<String, String> body) {
        return new Api(port).post("/api/v1/auth/token", body);
    }

    @Test
    void theTokenEndpointAsksTheSecondFactorAndTakesEachCodeOnce() {
        Api.Response noCode = token(Map.of("username", "department_head", "password", IntegrationTest.DEMO_PASSWORD));
        assertThat(noCode.status()).isEqualTo(401);
        assertThat(noCode.body().get("code").asString()).isEqualTo("login.secondFactor.required");

        Api.Response wrongCode = token(Map.of("username", "department_head", "password", IntegrationTest.DEMO_PASSWORD,
                "code", "000000"));
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.body().get("code").asString()).isEqualTo("login.error.bad_credentials");

        String code = SecondFactorCodes.nextCode(base() + " department_head", IntegrationTest.DEMO_TOTP_SECRET);
        Api.Response right = token(Map.of("username", "department_head", "password", IntegrationTest.DEMO_PASSWORD,
                "code", code));
        assertThat(right.status()).as(right.raw().body()).isEqualTo(200);

        Api.Response replayed = token(Map.of("username", "department_head", "password", IntegrationTest.DEMO_PASSWORD,
                "code", code));
        assertThat(replayed.status()).as("a code is accepted once").isEqualTo(401);

        Api.Response wrongPasswordRightCode = token(Map.of("username", "department_head", "password", "Wrong-Pass-123",
                "code", SecondFactorCodes.code(IntegrationTest.DEMO_TOTP_SECRET, SecondFactorCodes.currentStep())));
        assertThat(wrongPasswordRightCode.body().get("code").asString()).isEqualTo("login.error.bad_credentials");
    }

    @Test
    void theWebLoginAsksTheSecondFactorBeforeAnyPage() {
        WebSession session = new WebSession(port);
        session.get("/login");
        WebSession.Page afterPassword = session.post("/login",
                Map.of("username", "leader", "password", IntegrationTest.DEMO_PASSWORD));
        assertThat(afterPassword.redirectsTo("/login/second-factor")).isTrue();

        assertThat(session.get("/").redirectsTo("/login")).as("no page before the second factor").isTrue();
        assertThat(session.get("/account").redirectsTo("/login")).isTrue();
        assertThat(session.get("/login/second-factor").status()).isEqualTo(200);
        WebSession.Page wrong = session.post("/login/second-factor", Map.of("code", "123456"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"second-factor-error\"");

        WebSession.Page done = session.post("/login/second-factor",
                Map.of("code", SecondFactorCodes.nextCode(base() + " leader", IntegrationTest.DEMO_TOTP_SECRET)));
        assertThat(done.status()).isEqualTo(302);
        assertThat(session.get("/").status()).isEqualTo(200);
    }

    /** A person newly cleared SECRET enrols at their next login, then uses a recovery code once. */
    @Test
    void aNewlyClearedPersonEnrolsAtLoginAndARecoveryCodeWorksOnce() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "totp_" + Unique.suffix();
        JsonNode created = admin.post("/api/v1/users", Map.of("username", user, "fullName", "Người Tối Mật",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "SECRET",
                "password", PASSWORD)).body();
        long grant = created.get("pendingGrant").get("id").asLong();
        assertThat(new Api(port).as("second_admin", IntegrationTest.DEMO_PASSWORD)
                .post("/api/v1/grants/" + grant + "/approve", Map.of()).status()).isEqualTo(200);

        Api.Response beforeEnrolment = token(Map.of("username", user, "password", PASSWORD));
        assertThat(beforeEnrolment.status()).isEqualTo(403);
        assertThat(beforeEnrolment.body().get("code").asString()).isEqualTo("login.secondFactor.enrolFirst");

        WebSession session = new WebSession(port);
        session.get("/login");
        assertThat(session.post("/login", Map.of("username", user, "password", PASSWORD)).redirectsTo("/login/enrol"))
                .isTrue();
        assertThat(session.get("/").redirectsTo("/login")).as("no page before enrolment").isTrue();
        WebSession.Page enrolment = session.get("/login/enrol");
        assertThat(enrolment.body()).contains("src=\"data:image/png;base64,");
        String secret = WebSession.textOf(enrolment.body(), "enrol-secret");
        assertThat(WebSession.textOf(enrolment.body(), "enrol-uri")).startsWith("otpauth://totp/theodoi%3A" + user)
                .contains("secret=" + secret);
        WebSession.Page codes = session.post("/login/enrol",
                Map.of("code", SecondFactorCodes.nextCode(base() + " " + user, secret)));
        List<String> recovery = recoveryCodes(codes.body());
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(session.get("/").status()).as("logged in after enrolling").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from recovery_code c join app_user u on u.id = c.user_id "
                + "where u.username = ? and c.code_hash = ?", Long.class, user, recovery.get(0))).as("stored hashed")
                .isZero();

        assertThat(token(Map.of("username", user, "password", PASSWORD, "code", recovery.get(0))).status())
                .isEqualTo(200);
        assertThat(token(Map.of("username", user, "password", PASSWORD, "code", recovery.get(0))).status())
                .as("a recovery code works once").isEqualTo(401);
        assertThat(new Api(port).as(user, PASSWORD, secret).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anyoneMayEnrolFromTheirOwnPageAndIsThenAskedForIt() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "totp_opt_" + Unique.suffix();
        assertThat(admin.post("/api/v1/users", Map.of("username", user, "fullName", "Người Tự Nguyện",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "password", PASSWORD)).status()).isEqualTo(201);
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        assertThat(session.get("/account").body()).contains("id=\"second-factor-status\"");

        WebSession.Page enrolment = session.get("/account/second-factor");
        String secret = WebSession.textOf(enrolment.body(), "enrol-secret");
        WebSession.Page codes = session.post("/account/second-factor",
                Map.of("code", SecondFactorCodes.nextCode(base() + " " + user, secret)));
        assertThat(recoveryCodes(codes.body())).hasSize(10);

        Api.Response withoutCode = token(Map.of("username", user, "password", PASSWORD));
        assertThat(withoutCode.body().get("code").asString()).isEqualTo("login.secondFactor.required");
        new WebSession(port).logIn(user, PASSWORD, secret);
    }

    @Test
    void anAdministratorRemovesALostSecondFactorAndTheSessionsEnd() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "totp_lost_" + Unique.suffix();
        assertThat(admin.post("/api/v1/users", Map.of("username", user, "fullName", "Người Mất Máy",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "UNCLASSIFIED",
                "password", PASSWORD)).status()).isEqualTo(201);
        WebSession session = new WebSession(port).logIn(user, PASSWORD);
        String secret = WebSession.textOf(session.get("/account/second-factor").body(), "enrol-secret");
        session.post("/account/second-factor", Map.of("code", SecondFactorCodes.nextCode(base() + " " + user, secret)));

        assertThat(admin.post("/api/v1/users/" + user + "/reset-second-factor", Map.of()).body()
                .get("secondFactorEnrolled").asBoolean()).isFalse();

        assertThat(session.get("/").redirectsTo("/login?ended")).isTrue();
        assertThat(token(Map.of("username", user, "password", PASSWORD)).status()).as("not required of a specialist")
                .isEqualTo(200);
    }

    private static List<String> recoveryCodes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</code>").matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
