package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/** A record's life: events against the law, corrections, conversion, split, concurrent edits, search. */
@IntegrationTest
class RecordLifecycleIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api specialist() {
        return new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
    }

    JsonNode newCase(Api api, String title) {
        return RecordFixtures.create(api, RecordFixtures.record(title, "BNCTW", "BNCTW-VAVV", List.of("VN-01"),
                List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
    }

    @Test
    void eventsDriveTheStageAndTheLegalLimitsAndAnUnlawfulExtensionIsRefused() {
        Api api = specialist();
        long id = newCase(api, "Vụ án gia hạn " + Unique.suffix()).get("id").asLong();
        LocalDate initiated = TODAY.minusMonths(5);

        RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED", "date", initiated.toString()));
        Api.Response withoutGrantor = api.post("/api/v1/records/" + id + "/events", Map.of("type",
                "INVESTIGATION_EXTENDED", "date", initiated.plusMonths(3).toString(), "extensionMonths", 4));
        Api.Response unknownGrantor = api.post("/api/v1/records/" + id + "/events", Map.of("type",
                "INVESTIGATION_EXTENDED", "date", initiated.plusMonths(3).toString(), "extensionMonths", 4,
                "grantedBy", "BNCTW-VAVV"));
        JsonNode extended = RecordFixtures.addEvent(api, id, Map.of("type", "INVESTIGATION_EXTENDED",
                "date", initiated.plusMonths(3).toString(), "extensionMonths", 4, "grantedBy", "VKSTC"));
        RecordFixtures.addEvent(api, id, Map.of("type", "INVESTIGATION_EXTENDED",
                "date", initiated.plusMonths(4).toString(), "extensionMonths", 4, "grantedBy", "VKSTC"));
        Api.Response third = api.post("/api/v1/records/" + id + "/events", Map.of("type", "INVESTIGATION_EXTENDED",
                "date", initiated.plusMonths(5).toString(), "extensionMonths", 1, "grantedBy", "VKSTC"));

        // DOMAIN.md section 4: the body that grants an extension is recorded, and it is an agency
        assertThat(withoutGrantor.status()).isEqualTo(422);
        assertThat(withoutGrantor.body().get("code").asString()).isEqualTo("record.event.grantorRequired");
        assertThat(unknownGrantor.status()).isEqualTo(422);
        assertThat(unknownGrantor.body().get("code").asString()).isEqualTo("record.event.unknownGrantor");
        assertThat(extended.get("events").findValuesAsString("grantedBy")).contains("VKSTC");

        JsonNode limit = extended.get("deadlines").get(0);
        assertThat(extended.get("stage").asString()).isEqualTo("INVESTIGATION");
        assertThat(limit.get("startDate").asString()).isEqualTo(initiated.toString());
        assertThat(limit.get("extensionsUsed").asInt()).isEqualTo(1);
        assertThat(limit.get("extensionsLeft").asInt()).as("very serious: twice, Art. 172(2)(c)").isEqualTo(1);
        assertThat(LocalDate.parse(limit.get("dueDate").asString()))
                .isBetween(initiated.plusMonths(8), initiated.plusMonths(8).plusDays(3));
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.body().get("code").asString()).isEqualTo("deadline.extension.exhausted");
        assertThat(third.body().get("detail").asString()).doesNotContain("INVESTIGATION");
    }

    @Test
    void aCorrectedEventKeepsTheOldOneWithItsReason() {
        Api api = specialist();
        long id = newCase(api, "Vụ án đính chính " + Unique.suffix()).get("id").asLong();
        JsonNode withEvent = RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED",
                "date", TODAY.minusDays(40).toString()));
        long eventId = withEvent.get("events").get(0).get("id").asLong();

        Api.Response corrected = api.post("/api/v1/records/" + id + "/events/" + eventId + "/correction", Map.of(
                "event", Map.of("type", "CASE_INITIATED", "date", TODAY.minusDays(30).toString()),
                "reason", "Nhập nhầm ngày của quyết định khởi tố"));

        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        JsonNode events = corrected.body().get("events");
        assertThat(events.size()).isEqualTo(2);
        JsonNode old = events.get(0).get("id").asLong() == eventId ? events.get(0) : events.get(1);
        assertThat(old.get("current").asBoolean()).isFalse();
        assertThat(old.get("date").asString()).isEqualTo(TODAY.minusDays(40).toString());
        assertThat(old.get("correctionReason").asString()).isEqualTo("Nhập nhầm ngày của quyết định khởi tố");
        assertThat(corrected.body().get("deadlines").get(0).get("startDate").asString())
                .isEqualTo(TODAY.minusDays(30).toString());
    }

    @Test
    void aMatterTurnedIntoACaseKeepsOneHistory() {
        Api api = specialist();
        Map<String, Object> matter = new HashMap<>(RecordFixtures.record("Vụ việc thanh tra " + Unique.suffix(),
                "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of("TTCP"), "UNCLASSIFIED", List.of()));
        matter.put("kind", "MATTER");
        long id = RecordFixtures.create(api, matter).get("id").asLong();
        api.post("/api/v1/records/" + id + "/notes", Map.of("body", "Thanh tra phát hiện dấu hiệu tội phạm"));

        JsonNode converted = RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED",
                "date", TODAY.minusDays(3).toString()));

        assertThat(converted.get("id").asLong()).isEqualTo(id);
        assertThat(converted.get("kind").asString()).isEqualTo("CASE");
        assertThat(converted.get("kindHistory").get(0).get("fromKind").asString()).isEqualTo("MATTER");
        assertThat(converted.get("kindHistory").get(0).get("toKind").asString()).isEqualTo("CASE");
        assertThat(converted.get("notes").size()).as("the matter's notes stay with the case").isEqualTo(1);
        assertThat(converted.get("stage").asString()).isEqualTo("INVESTIGATION");
    }

    @Test
    void aSplitCaseHasALinkedPhaseTwoChild() {
        Api api = specialist();
        JsonNode parent = newCase(api, "Vụ án tách " + Unique.suffix());
        long parentId = parent.get("id").asLong();
        RecordFixtures.addEvent(api, parentId, Map.of("type", "CASE_INITIATED", "date", TODAY.minusMonths(2).toString()));

        Api.Response split = api.post("/api/v1/records/" + parentId + "/split", Map.of(
                "title", "Giai đoạn II của " + parent.get("title").asString(), "splitOn", TODAY.toString()));

        assertThat(split.status()).as(split.raw().body()).isEqualTo(201);
        JsonNode child = split.body();
        assertThat(child.get("parentId").asLong()).isEqualTo(parentId);
        assertThat(child.get("code").asString()).startsWith(parent.get("code").asString());
        JsonNode reread = api.get("/api/v1/records/" + parentId).body();
        assertThat(reread.get("childIds").get(0).asLong()).isEqualTo(child.get("id").asLong());
        assertThat(reread.get("events").findValuesAsString("type")).contains("SPLIT");
        assertThat(api.get("/records/" + child.get("id").asLong()).raw().body()).contains("parent-link");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsGetsAConflict() {
        Api api = specialist();
        JsonNode record = newCase(api, "Vụ án sửa đồng thời " + Unique.suffix());
        long id = record.get("id").asLong();
        Map<String, Object> first = RecordFixtures.record("Tên do người thứ nhất sửa", "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of());
        first.put("version", record.get("version").asLong());
        Map<String, Object> second = new HashMap<>(first);
        second.put("title", "Tên do người thứ hai sửa");

        assertThat(api.put("/api/v1/records/" + id, first).status()).isEqualTo(200);
        Api.Response late = api.put("/api/v1/records/" + id, second);

        assertThat(late.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/records/" + id).body().get("title").asString())
                .isEqualTo("Tên do người thứ nhất sửa");
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByDeadlineStatus() {
        Api api = specialist();
        String token = "Phước" + Unique.suffix();
        long id = newCase(api, "Vụ án tại Công ty Thủy sản " + token).get("id").asLong();
        RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED", "date", TODAY.minusMonths(5).toString()));

        String folded = vn.theodoi.shared.VietnameseText.fold(token);
        JsonNode found = api.get("/api/v1/records?q=thuy%20san%20" + folded).body();
        JsonNode overdue = api.get("/api/v1/records?deadline=OVERDUE&q=" + folded).body();
        JsonNode onTrack = api.get("/api/v1/records?deadline=ON_TRACK&q=" + folded).body();

        assertThat(found.get("content").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(overdue.get("content").get(0).get("deadlineStatus").asString())
                .as("very serious: 4 months, Art. 172(1), passed").isEqualTo("OVERDUE");
        assertThat(onTrack.get("content").size()).isZero();
    }

    @Test
    void theProvinceFilterFollowsTheProvincesAsTheyAreEdited() {
        Api api = specialist();
        String token = "Tinhloc" + Unique.suffix();
        JsonNode record = RecordFixtures.create(api, RecordFixtures.record("Vụ án hai tỉnh " + token, "BNCTW",
                "BNCTW-VAVV", List.of("VN-01", "VN-79"), List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
        long id = record.get("id").asLong();
        String inHoChiMinhCity = "/api/v1/records?province=VN-79&q=" + token;
        String inHanoi = "/api/v1/records?province=VN-01&q=" + token;
        assertThat(ids(api.get(inHoChiMinhCity).body())).containsExactly(id);
        assertThat(ids(api.get(inHanoi).body())).containsExactly(id);

        Map<String, Object> hanoiOnly = RecordFixtures.record("Vụ án hai tỉnh " + token, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of());
        hanoiOnly.put("version", record.get("version").asLong());
        assertThat(api.put("/api/v1/records/" + id, hanoiOnly).status()).isEqualTo(200);

        assertThat(ids(api.get(inHoChiMinhCity).body())).as("no longer in Hồ Chí Minh City").isEmpty();
        assertThat(ids(api.get(inHanoi).body())).containsExactly(id);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where id = ? and province_codes is null",
                Integer.class, id)).isZero();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new java.util.ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    @Test
    void theDeadlineFilterInTheDatabaseAgreesWithTheEngineOnEveryRecord() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        long running = 0;
        Map<String, Long> listed = new HashMap<>();
        for (String status : List.of("ON_TRACK", "DUE_SOON", "OVERDUE")) {
            JsonNode page = leader.get("/api/v1/records?size=200&sort=due&deadline=" + status).body();
            page.get("content").forEach(row -> assertThat(row.get("deadlineStatus").asString())
                    .as(row.get("code").asString() + " due " + row.get("dueDate").asString()).isEqualTo(status));
            listed.put(status, page.get("page").get("totalElements").asLong());
            assertThat(page.get("content").size()).as("one page holds every " + status + " record").isLessThan(200);
            // a page of one row counts its total in the database (the page of 200 counted its rows)
            assertThat(leader.get("/api/v1/records?size=1&deadline=" + status).body().get("page")
                    .get("totalElements").asLong()).as(status + " counted").isEqualTo(page.get("content").size());
            running += page.get("page").get("totalElements").asLong();
        }
        // the home page counts "due soon" as two ranges added (RecordQueries.countedApart), the list as one filter
        JsonNode dashboard = leader.get("/api/v1/records/dashboard").body();
        assertThat(dashboard.get("dueSoonCount").asLong()).isEqualTo(listed.get("DUE_SOON"));
        assertThat(dashboard.get("overdueCount").asLong()).isEqualTo(listed.get("OVERDUE"));
        Integer withRunningLimit = jdbc.queryForObject(
                "select count(*) from oversight_record where current_due_date is not null", Integer.class);
        assertThat(running).as("every running limit is in exactly one status").isEqualTo(withRunningLimit.longValue());
    }

    @Test
    void personsAndMoneyAreKeptAndTotalled() {
        Api api = specialist();
        long id = newCase(api, "Vụ án tài sản " + Unique.suffix()).get("id").asLong();

        api.post("/api/v1/records/" + id + "/persons", Map.of("fullName", "Trần Văn Hư Cấu",
                "proceduralRole", "SUSPECT", "position", "Giám đốc", "organizationName", "Công ty TNHH Hư Cấu",
                "partyMember", true, "centralCadre", false));
        api.post("/api/v1/records/" + id + "/money", Map.of("kind", "DAMAGE", "amountVnd", 120_000_000_000L,
                "asOf", TODAY.toString()));
        JsonNode record = api.post("/api/v1/records/" + id + "/money", Map.of("kind", "RECOVERED",
                "amountVnd", 45_500_000_000L, "asOf", TODAY.toString())).body();

        assertThat(record.get("persons").get(0).get("fullName").asString()).isEqualTo("Trần Văn Hư Cấu");
        JsonNode person = record.get("persons").get(0);
        Map<String, Object> tried = Map.of("fullName", "Trần Văn Hư Cấu", "proceduralRole", "DEFENDANT",
                "version", person.get("version").asLong());
        assertThat(api.put("/api/v1/records/" + id + "/persons/" + person.get("id").asLong(), tried).body()
                .get("persons").get(0).get("proceduralRole").asString()).isEqualTo("DEFENDANT");
        assertThat(api.put("/api/v1/records/" + id + "/persons/" + person.get("id").asLong(), tried).status())
                .as("the same stale version again").isEqualTo(409);
        assertThat(record.get("money").get("damageVnd").asLong()).isEqualTo(120_000_000_000L);
        assertThat(record.get("money").get("recoveredVnd").asLong()).isEqualTo(45_500_000_000L);
        assertThat(api.get("/api/v1/records?q=tran%20van%20hu%20cau").body().get("content").get(0).get("id").asLong())
                .as("persons are searchable").isEqualTo(id);
        assertThat(jdbc.queryForList("select details from audit_entry where target_type = 'RECORD' and target_id = ?",
                String.class, String.valueOf(id))).as("the audit log names no suspect and no sum")
                .noneMatch(details -> details != null && (details.contains("Hư Cấu") || details.contains("120000000000")));
    }

    @Test
    void everyChangeIsAudited() {
        Api api = specialist();
        long id = newCase(api, "Vụ án nhật ký " + Unique.suffix()).get("id").asLong();
        RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED", "date", TODAY.minusDays(5).toString()));

        List<String> actions = jdbc.queryForList("select action from audit_entry where target_type = 'RECORD' and "
                + "target_id = ? order by id", String.class, String.valueOf(id));

        assertThat(actions).containsSubsequence("RECORD_CREATED", "RECORD_EVENT_ADDED");
        assertThat(api.get("/api/v1/records/dashboard").status()).isEqualTo(200);
    }
}
