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
 * Issue 7, failure 3: an administrator granted itself LEADER and TOP_SECRET and read every
 * classified record. Nobody changes their own roles, clearance or organization; LEADER, ADMIN and
 * a clearance of SECRET or above need a second administrator; an administrator holds no case role.
 */
@IntegrationTest
class SeparationOfDutiesIT {

    static final String PASSWORD = "Phan-Tach-Nhiem-Vu-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    AccessScopes scopes;

    private Api admin() {
        return new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
    }

    private Api secondAdmin() {
        return new Api(port).as("second_admin", IntegrationTest.DEMO_PASSWORD);
    }

    private Map<String, Object> form(JsonNode user, List<String> roles, String clearance, String organization) {
        return Map.of("username", user.get("username").asString(), "fullName", user.get("fullName").asString(),
                "organizationCode", organization, "roles", roles, "clearance", clearance, "enabled", true,
                "version", user.get("version").asLong());
    }

    private String createSpecialist(Api admin) {
        String username = "sod_" + Unique.suffix();
        Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "fullName", "Người Thử Quyền",
                "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"), "clearance", "CONFIDENTIAL",
                "password", PASSWORD));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return username;
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRolesClearanceOrOrganization() {
        Api admin = admin();
        JsonNode self = admin.get("/api/v1/users/admin").body();

        for (Map<String, Object> attempt : List.of(
                form(self, List.of("ADMIN", "LEADER"), "UNCLASSIFIED", "BNCTW-VP"),
                form(self, List.of("LEADER"), "UNCLASSIFIED", "BNCTW-VP"),
                form(self, List.of("ADMIN"), "TOP_SECRET", "BNCTW-VP"),
                form(self, List.of("ADMIN"), "UNCLASSIFIED", "BNCTW"))) {
            Api.Response refused = admin.put("/api/v1/users/admin", attempt);
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(403);
            assertThat(refused.body().get("detail").asString()).contains("chính mình");
        }
        JsonNode after = admin.get("/api/v1/users/admin").body();
        assertThat(after.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(after.get("clearance").asString()).isEqualTo("UNCLASSIFIED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_SELF_CHANGE_REFUSED' "
                + "and actor = 'admin'", Long.class)).isPositive();
    }

    @Test
    void anAdministratorHoldsNoCaseRole() {
        Api.Response refused = admin().post("/api/v1/users", Map.of("username", "sod_mixed_" + Unique.suffix(),
                "fullName", "Hai Vai", "organizationCode", "BNCTW-VP", "roles", List.of("ADMIN", "SPECIALIST"),
                "clearance", "UNCLASSIFIED", "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("user.adminExclusive");
        assertThat(scopes.of(users.loadUserByUsername("admin")).kind()).isEqualTo(Scope.Kind.NONE);
    }

    @Test
    void leaderAndTopSecretWaitForASecondAdministrator() {
        Api admin = admin();
        String user = createSpecialist(admin);
        JsonNode before = admin.get("/api/v1/users/" + user).body();

        Api.Response asked = admin.put("/api/v1/users/" + user,
                form(before, List.of("SPECIALIST", "LEADER"), "TOP_SECRET", "BNCTW-VAVV"));

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().get("roles").toString()).as("not yet").isEqualTo("[\"SPECIALIST\"]");
        assertThat(asked.body().get("clearance").asString()).as("not yet").isEqualTo("CONFIDENTIAL");
        JsonNode grant = asked.body().get("pendingGrant");
        assertThat(grant.get("roles").toString()).isEqualTo("[\"LEADER\"]");
        assertThat(grant.get("clearance").asString()).isEqualTo("TOP_SECRET");
        assertThat(grant.get("requestedBy").asString()).isEqualTo("admin");
        long id = grant.get("id").asLong();
        assertThat(admin.get("/api/v1/grants").body().findValuesAsString("username")).contains(user);
        assertThat(new WebSession(port).logIn("admin", IntegrationTest.DEMO_PASSWORD).get("/admin/users").body())
                .contains("id=\"grant-" + id + "\"");
        assertThat(new Api(port).as(user, PASSWORD).get("/api/v1/me").body().get("clearance").asString())
                .isEqualTo("CONFIDENTIAL");

        Api.Response selfApproved = admin.post("/api/v1/grants/" + id + "/approve", Map.of());
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(selfApproved.body().get("detail").asString()).contains("quản trị viên khác");

        Api.Response approved = secondAdmin().post("/api/v1/grants/" + id + "/approve", Map.of());
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.body().get("decidedBy").asString()).isEqualTo("second_admin");

        JsonNode after = admin.get("/api/v1/users/" + user).body();
        assertThat(after.get("roles").toString()).isEqualTo("[\"LEADER\",\"SPECIALIST\"]");
        assertThat(after.get("clearance").asString()).isEqualTo("TOP_SECRET");
        assertThat(after.get("pendingGrant").isNull()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_entry where target_id = ? and action like 'GRANT_%' "
                + "order by id", String.class, user)).containsExactly("GRANT_REQUESTED", "GRANT_APPROVED");
        assertThat(second(admin.post("/api/v1/grants/" + id + "/approve", Map.of()))).isEqualTo(422);
    }

    private static int second(Api.Response response) {
        return response.status();
    }

    @Test
    void aSecondAdministratorApprovesOnTheUsersPage() {
        Api admin = admin();
        String user = createSpecialist(admin);
        JsonNode before = admin.get("/api/v1/users/" + user).body();
        JsonNode grant = admin.put("/api/v1/users/" + user, form(before, List.of("SPECIALIST"), "SECRET", "BNCTW-VAVV"))
                .body().get("pendingGrant");
        WebSession requester = new WebSession(port).logIn("admin", IntegrationTest.DEMO_PASSWORD);
        requester.get("/admin/users");
        WebSession.Page refused = requester.post("/admin/users/grants/" + grant.get("id").asLong() + "/approve?version="
                + grant.get("version").asLong(), Map.of());
        assertThat(refused.redirectsTo("/admin/users")).isTrue();
        assertThat(requester.get("/admin/users").body()).contains("quản trị viên khác");

        WebSession approver = new WebSession(port).logIn("second_admin", IntegrationTest.DEMO_PASSWORD);
        assertThat(approver.get("/admin/users").body()).contains("id=\"approve-" + grant.get("id").asLong() + "\"");
        approver.post("/admin/users/grants/" + grant.get("id").asLong() + "/approve?version="
                + grant.get("version").asLong(), Map.of());

        assertThat(admin.get("/api/v1/users/" + user).body().get("clearance").asString()).isEqualTo("SECRET");
    }

    @Test
    void aRejectedGrantChangesNothing() {
        Api admin = admin();
        String user = createSpecialist(admin);
        JsonNode before = admin.get("/api/v1/users/" + user).body();
        long id = admin.put("/api/v1/users/" + user, form(before, List.of("SPECIALIST"), "SECRET", "BNCTW-VAVV"))
                .body().get("pendingGrant").get("id").asLong();

        Api.Response rejected = secondAdmin().post("/api/v1/grants/" + id + "/reject", Map.of());

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(admin.get("/api/v1/users/" + user).body().get("clearance").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_id = ? and action = "
                + "'GRANT_REJECTED' and actor = 'second_admin'", Long.class, user)).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotReachCaseContentThroughAnAccountOfTheirOwn() {
        // The attack of failure 3, the long way round: a new account with LEADER and TOP_SECRET.
        Api admin = admin();
        String accomplice = "sod_alias_" + Unique.suffix();
        Api.Response created = admin.post("/api/v1/users", Map.of("username", accomplice, "fullName", "Bí Danh",
                "organizationCode", "BNCTW", "roles", List.of("LEADER"), "clearance", "TOP_SECRET",
                "password", PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("roles").size()).as("no role until approved").isZero();
        assertThat(created.body().get("clearance").asString()).isEqualTo("CONFIDENTIAL");
        long id = created.body().get("pendingGrant").get("id").asLong();
        assertThat(admin.post("/api/v1/grants/" + id + "/approve", Map.of()).status()).isEqualTo(403);
        Api alias = new Api(port).as(accomplice, PASSWORD);
        assertThat(alias.get("/api/v1/me").body().get("roles").size()).isZero();
        assertThat(scopes.of(users.loadUserByUsername(accomplice)).kind()).isEqualTo(Scope.Kind.NONE);
    }

    @Test
    void theGrantedPersonCannotDecideTheirOwnGrant() {
        Api admin = admin();
        String clearanceOnly = createSpecialist(admin);
        JsonNode before = admin.get("/api/v1/users/second_admin").body();
        Api.Response asked = admin.put("/api/v1/users/second_admin",
                form(before, List.of("ADMIN"), "SECRET", "BNCTW-VP"));
        assertThat(asked.status()).isEqualTo(200);
        long id = asked.body().get("pendingGrant").get("id").asLong();
        try {
            Api.Response own = secondAdmin().post("/api/v1/grants/" + id + "/approve", Map.of());
            assertThat(own.status()).isEqualTo(403);
            assertThat(own.body().get("detail").asString()).contains("của chính mình");
        } finally {
            assertThat(secondAdmin().post("/api/v1/grants/" + id + "/reject", Map.of()).status()).isEqualTo(403);
            assertThat(admin.post("/api/v1/grants/" + id + "/reject", Map.of()).status()).isEqualTo(200);
        }
        assertThat(clearanceOnly).isNotBlank();
    }
}
