package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.HostileRequests;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.OpenApiOperations;

/**
 * Generated hostile requests (support/HostileRequests, from the OpenAPI document) against every
 * documented endpoint outside the records module, as an administrator so that they reach the
 * code behind the access rules: no 5xx, every refusal a problem document, and no control
 * character stored in users, organizations or the audit log. Endpoints that would change shared
 * reference data or decide other tests' grants with a plausible id are left out.
 */
@IntegrationTest
class HostileApiRequestsIT {

    static final long SEED = 20_261_128L;
    static final int REQUESTS = 1_500;
    static final Set<String> LEFT_OUT = Set.of("DELETE /api/v1/auth/token", "POST /api/v1/calendar/days",
            "DELETE /api/v1/calendar/days/{id}", "PUT /api/v1/organizations/{code}", "POST /api/v1/organizations",
            "POST /api/v1/grants/{id}/approve", "POST /api/v1/grants/{id}/reject");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noHostileRequestAnswersAServerErrorOrStoresAControlCharacter() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        OpenApiOperations documented = OpenApiOperations.of(new Api(port));
        List<OpenApiOperations.Operation> ours = documented.all().stream()
                .filter(op -> !op.path().startsWith("/api/v1/records") && !op.path().startsWith("/api/v1/time-limit-rules"))
                .filter(op -> !LEFT_OUT.contains(op.toString()))
                .toList();
        assertThat(ours).extracting(Object::toString).contains("POST /api/v1/users", "GET /api/v1/audit",
                "POST /api/v1/auth/token", "GET /api/v1/grants");
        OpenApiOperations onlyOurs = documented.restrictedTo(ours);

        List<String> failures = new ArrayList<>();
        for (HostileRequests.Request request : HostileRequests.generate(onlyOurs, SEED, REQUESTS)) {
            Api.Response response = admin.send(request.method(), request.pathAndQuery(), request.body());
            if (response.status() >= 500) {
                failures.add(response.status() + " " + request);
            } else if (response.status() >= 400 && !response.header("Content-Type").startsWith("application/problem+json")) {
                failures.add("not a problem: " + response.status() + " " + request);
            }
        }

        assertThat(failures).isEmpty();
        // PostgreSQL cannot store NUL at all (a write would fail, which the loop above would have seen as a 5xx)
        for (String text : HostileRequests.CONTROL_TEXTS.stream().filter(t -> t.indexOf('\u0000') < 0).toList()) {
            assertThat(jdbc.queryForObject("select count(*) from app_user where full_name = ? or email = ?",
                    Long.class, text, text)).as(text).isZero();
            assertThat(jdbc.queryForObject("select count(*) from organization where name = ? or short_name = ?",
                    Long.class, text, text)).as(text).isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where position(? in coalesce(details, '')) > 0",
                    Long.class, text)).as(text).isZero();
        }
        assertThat(admin.get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD).get("/api/v1/audit/verify").body()
                .get("intact").asBoolean()).isTrue();
    }
}
