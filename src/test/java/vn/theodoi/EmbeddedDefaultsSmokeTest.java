package vn.theodoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Api;
import vn.theodoi.support.EmbeddedTest;

/**
 * The README's run command: no profile, the embedded H2 file database under the data directory,
 * demo users loaded. Only the data directory is moved into target/.
 */
@EmbeddedTest
class EmbeddedDefaultsSmokeTest {

    @LocalServerPort
    int port;

    @Value("${theodoi.data-dir}")
    String dataDirectory;

    @Test
    void servesTheLoginPageHealthAndEveryDemoLoginOnTheEmbeddedDatabase() throws Exception {
        Api api = new Api(port);

        assertThat(api.get("/login").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        for (String user : new String[] {"admin", "second_admin", "leader", "department_head", "specialist", "provincial_officer",
                "agency_liaison", "auditor"}) {
            assertThat(api.as(user, EmbeddedTest.DEMO_PASSWORD).get("/api/v1/me").body().get("username").asString())
                    .isEqualTo(user);
        }
        assertThat(Path.of(dataDirectory).normalize()).startsWith(Path.of("target"));
        assertThat(Files.exists(Path.of(dataDirectory, "db", "theodoi.mv.db"))).isTrue();
    }

    @Test
    void theEmbeddedDatabaseKeepsTheAuditLogAppendOnlyAndChained(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Autowired vn.theodoi.audit.AuditLog audit) {
        Long rows = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(rows).isPositive();

        // issue 7: on H2, TRUNCATE bypassed the append-only trigger
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'x'"))
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isGreaterThanOrEqualTo(rows);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void apiDocumentationIsReadableWithoutLoggingIn() {
        Api.Response docs = new Api(port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(new Api(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreForAdministratorsOnly() {
        Api api = new Api(port);
        assertThat(api.as("leader", EmbeddedTest.DEMO_PASSWORD).get("/actuator/prometheus").status()).isEqualTo(403);
        Api.Response metrics = api.as("admin", EmbeddedTest.DEMO_PASSWORD).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes");
    }
}
