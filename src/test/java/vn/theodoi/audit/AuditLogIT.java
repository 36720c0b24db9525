package vn.theodoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

@IntegrationTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditRow() {
        new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);
        Long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone else' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
    }

    @Test
    void theCodeHasNoPathThatUpdatesOrDeletesAnEntry() {
        assertThat(Arrays.stream(AuditEntries.class.getMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void theAuditorFiltersTheLogAndOthersMayNot() {
        Api auditor = new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);
        new Api(port).post("/api/v1/auth/token", java.util.Map.of("username", "specialist", "password", "Wrong-Pass-123"));

        Api.Response failures = auditor.get("/api/v1/audit?actor=specialist&action=LOGIN&outcome=FAILURE");

        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.body().get("content").size()).isPositive();
        failures.body().get("content").forEach(row -> {
            assertThat(row.get("actor").asString()).isEqualTo("specialist");
            assertThat(row.get("outcome").asString()).isEqualTo("FAILURE");
            assertThat(row.get("clientAddress").asString()).isNotBlank();
        });
        assertThat(new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD).get("/api/v1/audit").status())
                .isEqualTo(403);
    }
}
