package vn.theodoi.situations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.UserForm;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/**
 * Hot spots through the API and the pages as issue 11 writes them, on the embedded database: the
 * counts by province against a hand count, validation and problem answers, who reports for which
 * province and who sees what (scope and classification), the concurrency version, and links.
 */
@EmbeddedTest
class SituationsWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    record Answer(int status, JsonNode body, String raw) {
    }

    Answer call(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String raw = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(),
                raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("[")) ? null : JSON.readTree(raw), raw);
    }

    Answer post(String who, String path, Object body) throws Exception {
        return call(MockMvcRequestBuilders.post(path).with(user(as(who))).contentType("application/json")
                .content(JSON.writeValueAsString(body)));
    }

    Answer get(String who, String path) throws Exception {
        return call(MockMvcRequestBuilders.get(path).with(user(as(who))));
    }

    static Map<String, Object> hotSpot(String province, int severity, String marker) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "MASS_GATHERING");
        body.put("provinceCode", province);
        body.put("place", "Trụ sở UBND xã " + marker);
        body.put("occurredOn", TODAY.minusDays(3).toString());
        body.put("scale", "khoảng 120 người");
        body.put("severity", severity);
        body.put("summary", "Người dân tập trung kiến nghị về bồi thường, hỗ trợ tái định cư " + marker);
        return body;
    }

    long report(String who, Map<String, Object> body) throws Exception {
        Answer created = post(who, "/api/v1/situations", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    void resolve(long id) throws Exception {
        long version = get("leader", "/api/v1/situations/" + id).body().get("version").asLong();
        Answer done = post("leader", "/api/v1/situations/" + id + "/updates", Map.of("date", TODAY.toString(),
                "text", "Đã đối thoại, người dân giải tán", "status", "RESOLVED", "version", version));
        assertThat(done.status()).as(done.raw()).isEqualTo(201);
    }

    /** Open count and highest severity of each province, as the API answers them for a marker. */
    Map<String, String> byProvince(String who, String marker) throws Exception {
        Answer answer = get(who, "/api/v1/situations/by-province?q=" + marker);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).hasSize(34);
        Map<String, String> counts = new HashMap<>();
        answer.body().forEach(p -> {
            if (p.get("openCount").asLong() > 0) {
                counts.put(p.get("provinceCode").asString(),
                        p.get("openCount").asLong() + "/" + p.get("highestSeverity").asInt());
            } else {
                assertThat(p.get("highestSeverity").isNull()).as(p.toString()).isTrue();
            }
        });
        return counts;
    }

    @Test
    void theCountsByProvinceEqualAHandCountOfTheFixture() throws Exception {
        String marker = "ĐN" + Unique.suffix();
        // Lai Châu: severity 2 open, 1 being handled, 3 resolved -> 2 open, highest 2
        report("leader", hotSpot("VN-12", 2, marker));
        long handled = report("leader", hotSpot("VN-12", 1, marker));
        long resolved = report("leader", hotSpot("VN-12", 3, marker));
        resolve(resolved);
        long version = get("leader", "/api/v1/situations/" + handled).body().get("version").asLong();
        assertThat(post("leader", "/api/v1/situations/" + handled + "/updates", Map.of("date", TODAY.toString(),
                "text", "Đang đối thoại", "status", "BEING_HANDLED", "version", version)).status()).isEqualTo(201);
        // Cà Mau: one of severity 3 -> 1 open, highest 3
        report("leader", hotSpot("VN-96", 3, marker));
        // Đà Nẵng: one of severity 2 by its own officer, one of severity 1 -> 2 open, highest 2
        report("provincial_officer", hotSpot("VN-48", 2, marker));
        report("leader", hotSpot("VN-48", 1, marker));
        // a hot spot without the marker is not counted
        report("leader", hotSpot("VN-12", 3, "khác" + Unique.suffix()));

        assertThat(byProvince("leader", marker)).isEqualTo(Map.of("VN-12", "2/2", "VN-96", "1/3", "VN-48", "2/2"));
        // the officer of Đà Nẵng sees Đà Nẵng only
        assertThat(byProvince("provincial_officer", marker)).isEqualTo(Map.of("VN-48", "2/2"));
        // the specialist (Vụ Vụ án) sees none of what the leader and the province reported
        assertThat(byProvince("specialist", marker)).isEmpty();

        // the feed: 6 with the marker, newest first; by province; by status
        JsonNode feed = get("leader", "/api/v1/situations?q=" + marker).body();
        assertThat(feed.get("content")).hasSize(6);
        assertThat(get("leader", "/api/v1/situations?q=" + marker + "&province=VN-12").body().get("content")).hasSize(3);
        assertThat(get("leader", "/api/v1/situations?q=" + marker + "&status=RESOLVED").body().get("content"))
                .singleElement().satisfies(s -> assertThat(s.get("id").asLong()).isEqualTo(resolved));
        assertThat(get("provincial_officer", "/api/v1/situations?q=" + marker).body().get("content")).hasSize(2);

        // the map page: a tile is a link with its province, count and severity in words
        String page = call(MockMvcRequestBuilders.get("/situations?q=" + marker).with(user(as("leader")))).raw();
        assertThat(page).contains("Lai Châu: 2 điểm nóng chưa giải quyết, mức độ cao nhất 2")
                .contains("Cà Mau: 1 điểm nóng chưa giải quyết, mức độ cao nhất 3")
                .contains("Hà Nội: không có điểm nóng chưa giải quyết");
    }

    @Test
    void aProvincialOfficerReportsForTheirOwnProvinceOnlyAndSeesNoOtherProvince() throws Exception {
        String marker = "TN" + Unique.suffix();
        Answer elsewhere = post("provincial_officer", "/api/v1/situations", hotSpot("VN-01", 2, marker));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body().get("code").asString()).isEqualTo("situation.otherProvince");
        assertThat(elsewhere.body().get("detail").asString()).contains("tỉnh mình");

        long hanoi = report("leader", hotSpot("VN-01", 2, marker));
        long danang = report("leader", hotSpot("VN-48", 2, marker));
        assertThat(get("provincial_officer", "/api/v1/situations/" + hanoi).status()).isEqualTo(404);
        assertThat(get("provincial_officer", "/api/v1/situations/" + danang).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SITUATION_ACCESS_DENIED'"
                + " and actor = 'provincial_officer' and target_id = ?", Long.class, String.valueOf(hanoi))).isEqualTo(1);

        // the officer follows up a hot spot of their province that the centre reported
        long version = get("provincial_officer", "/api/v1/situations/" + danang).body().get("version").asLong();
        Answer followed = post("provincial_officer", "/api/v1/situations/" + danang + "/updates", Map.of("date",
                TODAY.toString(), "text", "Tỉnh đã thành lập tổ công tác", "status", "BEING_HANDLED", "version", version));
        assertThat(followed.status()).as(followed.raw()).isEqualTo(201);
        assertThat(followed.body().get("status").asString()).isEqualTo("BEING_HANDLED");
        assertThat(followed.body().get("updates")).singleElement()
                .satisfies(u -> assertThat(u.get("statusAfter").asString()).isEqualTo("BEING_HANDLED"));
        assertThat(get("provincial_officer", "/api/v1/situations/" + danang + "/updates").body()).hasSize(1);

        // an officer of another province (Hà Nội) sees Hà Nội's and not Đà Nẵng's
        String hanoiOfficer = "officer" + Unique.suffix().toLowerCase();
        users.create(new UserForm(hanoiOfficer, "Trịnh Văn Hà", hanoiOfficer + "@bnc.test", "BNC-01",
                Set.of(Role.PROVINCIAL_OFFICER), Clearance.CONFIDENTIAL, true, "Diem-Nong-2026!x", null));
        assertThat(byProvince(hanoiOfficer, marker)).isEqualTo(Map.of("VN-01", "1/2"));
        assertThat(get(hanoiOfficer, "/api/v1/situations/" + danang).status()).isEqualTo(404);
    }

    @Test
    void aClassifiedHotSpotIsSeenByThoseClearedAndOnItsAccessListAndItsReadingIsAudited() throws Exception {
        String marker = "MAT" + Unique.suffix();
        Map<String, Object> secret = hotSpot("VN-48", 3, marker);
        secret.put("classification", "CONFIDENTIAL");
        long hidden = report("leader", secret);
        Map<String, Object> shared = hotSpot("VN-48", 1, marker);
        shared.put("classification", "CONFIDENTIAL");
        shared.put("readers", List.of("provincial_officer"));
        long listed = report("leader", shared);

        assertThat(byProvince("leader", marker)).isEqualTo(Map.of("VN-48", "2/3"));
        assertThat(byProvince("provincial_officer", marker)).isEqualTo(Map.of("VN-48", "1/1"));
        assertThat(get("provincial_officer", "/api/v1/situations/" + hidden).status()).isEqualTo(404);
        assertThat(get("provincial_officer", "/api/v1/situations/" + listed).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SITUATION_READ'"
                + " and actor = 'provincial_officer' and target_id = ?", Long.class, String.valueOf(listed))).isEqualTo(1);

        Map<String, Object> above = hotSpot("VN-48", 1, marker);
        above.put("classification", "SECRET");
        Answer refused = post("provincial_officer", "/api/v1/situations", above);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("situation.classificationAboveClearance");
    }

    @Test
    void anInvalidReportIsAProblemInTheReadersLanguage() throws Exception {
        Map<String, Object> bad = hotSpot("VN-48", 4, "x");
        bad.remove("place");
        bad.put("occurredOn", TODAY.plusDays(2).toString());
        Answer invalid = post("leader", "/api/v1/situations", bad);
        assertThat(invalid.status()).isEqualTo(400);
        Map<String, String> byField = new HashMap<>();
        invalid.body().get("errors").forEach(e -> byField.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(byField).containsKeys("place", "severity", "occurredOn");
        assertThat(byField.get("severity")).isEqualTo("Mức độ là 1, 2 hoặc 3.");

        Answer english = call(MockMvcRequestBuilders.post("/api/v1/situations").with(user(as("leader")))
                .header("Accept-Language", "en").contentType("application/json")
                .content(JSON.writeValueAsString(hotSpot("VN-99", 2, "x"))));
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body().get("detail").asString()).contains("There is no province VN-99");

        Answer wrongType = post("leader", "/api/v1/situations", Map.of("type", "RIOT"));
        assertThat(wrongType.status()).isEqualTo(400);

        // the page form shows the field errors in Vietnamese and keeps what was typed
        String noSuchDay = call(MockMvcRequestBuilders.post("/situations").with(user(as("leader"))).with(csrf())
                .param("type", "OTHER").param("provinceCode", "VN-48").param("place", "Chợ Hàn")
                .param("occurredOn", "31/02/2026").param("severity", "2").param("summary", "Tụ tập")).raw();
        assertThat(noSuchDay).contains("Ngày viết theo dạng ngày/tháng/năm").contains("value=\"Chợ H");
        String blank = call(MockMvcRequestBuilders.post("/situations").with(user(as("leader"))).with(csrf())
                .param("type", "OTHER").param("provinceCode", "VN-48").param("place", "Chợ Hàn")
                .param("occurredOn", "01/02/2026").param("severity", "2").param("summary", " ")).raw();
        assertThat(blank).contains("Không được để trống.").contains("value=\"Chợ H");
    }

    @Test
    void aWriterWhoReadAnOlderVersionGetsAConflictAndAFollowUpDatedBeforeTheHotSpotIsRefused() throws Exception {
        long id = report("leader", hotSpot("VN-44", 2, "PB" + Unique.suffix()));
        long version = get("leader", "/api/v1/situations/" + id).body().get("version").asLong();
        Answer first = post("leader", "/api/v1/situations/" + id + "/updates", Map.of("date", TODAY.toString(),
                "text", "Lần một", "version", version));
        assertThat(first.status()).isEqualTo(201);
        Answer second = post("leader", "/api/v1/situations/" + id + "/updates", Map.of("date", TODAY.toString(),
                "text", "Lần hai, từ bản đã cũ", "status", "RESOLVED", "version", version));
        assertThat(second.status()).isEqualTo(409);
        assertThat(get("leader", "/api/v1/situations/" + id).body().get("status").asString()).isEqualTo("OPEN");

        long now = get("leader", "/api/v1/situations/" + id).body().get("version").asLong();
        Answer early = post("leader", "/api/v1/situations/" + id + "/updates", Map.of("date",
                TODAY.minusDays(10).toString(), "text", "Trước khi xảy ra", "version", now));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("code").asString()).isEqualTo("situation.updateBeforeOccurred");
        Answer noVersion = post("leader", "/api/v1/situations/" + id + "/updates", Map.of("date", TODAY.toString(),
                "text", "Không có phiên bản"));
        assertThat(noVersion.status()).isEqualTo(400);
    }

    @Test
    void aHotSpotLinksOnlyRecordsAndTasksItsLinkerMaySee() throws Exception {
        Long hidden = jdbc.queryForObject("select id from oversight_record where classification = 'SECRET'"
                + " order by id limit 1", Long.class);
        Long open = jdbc.queryForObject("select r.id from oversight_record r join organization o"
                + " on o.id = r.owner_department_id where o.code = 'BNCTW-VAVV' and r.classification = 'UNCLASSIFIED'"
                + " order by r.id limit 1", Long.class);
        long id = report("specialist", hotSpot("VN-31", 2, "HP" + Unique.suffix()));

        long version = get("specialist", "/api/v1/situations/" + id).body().get("version").asLong();
        Answer refused = post("specialist", "/api/v1/situations/" + id + "/links", Map.of("recordId", hidden,
                "version", version));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("situation.recordNotVisible");
        Answer both = post("specialist", "/api/v1/situations/" + id + "/links", Map.of("recordId", open, "taskId", 1,
                "version", version));
        assertThat(both.status()).isEqualTo(422);

        Answer linked = post("specialist", "/api/v1/situations/" + id + "/links", Map.of("recordId", open,
                "version", version));
        assertThat(linked.status()).as(linked.raw()).isEqualTo(200);
        assertThat(linked.body().get("records")).singleElement()
                .satisfies(r -> assertThat(r.get("id").asLong()).isEqualTo(open));

        Answer task = post("specialist", "/api/v1/tasks", Map.of("title", "Xác minh kiến nghị tại điểm nóng",
                "sourceType", "AD_HOC", "leadOrganizationCode", "BNCTW-VAVV"));
        assertThat(task.status()).as(task.raw()).isEqualTo(201);
        long taskId = task.body().get("id").asLong();
        Answer withTask = post("specialist", "/api/v1/situations/" + id + "/links", Map.of("taskId", taskId,
                "version", linked.body().get("version").asLong()));
        assertThat(withTask.status()).as(withTask.raw()).isEqualTo(200);
        assertThat(withTask.body().get("tasks")).singleElement()
                .satisfies(t -> assertThat(t.get("id").asLong()).isEqualTo(taskId));

        // the province's officer (who sees the hot spot? no: a department owns it, Hải Phòng is not theirs)
        assertThat(get("provincial_officer", "/api/v1/situations/" + id).status()).isEqualTo(404);
        // the leader sees the hot spot and its links; the agency liaison sees no hot spot at all
        assertThat(get("leader", "/api/v1/situations/" + id).body().get("records")).hasSize(1);
        assertThat(get("agency_liaison", "/api/v1/situations/" + id).status()).isEqualTo(404);
        assertThat(post("agency_liaison", "/api/v1/situations", hotSpot("VN-31", 1, "x")).status()).isEqualTo(403);
    }
}
