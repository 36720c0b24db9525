package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Api;

/** Production mode: no demo users, no default password. */
class FirstAdministratorIT {

    static final String NO_DEMO = "theodoi.demo.enabled=false";

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {NO_DEMO,
            "spring.datasource.url=jdbc:h2:mem:nousers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    class WithoutAnAdministrator {

        @LocalServerPort
        int port;

        @Test
        void refusesToServeUntilTheFirstAdministratorIsCreated() {
            Api api = new Api(port);

            assertThat(api.get("/login").status()).isEqualTo(503);
            assertThat(api.get("/login").raw().body()).contains("THEODOI_ADMIN_PASSWORD");
            assertThat(api.post("/api/v1/auth/token", java.util.Map.of("username", "admin", "password", "x")).status())
                    .isEqualTo(503);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {NO_DEMO,
            "spring.datasource.url=jdbc:h2:mem:firstadmin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "theodoi.bootstrap.admin.username=quantri", "theodoi.bootstrap.admin.password=First-Admin-Passw0rd"})
    class WithTheBootstrapSecret {

        @LocalServerPort
        int port;

        @org.springframework.beans.factory.annotation.Autowired
        SecondFactors secondFactors;

        @org.springframework.beans.factory.annotation.Autowired
        Users users;

        @Test
        void createsTheAdministratorAndNoDemoUser() {
            Api api = new Api(port);
            // an administrator needs a second factor: the API refuses until one is enrolled
            Api.Response refused = api.post("/api/v1/auth/token",
                    java.util.Map.of("username", "quantri", "password", "First-Admin-Passw0rd"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("code").asString()).isEqualTo("login.secondFactor.enrolFirst");
            String secret = secondFactors.newEnrolment("quantri").secret();
            long step = vn.theodoi.support.SecondFactorCodes.currentStep();
            assertThat(secondFactors.enrol(users.byUsername("quantri").id(), secret,
                    vn.theodoi.support.SecondFactorCodes.code(secret, step))).hasSize(10);
            vn.theodoi.support.SecondFactorCodes.used(api.base() + " quantri", step);

            Api.Response me = api.as("quantri", "First-Admin-Passw0rd", secret).get("/api/v1/me");
            assertThat(me.body().get("roles").get(0).asString()).isEqualTo("ADMIN");
            assertThat(api.post("/api/v1/auth/token", java.util.Map.of("username", "leader", "password",
                    "First-Admin-Passw0rd")).status()).isEqualTo(401);
        }
    }
}
