package vn.theodoi.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.StatementCounter;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * One record, as JSON and as its page, costs a fixed number of SQL statements whatever it holds: a record with
 * 30 persons, 30 events and 30 notes costs what a record with one of each costs (statements counted, not time).
 */
@IntegrationTest
class RecordPageQueriesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /**
     * Counted by hand from the code. The JSON: the bearer token and its account (2), the record where the
     * reader may see it (1), the record row (1), one query per collection (events, provinces, agencies,
     * articles, readers, level and kind history, persons, money, milestones, obstacles, notes: 12), the
     * children (1), the classified read's audit entry (chain head, insert, head update: 3).
     */
    static final int JSON_BOUND = 20;

    /**
     * The page: the session (read twice: 2; its row is rewritten at most once a minute), the account's security
     * stamp and unread notifications (2), the record as for the JSON less the token (18), its audit trail (1, and
     * its count when the page of the trail is full: 1), the events' attachments (the events' records, their
     * visibility, the files: 3); the names of the people it mentions come from memory.
     */
    static final int PAGE_BOUND = 28;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordWithThirtyPersonsEventsAndNotesCostsWhatARecordWithOneOfEachCosts() {
        Api api = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        long small = filled(api, 1);
        long big = filled(api, 30);
        JsonNode bigJson = api.get("/api/v1/records/" + big).body();
        assertThat(bigJson.get("persons").size()).isEqualTo(30);
        assertThat(bigJson.get("notes").size()).isEqualTo(30);
        assertThat(bigJson.get("events").size()).isEqualTo(30);
        WebSession web = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD);
        // once each unmeasured: the law's snapshot and the session's first reads
        assertThat(web.get("/records/" + small).status()).isEqualTo(200);
        assertThat(web.get("/records/" + big).status()).isEqualTo(200);

        int smallJson = StatementCounter.statementsOf(() -> assertThat(api.get("/api/v1/records/" + small).status())
                .isEqualTo(200));
        int bigJsonStatements = StatementCounter.statementsOf(() -> assertThat(api.get("/api/v1/records/" + big)
                .status()).isEqualTo(200));
        int smallPage = StatementCounter.statementsOf(() -> assertThat(web.get("/records/" + small).status())
                .isEqualTo(200));
        List<String> smallStatements = StatementCounter.lastStatements();
        int bigPage = StatementCounter.statementsOf(() -> assertThat(web.get("/records/" + big).status())
                .isEqualTo(200));
        List<String> bigStatements = StatementCounter.lastStatements();

        assertThat(bigJsonStatements).as("JSON of the big record").isEqualTo(smallJson).isLessThanOrEqualTo(JSON_BOUND);
        // the log shows one page of the audit trail, and counts the trail only when that page is full: the big
        // record's 90 entries fill it (one statement more, once), the small one's do not
        assertThat(bigPage).as("page of the big record: %s against %s", bigStatements, smallStatements)
                .isBetween(smallPage, smallPage + 1).isLessThanOrEqualTo(PAGE_BOUND);
    }

    @Test
    void aClassifiedReadIsStillAuditedOncePerRead() {
        Api api = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        long id = filled(api, 1);
        int before = reads(id);
        api.get("/api/v1/records/" + id);
        api.get("/api/v1/records/" + id);
        new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD).get("/records/" + id);
        assertThat(reads(id)).isEqualTo(before + 3);
    }

    private int reads(long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_READ' and target_id = ?",
                Integer.class, String.valueOf(id));
    }

    /** A classified case with {@code n} persons, n notes and n events (the first, then n - 1 corrections). */
    private static long filled(Api api, int n) {
        long id = RecordFixtures.create(api, RecordFixtures.record("Hồ sơ đếm truy vấn " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "CONFIDENTIAL", List.of("specialist"))).get("id")
                .asLong();
        JsonNode record = RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED",
                "date", TODAY.minusDays(40).toString()));
        for (int i = 1; i < n; i++) {
            long current = 0;
            for (JsonNode event : record.get("events")) {
                if (event.get("current").asBoolean()) {
                    current = event.get("id").asLong();
                }
            }
            Api.Response corrected = api.post("/api/v1/records/" + id + "/events/" + current + "/correction", Map.of(
                    "event", Map.of("type", "CASE_INITIATED", "date", TODAY.minusDays(40 + i).toString()),
                    "reason", "Sửa ngày lần " + i));
            assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
            record = corrected.body();
        }
        for (int i = 0; i < n; i++) {
            assertThat(api.post("/api/v1/records/" + id + "/persons", Map.of("fullName", "Người Hư Cấu " + i,
                    "proceduralRole", "SUSPECT", "partyMember", false, "centralCadre", false)).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/records/" + id + "/notes", Map.of("body", "Ghi chú " + i)).status())
                    .isEqualTo(201);
        }
        return id;
    }
}
