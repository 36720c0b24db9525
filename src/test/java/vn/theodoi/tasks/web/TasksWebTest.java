package vn.theodoi.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.organization.OrganizationForm;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/**
 * Meetings, conclusions, tasks, urging and notifications through the API as issue 10 writes it,
 * on the embedded database: the statistics against a hand count, the problem answers, and who
 * sees and reports on which task.
 */
@EmbeddedTest
class TasksWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Organizations organizations;
    @Autowired JdbcTemplate jdbc;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    record Answer(int status, JsonNode body, String raw) {
    }

    Answer call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String raw = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(),
                raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("[")) ? null : JSON.readTree(raw), raw);
    }

    Answer post(String who, String path, Object body) throws Exception {
        return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(as(who)))
                .contentType("application/json").content(JSON.writeValueAsString(body)));
    }

    Answer get(String who, String path) throws Exception {
        return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(as(who))));
    }

    Answer getIn(String who, String path, String language) throws Exception {
        return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(as(who)))
                .header("Accept-Language", language));
    }

    String department(String prefix) {
        String code = prefix + "-" + Unique.suffix().toUpperCase();
        organizations.create(new OrganizationForm(code, "Vụ thử nghiệm " + code, null, OrganizationType.DEPARTMENT,
                null, null, "BNCTW", null, true, null, 9000, null));
        return code;
    }

    long session(String who, LocalDate date) throws Exception {
        int number = 1000 + (int) (Math.random() * 8999);
        Answer created = post(who, "/api/v1/meetings", Map.of("type", "SESSION", "number", number, "date",
                date.toString(), "title", "Phiên họp thử nghiệm " + number, "classification", "UNCLASSIFIED"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    static Map<String, Object> requirement(String text, String lead, LocalDate due) {
        Map<String, Object> r = new HashMap<>();
        r.put("text", text);
        r.put("leadOrganizationCode", lead);
        if (due != null) {
            r.put("dueDate", due.toString());
        }
        return r;
    }

    List<Long> conclude(long meeting, LocalDate on, List<Map<String, Object>> requirements) throws Exception {
        Answer concluded = post("leader", "/api/v1/meetings/" + meeting + "/conclusion",
                Map.of("number", "KL-" + Unique.suffix(), "date", on.toString(), "requirements", requirements));
        assertThat(concluded.status()).as(concluded.raw()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        concluded.body().get("taskIds").forEach(id -> ids.add(id.asLong()));
        assertThat(ids).hasSize(requirements.size());
        return ids;
    }

    void complete(long task, LocalDate on) throws Exception {
        Answer done = post("leader", "/api/v1/tasks/" + task + "/complete", Map.of("date", on.toString(),
                "result", "Đã hoàn thành, báo cáo Thường trực Ban Chỉ đạo"));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
    }

    @Test
    void theStatisticsEqualAHandCountOfTheFixture() throws Exception {
        String x = department("VTX");
        String y = department("VTY");
        LocalDate met = LocalDate.of(2019, 3, 1);
        long meeting = session("leader", met);
        LocalDate due = LocalDate.of(2019, 3, 10);
        List<Long> ids = conclude(meeting, met.plusDays(1), List.of(
                requirement("1. Hoàn thành đúng vào ngày hết hạn", x, due),
                requirement("2. Hoàn thành trước hạn", x, due),
                requirement("3. Hoàn thành sau hạn", x, due),
                requirement("4. Chưa hoàn thành, đã quá hạn", x, due),
                requirement("5. Không có thời hạn, đang thực hiện", x, null),
                requirement("6. Không có thời hạn, đã hoàn thành", x, null),
                requirement("7. Thời hạn năm 2039, đang thực hiện", x, LocalDate.of(2039, 12, 31)),
                requirement("8. Đơn vị khác, quá hạn", y, LocalDate.of(2019, 3, 20)),
                requirement("9. Thời hạn ngoài kỳ thống kê", x, LocalDate.of(2041, 1, 1))));
        complete(ids.get(0), due);
        complete(ids.get(1), due.minusDays(1));
        complete(ids.get(2), LocalDate.of(2019, 4, 1));
        complete(ids.get(5), LocalDate.of(2019, 5, 1));

        // By hand, for X in 2019-01-01..2040-12-31: on time 1, 2, 6; late 3; in progress 5, 7; overdue 4 (9 is outside).
        JsonNode forX = get("leader", "/api/v1/tasks/stats?from=2019-01-01&to=2040-12-31&organizationCode=" + x).body();
        assertThat(forX.get("total").get("completedOnTime").asLong()).isEqualTo(3);
        assertThat(forX.get("total").get("completedLate").asLong()).isEqualTo(1);
        assertThat(forX.get("total").get("inProgress").asLong()).isEqualTo(2);
        assertThat(forX.get("total").get("overdue").asLong()).isEqualTo(1);
        assertThat(forX.get("byOrganization")).hasSize(1);
        assertThat(forX.get("byOrganization").get(0).get("organizationCode").asString()).isEqualTo(x);

        JsonNode forY = get("leader", "/api/v1/tasks/stats?from=2019-01-01&to=2040-12-31&organizationCode=" + y).body();
        assertThat(forY.get("total").get("overdue").asLong()).isEqualTo(1);
        assertThat(forY.get("total").get("completedOnTime").asLong() + forY.get("total").get("completedLate").asLong()
                + forY.get("total").get("inProgress").asLong()).isZero();

        // the same statuses in the list's filter
        JsonNode late = get("leader", "/api/v1/tasks?lead=" + x + "&status=COMPLETED_LATE").body();
        assertThat(late.get("content")).singleElement().satisfies(t -> assertThat(t.get("id").asLong()).isEqualTo(ids.get(2)));
        JsonNode byMeeting = get("leader", "/api/v1/tasks?meeting=" + meeting + "&size=20&sort=requirement").body();
        assertThat(get("leader", "/api/v1/tasks?sort=due&status=OVERDUE").status()).isEqualTo(200);
        assertThat(byMeeting.get("content")).hasSize(9);
        assertThat(byMeeting.get("content").get(0).get("requirementNumber").asInt()).isEqualTo(1);

        // the stats page shows the same counts
        String page = call(MockMvcRequestBuilders.get("/tasks/stats?from=2019-01-01&to=2040-12-31&organization=" + x).with(user(as("leader"))))
                .raw();
        assertThat(page).contains("Hoàn thành đúng hạn").contains("Chưa hoàn thành, quá hạn").contains("42,9%"); // 3 of 7, in the Vietnamese decimal notation
    }

    @Test
    void aTaskAnswersAsTheIssueWritesItAndAFutureDateIsAProblem() throws Exception {
        Answer created = post("leader", "/api/v1/tasks", Map.of("title", "Xây dựng Đề án mô hình cơ quan chuyên trách",
                "sourceType", "SCHEME", "leadOrganizationCode", "BNCTW-PCTN", "coordinatingOrganizationCodes",
                List.of("BNCTW-TH", "BCA-C03"), "dueDate", TODAY.plusMonths(6).toString(), "classification",
                "UNCLASSIFIED", "recordIds", List.of()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(created.body().get("coordinatingOrganizationCodes")).hasSize(2);

        Answer future = post("leader", "/api/v1/tasks/" + id + "/progress", Map.of("date", TODAY.plusDays(1).toString(),
                "text", "Đã xong"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.raw()).contains("application/problem+json".isEmpty() ? "" : "task.dateInFuture");
        assertThat(future.body().get("detail").asString()).contains("tương lai");
        Answer futureEnglish = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/tasks/" + id + "/complete").with(user(as("leader"))).header("Accept-Language", "en")
                .contentType("application/json").content(JSON.writeValueAsString(Map.of("date",
                        TODAY.plusDays(3).toString(), "result", "Xong"))));
        assertThat(futureEnglish.status()).isEqualTo(422);
        assertThat(futureEnglish.body().get("detail").asString()).contains("in the future");
        Answer missing = post("leader", "/api/v1/tasks/" + id + "/progress", Map.of("text", "Không có ngày"));
        assertThat(missing.status()).isEqualTo(400);

        Answer progress = post("leader", "/api/v1/tasks/" + id + "/progress", Map.of("date", TODAY.toString(),
                "text", "Đã xây dựng đề cương chi tiết"));
        assertThat(progress.status()).isEqualTo(201);
        Answer urged = post("specialist", "/api/v1/tasks/" + id + "/urge", Map.of("message", "Đề nghị đẩy nhanh tiến độ"));
        assertThat(urged.status()).as("the specialist does not see a PCTN task").isEqualTo(404);
        Answer urge = post("leader", "/api/v1/tasks/" + id + "/urge", Map.of("message", "Đề nghị đẩy nhanh tiến độ"));
        assertThat(urge.status()).isEqualTo(201);

        JsonNode task = get("leader", "/api/v1/tasks/" + id).body();
        assertThat(task.get("progress")).singleElement().satisfies(p -> assertThat(p.get("text").asString())
                .isEqualTo("Đã xây dựng đề cương chi tiết"));
        assertThat(task.get("urges")).singleElement().satisfies(u -> {
            assertThat(u.get("urgedBy").asString()).isEqualTo("leader");
            assertThat(u.get("toOrganizationCode").asString()).isEqualTo("BNCTW-PCTN");
            assertThat(u.get("message").asString()).isEqualTo("Đề nghị đẩy nhanh tiến độ");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TASK_URGED' and target_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void anUrgeReachesTheLeadOrganizationsInboxAndOnlyItsPeople() throws Exception {
        Answer created = post("leader", "/api/v1/tasks", Map.of("title", "Báo cáo tiến độ xử lý vụ việc",
                "sourceType", "AD_HOC", "leadOrganizationCode", "BNCTW-VAVV"));
        long id = created.body().get("id").asLong();

        post("leader", "/api/v1/tasks/" + id + "/urge", Map.of("message", "Khẩn trương báo cáo trước thứ Sáu"));

        // delivered after the urge's commit; other tests' notifications may arrive meanwhile, so the urge is found by its task
        List<JsonNode> urges = urgesOf("specialist", id);
        assertThat(urges).hasSize(1);
        JsonNode newest = urges.get(0);
        assertThat(newest.get("read").asBoolean()).isFalse();
        assertThat(newest.get("body").asString()).contains("Khẩn trương báo cáo trước thứ Sáu");
        assertThat(urgesOf("department_head", id)).hasSize(1);
        assertThat(get("provincial_officer", "/api/v1/notifications?size=200").body().toString())
                .doesNotContain("Khẩn trương báo cáo trước thứ Sáu");

        String header = call(MockMvcRequestBuilders.get("/").with(user(as("specialist")))).raw();
        assertThat(header).contains("id=\"unread-count\"");
        call(MockMvcRequestBuilders.post("/notifications/" + newest.get("id").asLong() + "/read").with(user(as("specialist"))).with(csrf()));
        assertThat(urgesOf("specialist", id).get(0).get("read").asBoolean()).isTrue();
    }

    /** The person's URGE notifications about one task, waiting up to ten seconds for the first to arrive. */
    private List<JsonNode> urgesOf(String username, long taskId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int i = 0; i < 100 && found.isEmpty(); i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            get(username, "/api/v1/notifications?size=200").body().get("content").forEach(n -> {
                if ("URGE".equals(n.get("kind").asString()) && n.get("subjectId").asLong() == taskId) {
                    found.add(n);
                }
            });
        }
        return found;
    }

    @Test
    void aProvincesOfficerSeesAndReportsOnlyOnTheirProvincesTasksAndAClassifiedTaskIsHiddenBelowItsClearance()
            throws Exception {
        String marker = "ktra" + Unique.suffix();
        long ownProvince = task("leader", marker + " Đà Nẵng", "BCD-48", Set.of(), "UNCLASSIFIED", Set.of());
        long otherProvince = task("leader", marker + " Hà Nội", "BCD-01", Set.of(), "UNCLASSIFIED", Set.of());
        long secret = task("leader", marker + " tối mật", "BCD-48", Set.of(), "SECRET", Set.of("provincial_officer"));
        long coordinated = task("leader", marker + " phối hợp", "BNCTW-VAVV", Set.of("BCD-48"), "UNCLASSIFIED", Set.of());

        JsonNode listed = get("provincial_officer", "/api/v1/tasks?size=50&q=" + marker).body();
        List<Long> seen = new ArrayList<>();
        listed.get("content").forEach(t -> seen.add(t.get("id").asLong()));
        assertThat(seen).containsExactlyInAnyOrder(ownProvince, coordinated);
        assertThat(listed.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(get("provincial_officer", "/api/v1/tasks/" + otherProvince).status()).isEqualTo(404);
        assertThat(get("provincial_officer", "/api/v1/tasks/" + secret).status())
                .as("secret above a confidential clearance, access list or not").isEqualTo(404);
        assertThat(get("leader", "/api/v1/tasks/" + secret).status()).isEqualTo(200);

        Map<String, String> report = Map.of("date", TODAY.toString(), "text", "Đã triển khai");
        assertThat(post("provincial_officer", "/api/v1/tasks/" + ownProvince + "/progress", report).status()).isEqualTo(201);
        assertThat(post("provincial_officer", "/api/v1/tasks/" + coordinated + "/progress", report).status())
                .as("a coordinating province sees the task but its lead reports").isEqualTo(403);
        assertThat(post("provincial_officer", "/api/v1/tasks/" + otherProvince + "/progress", report).status())
                .isEqualTo(404);
        assertThat(post("specialist", "/api/v1/tasks/" + coordinated + "/progress", report).status())
                .as("the lead department's specialist").isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TASK_CHANGE_DENIED'"
                + " and actor = 'provincial_officer' and target_id = ?", Long.class, String.valueOf(coordinated)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TASK_ACCESS_DENIED'"
                + " and actor = 'provincial_officer' and target_id = ?", Long.class, String.valueOf(secret)))
                .isPositive();
    }

    @Test
    void aTaskLinksOnlyRecordsItsAuthorMaySeeAndShowsOnlyThoseTheReaderMaySee() throws Exception {
        Long hidden = jdbc.queryForObject("select id from oversight_record where classification = 'SECRET'"
                + " order by id limit 1", Long.class);
        Long open = jdbc.queryForObject("select r.id from oversight_record r join organization o"
                + " on o.id = r.owner_department_id where o.code = 'BNCTW-VAVV' and r.classification = 'UNCLASSIFIED'"
                + " order by r.id limit 1", Long.class);

        Answer refused = post("specialist", "/api/v1/tasks", Map.of("title", "Theo dõi hồ sơ", "sourceType", "AD_HOC",
                "leadOrganizationCode", "BNCTW-VAVV", "recordIds", List.of(hidden)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asString()).isEqualTo("task.recordNotVisible");

        Answer linked = post("leader", "/api/v1/tasks", Map.of("title", "Theo dõi hai hồ sơ", "sourceType", "AD_HOC",
                "leadOrganizationCode", "BNCTW-VAVV", "recordIds", List.of(hidden, open)));
        assertThat(linked.status()).isEqualTo(201);
        long id = linked.body().get("id").asLong();
        assertThat(linked.body().get("records")).hasSize(2);

        JsonNode asSpecialist = get("specialist", "/api/v1/tasks/" + id).body();
        assertThat(asSpecialist.get("records")).singleElement()
                .satisfies(r -> assertThat(r.get("id").asLong()).isEqualTo(open));
        assertThat(asSpecialist.toString()).doesNotContain("\"id\":" + hidden + ",");
    }

    @Test
    void theMeetingPageShowsItsTasksAndSinceSessionCountsWhatChanged() throws Exception {
        LocalDate met = TODAY.minusDays(20);
        long meeting = session("leader", met);
        List<Long> ids = conclude(meeting, met.plusDays(1), List.of(
                requirement("Khẩn trương hoàn thiện quy định kiểm soát quyền lực", "BNCTW-PL", TODAY.plusDays(30)),
                requirement("Đẩy nhanh tiến độ các đề án", "BNCTW-PCTN", TODAY.minusDays(2))));
        complete(ids.get(0), TODAY);

        String page = call(MockMvcRequestBuilders.get("/meetings/" + meeting).with(user(as("leader")))).raw();
        assertThat(page).contains("Khẩn trương hoàn thiện quy định kiểm soát quyền lực").contains("Hoàn thành đúng hạn")
                .contains("Chưa hoàn thành, quá hạn");
        JsonNode view = get("leader", "/api/v1/meetings/" + meeting).body();
        int number = view.get("number").asInt();
        JsonNode since = get("leader", "/api/v1/meetings/since-session/" + number).body();
        assertThat(since.get("tasks").get("assigned").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(since.get("tasks").get("completedOnTime").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(call(MockMvcRequestBuilders.get("/meetings/since?session=" + number).with(user(as("leader")))).status()).isEqualTo(200);
        Answer again = post("leader", "/api/v1/meetings/" + meeting + "/conclusion", Map.of("number", "X", "date",
                TODAY.toString(), "requirements", List.of(requirement("Lại", "BNCTW-PL", null))));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("code").asString()).isEqualTo("meeting.alreadyConcluded");
    }

    @Test
    void everyNewPageAnswers() throws Exception {
        for (String path : List.of("/tasks", "/tasks/new", "/tasks/stats", "/tasks/workload", "/meetings",
                "/meetings/new", "/meetings/since", "/notifications")) {
            assertThat(call(MockMvcRequestBuilders.get(path).with(user(as("department_head")))).status()).as(path).isEqualTo(200);
        }
        assertThat(call(MockMvcRequestBuilders.get("/tasks?lang=en").with(user(as("leader")))).raw()).contains("Tasks");
    }

    @Test
    void aDepartmentHeadSeesHowLongWorkWaitsWithEachPersonAndHandsManyOverAtOnce() throws Exception {
        long first = task("leader", "Việc chờ chuyên viên 1", "BNCTW-VAVV", Set.of(), "UNCLASSIFIED", Set.of());
        long second = task("leader", "Việc chờ chuyên viên 2", "BNCTW-VAVV", Set.of(), "UNCLASSIFIED", Set.of());
        post("department_head", "/api/v1/tasks/reassignment", Map.of("taskIds", List.of(first, second),
                "toUsername", "specialist"));
        Long record = jdbc.queryForObject("select r.id from oversight_record r join organization o"
                + " on o.id = r.owner_department_id where o.code = 'BNCTW-VAVV' and r.classification = 'UNCLASSIFIED'"
                + " order by r.id desc limit 1", Long.class);
        Answer toSpecialist = call(MockMvcRequestBuilders.post("/tasks/reassign").with(user(as("department_head")))
                .with(csrf()).param("recordIds", String.valueOf(record)).param("toUsername", "specialist"));
        assertThat(toSpecialist.status()).isEqualTo(302);
        // handed to the specialist twelve days ago (noon, Vietnam time)
        jdbc.update("update oversight_record set followed_since = ? where id = ?", java.sql.Timestamp.from(
                TODAY.minusDays(12).atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()), record);

        String page = call(MockMvcRequestBuilders.get("/tasks/workload").with(user(as("department_head")))).raw();
        assertThat(page).contains("Việc chờ chuyên viên 1").contains("Việc chờ chuyên viên 2")
                .as("people by their names").contains("Nguyễn Văn Chuyên: ");
        String recordCode = get("leader", "/api/v1/records/" + record).body().get("code").asString();
        assertThat(page).as("the record waits twelve days with its specialist")
                .containsPattern("(?s)" + java.util.regex.Pattern.quote(recordCode) + "</a></td>\\s*<td>[^<]*</td>"
                        + "\\s*<td class=\"num\">12</td>");

        MvcResult outside = mvc.perform(MockMvcRequestBuilders.post("/tasks/reassign")
                .with(user(as("department_head"))).with(csrf()).param("taskIds", String.valueOf(first))
                .param("recordIds", String.valueOf(record)).param("toUsername", "provincial_officer")).andReturn();
        assertThat(outside.getResponse().getStatus()).isEqualTo(302);
        assertThat(String.valueOf(outside.getFlashMap().get("problems"))).as("the page says why")
                .contains("provincial_officer không phải là cán bộ đang làm việc trong đơn vị");
        assertThat(get("leader", "/api/v1/tasks/" + first).body().get("responsibleUsername").asString())
                .as("work goes only to a person of the head's units").isEqualTo("specialist");
        Answer outsideApi = post("department_head", "/api/v1/tasks/reassignment", Map.of("taskIds", List.of(first),
                "toUsername", "provincial_officer"));
        assertThat(outsideApi.status()).isEqualTo(422);
        assertThat(outsideApi.body().get("code").asString()).isEqualTo("workload.notInUnit");

        Answer handed = call(MockMvcRequestBuilders.post("/tasks/reassign").with(user(as("department_head")))
                .with(csrf()).param("taskIds", String.valueOf(first), String.valueOf(second))
                .param("recordIds", String.valueOf(record)).param("toUsername", "department_head"));
        assertThat(handed.status()).isEqualTo(302);
        assertThat(get("leader", "/api/v1/tasks/" + first).body().get("responsibleUsername").asString())
                .isEqualTo("department_head");
        assertThat(get("leader", "/api/v1/records/" + record).body().get("responsibleUsername").asString())
                .isEqualTo("department_head");
        assertThat(jdbc.queryForObject("select followed_since from oversight_record where id = ?", java.sql.Timestamp.class,
                record).toInstant()).as("the record's wait starts again with its new follower")
                .isAfter(java.time.Instant.now().minusSeconds(600));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('TASK_REASSIGNED',"
                + " 'RECORD_REASSIGNED') and actor = 'department_head' and target_id in (?, ?, ?)", Long.class,
                String.valueOf(first), String.valueOf(second), String.valueOf(record))).isEqualTo(6);
        assertThat(post("specialist", "/api/v1/tasks/reassignment", Map.of("taskIds", List.of(first),
                "toUsername", "specialist")).status()).as("a specialist hands over nothing").isEqualTo(403);
    }

    long task(String who, String title, String lead, Set<String> coordinating, String classification,
            Set<String> readers) throws Exception {
        Answer created = post(who, "/api/v1/tasks", Map.of("title", title, "sourceType", "AD_HOC",
                "leadOrganizationCode", lead, "coordinatingOrganizationCodes", coordinating, "classification",
                classification, "readers", readers));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }
}
