package vn.theodoi.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/**
 * Issue 14, items 3 and 4: reading a text through the API and the pages on the embedded database. What is
 * proposed (the records the reader may see, never others; the tasks with lead, due date and record), accepting
 * once (tasks and record notes written, a second decision refused), and the problem answers.
 */
@EmbeddedTest
class IngestWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Next year: the deadlines of the texts below are ahead whenever the test runs. */
    static final int Y = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    record Answer(int status, JsonNode body, String raw, MvcResult result) {
    }

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    Answer call(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(),
                raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("[")) ? null : JSON.readTree(raw), raw, result);
    }

    Answer post(String who, String path, Object body) throws Exception {
        return call(MockMvcRequestBuilders.post(path).with(user(as(who))).contentType("application/json")
                .content(JSON.writeValueAsString(body)));
    }

    Answer get(String who, String path) throws Exception {
        return call(MockMvcRequestBuilders.get(path).with(user(as(who))));
    }

    /** A record of the cases department in Hà Nội, out of Đà Nẵng's provincial officer's sight. */
    JsonNode record(String company) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", "Vụ án vi phạm quy định về đấu thầu xảy ra tại " + company);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", "UNCLASSIFIED");
        body.put("ownerOrganizationCode", "BNCTW");
        body.put("ownerDepartmentCode", "BNCTW-VAVV");
        body.put("provinceCodes", List.of("VN-01"));
        body.put("agencyCodes", List.of("BCA-C03"));
        body.put("readers", List.of());
        body.put("crimeArticles", List.of("222"));
        Answer created = post("leader", "/api/v1/records", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body();
    }

    static String text(String code) {
        return "Thông báo kết luận của Thường trực Ban Chỉ đạo\n\n"
                + "Thường trực Ban Chỉ đạo yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án Hưng Khang Thịnh"
                + " trước ngày 30/9/" + Y + ", thu hồi tối đa hơn 1.200 tỷ đồng thất thoát.\n\n"
                + "Viện kiểm sát nhân dân tối cao sớm truy tố vụ án " + code + " trong quý IV/" + Y + ".\n\n"
                + "Ban Nội chính Trung ương theo dõi, đôn đốc, báo cáo Thường trực Ban Chỉ đạo trong tháng 12/" + Y + ".\n";
    }

    static List<JsonNode> of(JsonNode batch, String kind) {
        List<JsonNode> found = new ArrayList<>();
        batch.get("proposals").forEach(p -> {
            if (kind.equals(p.get("kind").asString())) {
                found.add(p);
            }
        });
        return found;
    }

    @Test
    void aTextGivesTheRecordsTheReaderMaySeeAndTheTasksItsSentencesGive() throws Exception {
        JsonNode record = record("Công ty Cổ phần Thiết bị Điện Hưng Khang Thịnh");
        String text = text(record.get("code").asString());

        Answer read = post("leader", "/api/v1/ingest", Map.of("text", text));

        assertThat(read.status()).as(read.raw()).isEqualTo(201);
        assertThat(read.result().getResponse().getHeader("Location")).isEqualTo("/api/v1/ingest/" + read.body().get("id").asLong());
        assertThat(read.body().get("state").asString()).isEqualTo("PROPOSED");
        List<JsonNode> links = of(read.body(), "RECORD_LINK");
        assertThat(links).extracting(l -> l.get("recordId").asLong()).containsExactly(record.get("id").asLong());
        assertThat(links.get(0).get("via").asString()).isEqualTo("NAME");
        List<JsonNode> tasks = of(read.body(), "TASK");
        assertThat(tasks).extracting(t -> t.get("leadOrganizationCode").asString()).containsExactly("BCA", "VKSTC", "BNCTW");
        assertThat(tasks).extracting(t -> t.get("dueDate").asString()).containsExactly(Y + "-09-30", Y + "-12-31", Y + "-12-31");
        assertThat(tasks.get(0).get("title").asString()).startsWith("Khẩn trương kết thúc điều tra vụ án Hưng Khang Thịnh");
        assertThat(tasks.get(0).get("recordId").asLong()).isEqualTo(record.get("id").asLong());
        assertThat(tasks.get(1).get("recordId").asLong()).isEqualTo(record.get("id").asLong());
        assertThat(read.raw()).contains("\"kind\":\"MONEY\"").contains("1200000000000");

        // Đà Nẵng's provincial officer may not see a Hà Nội record: the same text names none for her
        Answer officer = post("provincial_officer", "/api/v1/ingest", Map.of("text", text));
        assertThat(officer.status()).as(officer.raw()).isEqualTo(201);
        assertThat(of(officer.body(), "RECORD_LINK")).isEmpty();
        assertThat(of(officer.body(), "TASK")).hasSize(3).allMatch(t -> t.get("recordId").isNull());
        assertThat(officer.raw()).doesNotContain(record.get("title").asString())
                .doesNotContain("\"recordId\":" + record.get("id").asLong());
    }

    @Test
    void acceptingCreatesTheAcceptedTasksAndTheRecordNoteOnceInOneDecision() throws Exception {
        JsonNode record = record("Công ty Cổ phần Thiết bị Điện Hưng Khang Thịnh Mới");
        String text = text(record.get("code").asString()).replace("Hưng Khang Thịnh", "Hưng Khang Thịnh Mới");
        JsonNode batch = post("leader", "/api/v1/ingest", Map.of("text", text)).body();
        long id = batch.get("id").asLong();
        long link = of(batch, "RECORD_LINK").get(0).get("id").asLong();
        List<JsonNode> tasks = of(batch, "TASK");
        long investigate = tasks.get(0).get("id").asLong();
        long prosecute = tasks.get(1).get("id").asLong();
        long follow = tasks.get(2).get("id").asLong();

        Map<String, Object> change = new HashMap<>();
        change.put("id", prosecute);
        change.put("title", "Truy tố vụ án trong quý IV/" + Y);
        change.put("dueDate", Y + "-11-30");
        Answer decided = post("leader", "/api/v1/ingest/" + id + "/accept",
                Map.of("accepted", List.of(link, investigate, prosecute), "changes", List.of(change)));

        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.body().get("state").asString()).isEqualTo("DECIDED");
        Map<Long, JsonNode> byId = new HashMap<>();
        decided.body().get("proposals").forEach(p -> byId.put(p.get("id").asLong(), p));
        assertThat(byId.get(follow).get("decision").asString()).isEqualTo("REJECTED");
        assertThat(byId.get(follow).get("taskId").isNull()).isTrue();
        assertThat(byId.get(link).get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(byId.get(prosecute).get("edited").asBoolean()).isTrue();

        JsonNode first = get("leader", "/api/v1/tasks/" + byId.get(investigate).get("taskId").asLong()).body();
        assertThat(first.get("title").asString()).startsWith("Khẩn trương kết thúc điều tra vụ án Hưng Khang Thịnh Mới");
        assertThat(first.get("leadOrganizationCode").asString()).isEqualTo("BCA");
        assertThat(first.get("dueDate").asString()).isEqualTo(Y + "-09-30");
        assertThat(first.get("sourceType").asString()).isEqualTo("AD_HOC");
        assertThat(first.get("sourceReference").asString()).isEqualTo("Văn bản tiếp nhận số " + id);
        assertThat(first.get("records").get(0).get("id").asLong()).isEqualTo(record.get("id").asLong());
        JsonNode second = get("leader", "/api/v1/tasks/" + byId.get(prosecute).get("taskId").asLong()).body();
        assertThat(second.get("title").asString()).isEqualTo("Truy tố vụ án trong quý IV/" + Y);
        assertThat(second.get("leadOrganizationCode").asString()).isEqualTo("VKSTC");
        assertThat(second.get("dueDate").asString()).isEqualTo(Y + "-11-30");
        String source = "Văn bản tiếp nhận số " + id;
        assertThat(jdbc.queryForObject("select count(*) from task where source_reference = ?", Long.class, source))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from record_note where record_id = ? and body like ?",
                Long.class, record.get("id").asLong(), source + " %")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INGEST_DECIDED' and target_id = ?",
                Long.class, Long.toString(id))).isEqualTo(1);

        Answer again = post("leader", "/api/v1/ingest/" + id + "/accept", Map.of("accepted", List.of(follow)));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("code").asString()).isEqualTo("ingest.alreadyDecided");
        assertThat(jdbc.queryForObject("select count(*) from task where source_reference = ?", Long.class, source))
                .isEqualTo(2);
    }

    @Test
    void aRefusalOfTheTasksModuleUndoesTheWholeDecision() throws Exception {
        JsonNode batch = post("specialist", "/api/v1/ingest", Map.of("text",
                "Yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án. Vụ Theo dõi xử lý các vụ án, vụ việc cần"
                        + " tổng hợp, báo cáo Lãnh đạo Ban.")).body();
        List<JsonNode> tasks = of(batch, "TASK");
        assertThat(tasks).extracting(t -> t.get("leadOrganizationCode").asString()).containsExactly("BCA", "BNCTW-VAVV");
        long id = batch.get("id").asLong();

        // a specialist gives tasks to their own department only: the Ministry's is refused, and nothing is written
        Answer refused = post("specialist", "/api/v1/ingest/" + id + "/accept",
                Map.of("accepted", List.of(tasks.get(1).get("id").asLong(), tasks.get(0).get("id").asLong())));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("task.outOfScope");
        assertThat(refused.body().get("proposalId").asLong()).isEqualTo(tasks.get(0).get("id").asLong());
        assertThat(refused.result().getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from task where source_reference = ?", Long.class,
                "Văn bản tiếp nhận số " + id)).isZero();
        assertThat(get("specialist", "/api/v1/ingest/" + id).body().get("state").asString()).isEqualTo("PROPOSED");

        Answer accepted = post("specialist", "/api/v1/ingest/" + id + "/accept",
                Map.of("accepted", List.of(tasks.get(1).get("id").asLong())));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    @Test
    void badInputIsAnsweredWithProblems() throws Exception {
        Answer empty = post("leader", "/api/v1/ingest", Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.result().getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(empty.body().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(post("leader", "/api/v1/ingest", Map.of()).status()).isEqualTo(400);
        assertThat(post("leader", "/api/v1/ingest", Map.of("text", "x".repeat(100_001))).status()).isEqualTo(400);
        assertThat(post("leader", "/api/v1/ingest", Map.of("text", "Một văn bản", "unknown", 1)).status()).isEqualTo(400);

        assertThat(get("leader", "/api/v1/ingest/987654321").status()).isEqualTo(404);
        assertThat(post("leader", "/api/v1/ingest/987654321/accept", Map.of("accepted", List.of())).status())
                .isEqualTo(404);

        JsonNode batch = post("leader", "/api/v1/ingest", Map.of("text",
                "Yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án.")).body();
        long id = batch.get("id").asLong();
        JsonNode other = post("leader", "/api/v1/ingest", Map.of("text",
                "Giao Bộ Công an rà soát các vụ án tồn đọng.")).body();
        long foreign = other.get("proposals").get(0).get("id").asLong();

        Answer notOurs = post("leader", "/api/v1/ingest/" + id + "/accept", Map.of("accepted", List.of(foreign)));
        assertThat(notOurs.status()).isEqualTo(422);
        assertThat(notOurs.body().get("code").asString()).isEqualTo("ingest.proposalNotInBatch");
        assertThat(post("leader", "/api/v1/ingest/" + id + "/accept", Map.of()).status()).isEqualTo(400);

        // another person's text is not found, for reading and for deciding, and the attempt is audited
        Answer seen = get("specialist", "/api/v1/ingest/" + id);
        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.result().getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(post("specialist", "/api/v1/ingest/" + id + "/accept",
                Map.of("accepted", List.of(batch.get("proposals").get(0).get("id").asLong()))).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INGEST_ACCESS_DENIED'"
                + " and target_id = ?", Long.class, Long.toString(id))).isGreaterThanOrEqualTo(2);
        assertThat(get("leader", "/api/v1/ingest/" + id).body().get("state").asString()).isEqualTo("PROPOSED");

        // an administrator and an auditor give no tasks
        assertThat(post("admin", "/api/v1/ingest", Map.of("text", "Một văn bản")).status()).isEqualTo(403);
        assertThat(get("auditor", "/api/v1/ingest").status()).isEqualTo(403);
    }

    @Test
    void theDemoNoticeWaitsForItsReadersEachSeeingOnlyTheirRecords() throws Exception {
        Map<String, List<String>> seen = new HashMap<>();
        for (String who : List.of("leader", "specialist", "provincial_officer")) {
            JsonNode recent = get(who, "/api/v1/ingest?limit=100").body();
            JsonNode demo = null;
            for (JsonNode r : recent) {
                if ("Thông báo kết luận (mẫu)".equals(r.get("sourceName").asString())) {
                    demo = get(who, "/api/v1/ingest/" + r.get("id").asLong()).body();
                }
            }
            assertThat(demo).as(who).isNotNull();
            assertThat(of(demo, "TASK")).as(who).hasSize(5);
            seen.put(who, of(demo, "RECORD_LINK").stream().map(l -> l.get("recordTitle").asString()).toList());
        }
        assertThat(seen.get("leader")).hasSize(4).anyMatch(t -> t.contains("Đại Dương Xanh"))
                .anyMatch(t -> t.contains("Chu Lai Xanh"));
        // the specialist is not cleared for the secret case and does not follow Đà Nẵng's matter
        assertThat(seen.get("specialist")).hasSize(2).anyMatch(t -> t.contains("Hoàng Long"))
                .anyMatch(t -> t.contains("Đông Phong"));
        assertThat(seen.get("provincial_officer")).hasSize(1).allMatch(t -> t.contains("Chu Lai Xanh"));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        JsonNode paths = call(MockMvcRequestBuilders.get("/v3/api-docs")).body().get("paths");

        assertThat(paths.has("/api/v1/ingest")).isTrue();
        assertThat(paths.get("/api/v1/ingest").has("post")).isTrue();
        assertThat(paths.has("/api/v1/ingest/{id}")).isTrue();
        assertThat(paths.get("/api/v1/ingest/{id}/accept").has("post")).isTrue();
    }

    @Test
    void thePagesReadAPastedTextAndAnUploadedFileAndRecordTheDecision() throws Exception {
        Answer page = get("specialist", "/ingest");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("Đọc văn bản").contains("id=\"ingest-text\"");
        assertThat(get("specialist", "/ingest?lang=en").raw()).contains("Read a text");

        Answer read = call(MockMvcRequestBuilders.multipart("/ingest").with(user(as("specialist"))).with(csrf())
                .param("text", "Vụ Theo dõi xử lý các vụ án, vụ việc cần rà soát các vụ án tồn đọng, báo cáo trong"
                        + " tháng 12/" + Y + ".").param("sourceName", "Ghi chú giao ban"));
        assertThat(read.status()).isEqualTo(302);
        String location = read.result().getResponse().getRedirectedUrl();
        assertThat(location).matches("/ingest/\\d+");
        long id = Long.parseLong(location.substring("/ingest/".length()));
        JsonNode batch = get("specialist", "/api/v1/ingest/" + id).body();
        long task = of(batch, "TASK").get(0).get("id").asLong();
        Answer review = get("specialist", location);
        assertThat(review.raw()).contains("id=\"proposal-" + task + "\"").contains("<mark>tháng 12/" + Y + "</mark>")
                .contains("Ghi chú giao ban");

        Answer decided = call(MockMvcRequestBuilders.post(location + "/decision").with(user(as("specialist"))).with(csrf())
                .param("decision-" + task, "ACCEPT").param("title-" + task, "Rà soát các vụ án tồn đọng của Vụ")
                .param("lead-" + task, "BNCTW-VAVV").param("due-" + task, "31/12/" + Y).param("record-" + task, ""));
        assertThat(decided.status()).isEqualTo(302);
        Answer after = get("specialist", location);
        assertThat(after.raw()).contains("Đã chấp nhận").contains("id=\"task-link-" + task + "\"");
        JsonNode created = get("specialist", "/api/v1/tasks/" + get("specialist", "/api/v1/ingest/" + id).body()
                .get("proposals").get(0).get("taskId").asLong()).body();
        assertThat(created.get("title").asString()).isEqualTo("Rà soát các vụ án tồn đọng của Vụ");
        assertThat(created.get("sourceReference").asString()).isEqualTo("Văn bản tiếp nhận số " + id + ": Ghi chú giao ban");

        MockMultipartFile file = new MockMultipartFile("file", "ket-luan.txt", "text/plain",
                ("Yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án trước ngày 30/9/" + Y + ".").getBytes(StandardCharsets.UTF_8));
        Answer uploaded = call(MockMvcRequestBuilders.multipart("/ingest").file(file).with(user(as("specialist"))).with(csrf()));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(302);
        JsonNode fromFile = get("specialist", "/api/v1" + uploaded.result().getResponse().getRedirectedUrl()).body();
        assertThat(fromFile.get("sourceName").asString()).isEqualTo("ket-luan.txt");
        assertThat(of(fromFile, "TASK")).extracting(t -> t.get("leadOrganizationCode").asString()).containsExactly("BCA");

        MockMultipartFile image = new MockMultipartFile("file", "anh.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Answer refused = call(MockMvcRequestBuilders.multipart("/ingest").file(image).with(user(as("specialist"))).with(csrf()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.raw()).contains("id=\"ingest-problems\"").contains(".txt, .docx");
    }
}
