package vn.theodoi.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/** The time-limit table is data an administrator corrects without a release. */
@IntegrationTest
class TimeLimitTableIT {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private JsonNode row(Api api, String stage, String severity) {
        for (JsonNode row : api.get("/api/v1/time-limit-rules").body()) {
            // the row in force today (the table also holds the rows of the 2003 Code, valid until 2017)
            if (row.get("stage").asString().equals(stage) && row.get("severity").asString().equals(severity)
                    && row.get("variant").asString().equals("STANDARD")
                    && (row.get("validTo") == null || row.get("validTo").isNull())) {
                return row;
            }
        }
        throw new AssertionError("no row " + stage + "/" + severity);
    }

    private static Map<String, Object> correction(JsonNode row, String basePeriod, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("basePeriod", basePeriod);
        body.put("extensions", row.get("extensions").asString());
        body.put("requestExtensionDaysBefore", row.get("requestExtensionDaysBefore").asInt());
        body.put("dayOffShift", row.get("dayOffShift").asString());
        body.put("article", row.get("article").asString());
        body.put("note", row.get("note").asString());
        body.put("version", version);
        return body;
    }

    @Test
    void everyRowCitesItsArticle() {
        JsonNode rows = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD).get("/api/v1/time-limit-rules")
                .body();

        assertThat(rows.size()).isGreaterThanOrEqualTo(20);
        rows.forEach(row -> assertThat(row.get("article").asString()).contains("Điều"));
    }

    @Test
    void anAdministratorCorrectsARowAndRunningLimitsAreCountedAgain() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        JsonNode row = row(admin, "INVESTIGATION", "ESPECIALLY_SERIOUS");
        String token = "bangthoihan" + Unique.suffix();
        Map<String, Object> record = new HashMap<>(RecordFixtures.record("Vụ án " + token, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of()));
        record.put("severity", "ESPECIALLY_SERIOUS");
        long id = RecordFixtures.create(specialist, record).get("id").asLong();
        LocalDate initiated = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
        LocalDate due = LocalDate.parse(RecordFixtures.addEvent(specialist, id, Map.of("type", "CASE_INITIATED",
                "date", initiated.toString())).get("deadlines").get(0).get("dueDate").asString());

        Api.Response corrected = admin.put("/api/v1/time-limit-rules/" + row.get("id").asLong(),
                correction(row, "5M", row.get("version").asLong()));
        try {
            assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
            // the recount runs after the correction commits
            LocalDate stored = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> LocalDate.parse(
                    specialist.get("/api/v1/records?q=" + token).body().get("content").get(0).get("dueDate").asString()),
                    d -> !d.equals(due));
            assertThat(stored).isAfterOrEqualTo(initiated.plusMonths(5));
            assertThat(specialist.get("/api/v1/records/" + id).body().get("deadlines").get(0).get("baseDueDate")
                    .asString()).isEqualTo(stored.toString());
            // the record's stored limits (deadline figures) are counted again with it
            assertThat(jdbc.queryForObject("select due_date from record_time_limit where record_id = ? and ordinal = 0",
                    LocalDate.class, id)).isEqualTo(stored);
        } finally {
            JsonNode now = row(admin, "INVESTIGATION", "ESPECIALLY_SERIOUS");
            assertThat(admin.put("/api/v1/time-limit-rules/" + now.get("id").asLong(),
                    correction(row, row.get("basePeriod").asString(), now.get("version").asLong())).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void anInvalidOrUnauthorizedCorrectionChangesNothing() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        JsonNode row = row(admin, "PROSECUTION", "SERIOUS");

        Api.Response malformed = admin.put("/api/v1/time-limit-rules/" + row.get("id").asLong(),
                correction(row, "twenty days", row.get("version").asLong()));
        Api.Response byALeader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD).put(
                "/api/v1/time-limit-rules/" + row.get("id").asLong(), correction(row, "25D", row.get("version").asLong()));
        Api.Response stale = admin.put("/api/v1/time-limit-rules/" + row.get("id").asLong(),
                correction(row, "25D", row.get("version").asLong() - 1));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(byALeader.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(row(admin, "PROSECUTION", "SERIOUS").get("basePeriod").asString()).isEqualTo("20D");
    }
}
