package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.HostileRequests;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.OpenApiOperations;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * Issue 7, item 10: 10,000 generated hostile requests (support/HostileRequests, from the OpenAPI
 * document) against every documented endpoint: no 5xx, every refusal a problem document, no
 * control character stored, and no change to a record the sender had no right to change.
 * Endpoints outside the records module are sent as an administrator, so that they reach the code
 * behind the access rules; those that would change shared reference data or decide other tests'
 * grants with a plausible id are left out. The records module's are sent as a provincial officer,
 * with real record ids: their province's own, a Commission record they see but do not own, and
 * one they may not see at all.
 */
@IntegrationTest
class HostileApiRequestsIT {

    static final long SEED = 20_261_128L;
    static final int REQUESTS = 1_500;
    static final int RECORD_REQUESTS = 8_500;
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

    @Test
    void noHostileRequestOnRecordsAnswersAServerErrorStoresAControlCharacterOrChangesWhatItMayNot() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        String marker = "tancong" + Unique.suffix();
        long own = RecordFixtures.create(leader, RecordFixtures.record("Của tỉnh " + marker, "BCD-48", null,
                List.of("VN-48"), List.of("CA-48"), "UNCLASSIFIED", List.of())).get("id").asLong();
        long seenNotOwned = RecordFixtures.create(leader, RecordFixtures.record("Của Ban " + marker, "BNCTW",
                "BNCTW-VAVV", List.of("VN-48"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        long unseen = RecordFixtures.create(leader, RecordFixtures.record("Ngoài phạm vi " + marker, "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        for (long id : new long[] {own, seenNotOwned, unseen}) {
            RecordFixtures.addEvent(leader, id, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"));
        }
        String unseenBefore = wholeRecord(unseen);
        String describedBefore = description(seenNotOwned);
        List<Long> ids = List.of(own, seenNotOwned, unseen);

        Api officer = new Api(port).as("provincial_officer", IntegrationTest.DEMO_PASSWORD);
        OpenApiOperations documented = OpenApiOperations.of(new Api(port));
        List<OpenApiOperations.Operation> records = documented.all().stream()
                .filter(op -> op.path().startsWith("/api/v1/records") || op.path().startsWith("/api/v1/time-limit-rules"))
                .toList();
        assertThat(records).extracting(Object::toString).contains("POST /api/v1/records",
                "POST /api/v1/records/{id}/events", "PUT /api/v1/records/{id}", "POST /api/v1/records/{id}/level",
                "GET /api/v1/records", "PUT /api/v1/time-limit-rules/{id}");
        Random pickRecord = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (HostileRequests.Request request : HostileRequests.generate(documented.restrictedTo(records), SEED,
                RECORD_REQUESTS)) {
            // a plausible record id becomes a real one, so the request reaches the rules behind the access check
            String path = PLAUSIBLE_RECORD.matcher(request.pathAndQuery())
                    .replaceFirst("/api/v1/records/" + ids.get(pickRecord.nextInt(ids.size())) + "$1");
            Api.Response response = officer.send(request.method(), path, request.body());
            if (response.status() >= 500) {
                failures.add(response.status() + " " + request.method() + " " + path + " (" + request.broken() + ")");
            } else if (response.status() >= 400
                    && !response.header("Content-Type").startsWith("application/problem+json")) {
                failures.add("not a problem: " + response.status() + " " + request);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(wholeRecord(unseen)).as("a record out of the officer's sight").isEqualTo(unseenBefore);
        assertThat(description(seenNotOwned)).as("a record the officer sees but does not own")
                .isEqualTo(describedBefore);
        for (String text : HostileRequests.CONTROL_TEXTS.stream().filter(t -> t.indexOf('\u0000') < 0).toList()) {
            for (String column : List.of("oversight_record.title", "oversight_record.summary", "record_note.body",
                    "record_person.full_name", "record_event.note", "record_event.document_ref",
                    "record_money.note", "record_milestone.description", "record_obstacle.description",
                    "record_level_change.decision_ref", "time_limit_rule.note")) {
                String[] tableAndColumn = column.split("\\.");
                assertThat(jdbc.queryForObject("select count(*) from " + tableAndColumn[0] + " where position(? in coalesce("
                        + tableAndColumn[1] + ", '')) > 0", Long.class, text)).as(column + " " + text).isZero();
            }
        }
    }

    static final java.util.regex.Pattern PLAUSIBLE_RECORD = java.util.regex.Pattern.compile(
            "^/api/v1/records/[0-9]{1,2}(/|\\?|$)");

    /** Everything stored about a record: its row and the number of each of its parts. */
    private String wholeRecord(long id) {
        return jdbc.queryForMap("select * from oversight_record where id = ?", id).toString()
                + jdbc.queryForList("select (select count(*) from record_event where record_id = ?)"
                        + " + 1000 * (select count(*) from record_person where record_id = ?)"
                        + " + 1000000 * (select count(*) from record_note where record_id = ?)", Long.class, id, id, id)
                + jdbc.queryForList("select username from record_reader where record_id = ? order by username",
                        String.class, id)
                + jdbc.queryForList("select oversight_level from record_level_change where record_id = ?",
                        Integer.class, id);
    }

    /** What only its owner's people may change: description, level, classification, owner, access list. */
    private String description(long id) {
        return jdbc.queryForMap("select title, summary, oversight_level, classification, owner_organization_id,"
                + " owner_department_id, severity, responsible_username from oversight_record where id = ?", id)
                .toString() + jdbc.queryForList("select username from record_reader where record_id = ?"
                        + " order by username", String.class, id)
                + jdbc.queryForList("select province_code from record_province where record_id = ?"
                        + " order by province_code", String.class, id);
    }
}
