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

        @Test
        void createsTheAdministratorAndNoDemoUser() {
            Api api = new Api(port);

            Api.Response me = api.as("quantri", "First-Admin-Passw0rd").get("/api/v1/me");
            assertThat(me.body().get("roles").get(0).asString()).isEqualTo("ADMIN");
            assertThat(api.post("/api/v1/auth/token", java.util.Map.of("username", "leader", "password",
                    "First-Admin-Passw0rd")).status()).isEqualTo(401);
        }
    }
}
