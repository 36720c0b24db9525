package vn.theodoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

@IntegrationTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    PlatformTransactionManager transactions;

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
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("save"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void theAuditorFiltersTheLogAndOthersMayNot() {
        Api auditor = new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);
        new Api(port).post("/api/v1/auth/token", Map.of("username", "specialist", "password", "Wrong-Pass-123"));

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

    @Test
    void everyEntryIsChainedToTheOneBefore() {
        audit.recordEvent("TEST_CHAIN", "TEST", 1, AuditOutcome.SUCCESS, AuditDetails.of().count("n", 1));
        audit.recordEvent("TEST_CHAIN", "TEST", 2, AuditOutcome.SUCCESS, AuditDetails.of().count("n", 2));

        List<Map<String, Object>> last = jdbc.queryForList("select chain_position, previous_hash, entry_hash from "
                + "audit_entry where chain_position is not null order by chain_position desc limit 2");
        assertThat(((Number) last.get(0).get("chain_position")).longValue())
                .isEqualTo(((Number) last.get(1).get("chain_position")).longValue() + 1);
        assertThat(last.get(0).get("previous_hash")).isEqualTo(last.get(1).get("entry_hash"));
        assertThat((String) last.get(0).get("entry_hash")).hasSize(64).isNotEqualTo(last.get(1).get("entry_hash"));
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                writes.add(pool.submit(() -> audit.recordEvent("TEST_CONCURRENT", "TEST", n, AuditOutcome.SUCCESS,
                        AuditDetails.of().count("n", n))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        Long distinctPrevious = jdbc.queryForObject("select count(distinct previous_hash) from audit_entry "
                + "where chain_position is not null", Long.class);
        Long chained = jdbc.queryForObject("select count(*) from audit_entry where chain_position is not null",
                Long.class);
        assertThat(distinctPrevious).as("no two entries follow the same entry").isEqualTo(chained);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anAuditorVerifiesTheChainOnTheApiAndOnThePage() {
        Api auditor = new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);

        Api.Response verified = auditor.get("/api/v1/audit/verify");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().get("intact").asBoolean()).isTrue();
        assertThat(verified.body().get("checkedEntries").asLong()).isPositive();
        assertThat(verified.body().get("lastHash").asString()).hasSize(64);
        assertThat(auditor.get("/audit/verify").raw().body()).contains("id=\"chain-intact\"");
        assertThat(new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD).get("/api/v1/audit/verify").status())
                .isEqualTo(403);
    }

    /**
     * Someone with the database owner's rights bypasses the triggers and changes, removes or
     * inserts an entry: the verification names the first entry that no longer holds. Each
     * tampering happens in a transaction that is rolled back, so the shared log stays intact.
     */
    @Test
    void tamperingIsDetectedAndTheFirstBrokenEntryNamed() {
        audit.recordEvent("TEST_TAMPER", "TEST", 1, AuditOutcome.SUCCESS, AuditDetails.of().count("n", 1));
        audit.recordEvent("TEST_TAMPER", "TEST", 2, AuditOutcome.SUCCESS, AuditDetails.of().count("n", 2));
        audit.recordEvent("TEST_TAMPER", "TEST", 3, AuditOutcome.SUCCESS, AuditDetails.of().count("n", 3));
        List<Long> ids = jdbc.queryForList("select id from audit_entry where action = 'TEST_TAMPER' "
                + "order by chain_position desc limit 3", Long.class);
        long third = ids.get(0);
        long second = ids.get(1);

        ChainVerification changed = tampered("update audit_entry set details = 'n=99' where id = " + second);
        assertThat(changed.intact()).isFalse();
        assertThat(changed.firstBroken().id()).isEqualTo(second);
        assertThat(changed.firstBroken().reason()).isEqualTo(ChainVerification.Reason.CONTENT_CHANGED);

        ChainVerification removed = tampered("delete from audit_entry where id = " + second);
        assertThat(removed.firstBroken().id()).isEqualTo(third);
        assertThat(removed.firstBroken().reason()).isEqualTo(ChainVerification.Reason.ENTRY_MISSING_BEFORE);

        ChainVerification rehashed = tampered("update audit_entry set details = 'n=99', entry_hash = "
                + "'0000000000000000000000000000000000000000000000000000000000000001' where id = " + second);
        assertThat(rehashed.firstBroken().id()).isEqualTo(second);

        ChainVerification truncatedEnd = tampered("delete from audit_entry where id = " + third);
        assertThat(truncatedEnd.firstBroken().reason()).isEqualTo(ChainVerification.Reason.ENTRIES_MISSING_AT_END);

        ChainVerification inserted = tampered("insert into audit_entry (occurred_at, actor, action, outcome) "
                + "values (now(), 'forger', 'LOGIN', 'SUCCESS')");
        assertThat(inserted.firstBroken().reason()).isEqualTo(ChainVerification.Reason.NOT_CHAINED);

        assertThat(audit.verify().intact()).as("every tampering was rolled back").isTrue();
    }

    private ChainVerification tampered(String sql) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("alter table audit_entry disable trigger user");
            jdbc.execute(sql);
            return chain.verify();
        });
    }
}
