package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

@IntegrationTest
class ApiAuthenticationIT {

    @LocalServerPort
    int port;

    Api anonymous;

    @BeforeEach
    void setUp() {
        anonymous = new Api(port);
    }

    @Test
    void withoutATokenEveryApiCallIsAProblem401() {
        Api.Response response = anonymous.get("/api/v1/organizations");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
        assertThat(response.body().get("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(response.body().get("detail").asString()).contains("Bearer");
    }

    @Test
    void aTokenIdentifiesTheCallerWithScopeAndClearance() {
        Api.Response token = anonymous.post("/api/v1/auth/token",
                Map.of("username", "provincial_officer", "password", IntegrationTest.DEMO_PASSWORD));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.body().get("token").asString()).hasSizeGreaterThan(30);
        assertThat(token.body().get("expiresAt").asString()).isNotBlank();

        Api.Response me = anonymous.withToken(token.body().get("token").asString()).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("provincial_officer");
        assertThat(me.body().get("roles").get(0).asString()).isEqualTo("PROVINCIAL_OFFICER");
        assertThat(me.body().get("organizationCode").asString()).isEqualTo("BNC-48");
        assertThat(me.body().get("provinceCode").asString()).isEqualTo("VN-48");
        assertThat(me.body().get("clearance").asString()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        Api leader = anonymous.as("leader", IntegrationTest.DEMO_PASSWORD);
        assertThat(leader.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(leader.delete("/api/v1/auth/token").status()).isEqualTo(204);

        assertThat(leader.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorRevokesAllTokensOfAUser() {
        Api auditor = anonymous.as("auditor", IntegrationTest.DEMO_PASSWORD);
        Api admin = anonymous.as("admin", IntegrationTest.DEMO_PASSWORD);

        assertThat(admin.post("/api/v1/users/auditor/revoke-tokens", Map.of()).status()).isEqualTo(200);

        assertThat(auditor.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anInventedTokenIsRefused() {
        assertThat(anonymous.withToken("not-a-real-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void invalidFieldsAreListedInTheRequestsLanguage() {
        Api.Response vietnamese = anonymous.post("/api/v1/auth/token", Map.of("username", ""));
        Api.Response english = anonymous.inLanguage("en").post("/api/v1/auth/token", Map.of("username", ""));

        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.body().get("errors").findValuesAsString("field")).contains("username", "password");
        assertThat(vietnamese.body().get("errors").get(0).get("message").asString()).isEqualTo("Không được để trống.");
        assertThat(english.body().get("errors").get(0).get("message").asString()).isEqualTo("Must not be empty.");
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        Api.Response response = anonymous.postRaw("/api/v1/auth/token", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).doesNotContain("Exception", "jackson", "at vn.");
    }

    @Test
    void rolesAreEnforcedOnTheApi() {
        Api specialist = anonymous.as("specialist", IntegrationTest.DEMO_PASSWORD);

        Api.Response users = specialist.get("/api/v1/users");

        assertThat(users.status()).isEqualTo(403);
        assertThat(users.body().get("title").asString()).isEqualTo("Không có quyền");
    }
}
