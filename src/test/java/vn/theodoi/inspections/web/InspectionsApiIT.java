package vn.theodoi.inspections.web;

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
import vn.theodoi.access.Users;
import vn.theodoi.organization.OrganizationForm;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.Tasks;

/**
 * Inspections through the API as issue 11 writes it, on PostgreSQL: a recommendation becomes a
 * task counted in the task statistics; who sees which inspection (an out-of-scope reader gets 404
 * and the attempt is audited; one who sees but does not own it gets 403); validation and rule
 * problems; a stale version is a conflict.
 */
@IntegrationTest
class InspectionsApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired Organizations organizations;
    @Autowired Tasks tasks;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    Api as(String username) {
        return new Api(port).as(username, IntegrationTest.DEMO_PASSWORD);
    }

    String department(String prefix) {
        String code = prefix + "-" + Unique.suffix().toUpperCase();
        organizations.create(new OrganizationForm(code, "Vụ thử nghiệm " + code, null, OrganizationType.DEPARTMENT,
                null, null, "BNCTW", null, true, null, 9000, null));
        return code;
    }

    static Map<String, Object> plan(String subject, String target, String owner, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INSPECTION");
        body.put("subject", subject);
        body.put("targetOrganizationCode", target);
        body.put("ownerUnitCode", owner);
        body.put("periodStart", from.toString());
        body.put("periodEnd", to.toString());
        return body;
    }

    long create(Api api, Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/inspections", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/inspections/" + created.body().get("id").asLong());
        return created.body().get("id").asLong();
    }

    long version(Api api, long id) {
        return api.get("/api/v1/inspections/" + id).body().get("version").asLong();
    }

    long deniedReads(String actor, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'INSPECTION_ACCESS_DENIED'"
                + " and actor = ? and target_id = ? and outcome = 'DENIED'", Long.class, actor, String.valueOf(id));
    }

    @Test
    void aRecommendationBecomesATaskOfItsLeadThatTheTaskStatisticsCount() {
        Api leader = as("leader");
        String lead = department("VKT");
        LocalDate started = TODAY.minusDays(20);
        long id = create(leader, plan("Kiểm tra công tác phòng, chống tham nhũng " + Unique.suffix(), "BCD-40",
                "BNCTW-DP1", started, TODAY.plusDays(10)));
        assertThat(leader.post("/api/v1/inspections/" + id + "/start",
                Map.of("date", started.toString(), "version", version(leader, id))).status()).isEqualTo(200);

        LocalDate periodFrom = TODAY.withDayOfYear(1).minusYears(1);
        LocalDate periodTo = TODAY.withDayOfYear(1).plusYears(2);
        TaskStats before = tasks.stats(users.loadUserByUsername("leader"), periodFrom, periodTo, lead);
        assertThat(before.total().total()).isZero();

        Api.Response first = leader.post("/api/v1/inspections/" + id + "/recommendations", Map.of("text",
                "Chỉ đạo xử lý dứt điểm các vụ việc kéo dài", "leadOrganizationCode", lead, "dueDate",
                TODAY.plusDays(60).toString(), "date", TODAY.minusDays(2).toString()));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        long firstTask = first.body().get("taskId").asLong();
        Api.Response second = leader.post("/api/v1/inspections/" + id + "/recommendations", Map.of("text",
                "Báo cáo kết quả khắc phục hạn chế", "leadOrganizationCode", lead, "dueDate",
                TODAY.plusDays(30).toString()));
        assertThat(second.status()).as(second.raw().body()).isEqualTo(201);
        long secondTask = second.body().get("taskId").asLong();

        // the task is an INSPECTION task of the lead, due on the recommendation's date, naming the inspection
        JsonNode task = leader.get("/api/v1/tasks/" + firstTask).body();
        assertThat(task.get("sourceType").asString()).isEqualTo("INSPECTION");
        assertThat(task.get("leadOrganizationCode").asString()).isEqualTo(lead);
        assertThat(task.get("dueDate").asString()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(task.get("assignedOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(task.get("sourceReference").asString()).startsWith("Kiểm tra tại ").contains("Nghệ An")
                .contains("Kiểm tra công tác phòng, chống tham nhũng");
        assertThat(task.get("coordinatingOrganizationCodes")).singleElement()
                .satisfies(c -> assertThat(c.asString()).isEqualTo("BNCTW-DP1"));

        // by hand: two tasks of the lead, both in progress; then one completed before its due date
        TaskStats after = tasks.stats(users.loadUserByUsername("leader"), periodFrom, periodTo, lead);
        assertThat(after.total().inProgress()).isEqualTo(2);
        assertThat(after.total().total()).isEqualTo(2);
        assertThat(leader.post("/api/v1/tasks/" + secondTask + "/complete", Map.of("date", TODAY.toString(),
                "result", "Đã báo cáo đoàn kiểm tra")).status()).isEqualTo(200);
        TaskStats done = tasks.stats(users.loadUserByUsername("leader"), periodFrom, periodTo, lead);
        assertThat(done.total().completedOnTime()).isEqualTo(1);
        assertThat(done.total().inProgress()).isEqualTo(1);
        JsonNode overApi = leader.get("/api/v1/tasks/stats?from=" + periodFrom + "&to=" + periodTo
                + "&organizationCode=" + lead).body();
        assertThat(overApi.get("total").get("completedOnTime").asLong()).isEqualTo(1);
        assertThat(overApi.get("total").get("inProgress").asLong()).isEqualTo(1);

        // the inspection shows each recommendation with its task's status, as tasks compute it
        JsonNode inspection = leader.get("/api/v1/inspections/" + id).body();
        assertThat(inspection.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode recommendations = inspection.get("recommendations");
        assertThat(recommendations).hasSize(2);
        assertThat(recommendations.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(recommendations.get(0).get("taskId").asLong()).isEqualTo(firstTask);
        assertThat(recommendations.get(0).get("taskStatus").asString()).isEqualTo("IN_PROGRESS");
        assertThat(recommendations.get(1).get("taskId").asLong()).isEqualTo(secondTask);
        assertThat(recommendations.get(1).get("taskStatus").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INSPECTION_RECOMMENDATION_ADDED'"
                + " and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void anOutOfScopeReaderSeesNothingAndOneWhoSeesButDoesNotOwnMayNotChangeIt() {
        Api leader = as("leader");
        String marker = "ktgs" + Unique.suffix();
        long hanoi = create(leader, plan("Kiểm tra Hà Nội " + marker, "BCD-01", "BNCTW-DP1", TODAY.minusDays(5),
                TODAY.plusDays(25)));
        long danang = create(leader, plan("Kiểm tra Đà Nẵng " + marker, "BCD-48", "BNCTW-DP2", TODAY.minusDays(5),
                TODAY.plusDays(25)));

        // the leader sees both; the list is filtered in the query
        JsonNode all = leader.get("/api/v1/inspections?q=" + marker).body();
        assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(2);

        // a specialist of another department sees neither: the list is empty, the inspection is not found
        Api specialist = as("specialist");
        assertThat(specialist.get("/api/v1/inspections?q=" + marker).body().get("content")).isEmpty();
        Api.Response hidden = specialist.get("/api/v1/inspections/" + hanoi);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(deniedReads("specialist", hanoi)).isEqualTo(1);
        assertThat(specialist.post("/api/v1/inspections/" + hanoi + "/start",
                Map.of("date", TODAY.toString(), "version", 0)).status()).isEqualTo(404);

        // Đà Nẵng's officer sees the inspection of Đà Nẵng, not the one of Hà Nội, and may not run it
        Api officer = as("provincial_officer");
        JsonNode seen = officer.get("/api/v1/inspections?q=" + marker).body().get("content");
        assertThat(seen).singleElement().satisfies(i -> assertThat(i.get("id").asLong()).isEqualTo(danang));
        assertThat(officer.get("/api/v1/inspections/" + hanoi).status()).isEqualTo(404);
        assertThat(deniedReads("provincial_officer", hanoi)).isEqualTo(1);
        JsonNode view = officer.get("/api/v1/inspections/" + danang).body();
        assertThat(view.get("mayChange").asBoolean()).isFalse();
        Api.Response refused = officer.post("/api/v1/inspections/" + danang + "/start",
                Map.of("date", TODAY.toString(), "version", view.get("version").asLong()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INSPECTION_CHANGE_DENIED'"
                + " and actor = 'provincial_officer' and target_id = ?", Long.class, String.valueOf(danang)))
                .isEqualTo(1);
        assertThat(leader.get("/api/v1/inspections/" + danang).body().get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aProvincesOfficerPlansAndRunsTheirStandingAgencysOwnInspectionsOnly() {
        Api officer = as("provincial_officer");
        Map<String, Object> own = plan("Tự kiểm tra công tác nội chính " + Unique.suffix(), "BCD-48", null,
                TODAY.minusDays(3), TODAY.plusDays(20));
        own.remove("ownerUnitCode");
        long id = create(officer, own);
        JsonNode created = officer.get("/api/v1/inspections/" + id).body();
        assertThat(created.get("ownerUnitCode").asString()).isEqualTo("BNC-48");
        assertThat(created.get("mayChange").asBoolean()).isTrue();
        assertThat(officer.post("/api/v1/inspections/" + id + "/start",
                Map.of("date", TODAY.toString(), "version", created.get("version").asLong())).status()).isEqualTo(200);

        Api.Response central = officer.post("/api/v1/inspections", plan("Kiểm tra", "BCD-48", "BNCTW-DP2",
                TODAY, TODAY.plusDays(20)));
        assertThat(central.status()).isEqualTo(422);
        assertThat(central.body().get("code").asString()).isEqualTo("inspection.outOfScope");
        assertThat(as("specialist").get("/api/v1/inspections/" + id).status()).isEqualTo(404);
    }

    @Test
    void aClassifiedInspectionIsHiddenBelowItsClearanceAndItsReadingIsAudited() {
        Api leader = as("leader");
        Map<String, Object> body = plan("Kiểm tra có độ mật " + Unique.suffix(), "BCD-48", "BNCTW-VAVV",
                TODAY.minusDays(5), TODAY.plusDays(25));
        body.put("classification", "SECRET");
        long id = create(leader, body);

        // the specialist (cleared CONFIDENTIAL) of the conducting department does not see it; the head (SECRET) does
        assertThat(as("specialist").get("/api/v1/inspections/" + id).status()).isEqualTo(404);
        assertThat(as("department_head").get("/api/v1/inspections/" + id).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'INSPECTION_READ'"
                + " and actor = 'department_head' and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void invalidPlansAndStepsOutOfOrderAreProblemsInTheReadersLanguage() {
        Api leader = as("leader");
        Map<String, Object> missing = plan(null, "BCD-40", "BNCTW-DP1", TODAY, TODAY.plusDays(10));
        missing.remove("subject");
        Api.Response invalid = leader.post("/api/v1/inspections", missing);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").toString()).contains("subject");

        Api.Response reversed = leader.post("/api/v1/inspections", plan("Kiểm tra", "BCD-40", "BNCTW-DP1",
                TODAY.plusDays(10), TODAY));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body().get("code").asString()).isEqualTo("inspection.periodReversed");
        assertThat(reversed.body().get("detail").asString()).contains("ngày kết thúc trước ngày bắt đầu");

        Map<String, Object> strangers = plan("Kiểm tra", "BCD-40", "BNCTW-DP1", TODAY, TODAY.plusDays(10));
        strangers.put("team", List.of("specialist", "nobody_" + Unique.suffix()));
        Api.Response unknown = leader.inLanguage("en").post("/api/v1/inspections", strangers);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("code").asString()).isEqualTo("inspection.unknownUser");
        assertThat(unknown.body().get("detail").asString()).startsWith("There is no user");

        Api.Response noTarget = leader.post("/api/v1/inspections", plan("Kiểm tra", "KHONG-CO", "BNCTW-DP1", TODAY,
                TODAY.plusDays(10)));
        assertThat(noTarget.status()).isEqualTo(422);
        assertThat(noTarget.body().get("code").asString()).isEqualTo("organization.unknown");

        // a specialist plans only what their own department conducts
        Api.Response foreign = as("specialist").post("/api/v1/inspections", plan("Kiểm tra", "BCD-40", "BNCTW-DP1",
                TODAY, TODAY.plusDays(10)));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body().get("code").asString()).isEqualTo("inspection.outOfScope");

        long id = create(leader, plan("Kiểm tra theo trình tự " + Unique.suffix(), "BCD-40", "BNCTW-DP1",
                TODAY.minusDays(3), TODAY.plusDays(10)));
        Api.Response early = leader.post("/api/v1/inspections/" + id + "/recommendations", Map.of("text", "Kiến nghị",
                "leadOrganizationCode", "BCD-40", "dueDate", TODAY.plusDays(30).toString()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("code").asString()).isEqualTo("inspection.notStarted");
        assertThat(jdbc.queryForObject("select count(*) from task where source_reference like ?", Long.class,
                "%Kiểm tra theo trình tự%")).as("no task without its recommendation").isZero();

        Api.Response stale = leader.post("/api/v1/inspections/" + id + "/start",
                Map.of("date", TODAY.toString(), "version", version(leader, id) + 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(leader.post("/api/v1/inspections/" + id + "/start",
                Map.of("date", TODAY.toString(), "version", version(leader, id))).status()).isEqualTo(200);

        Api.Response noFindings = leader.post("/api/v1/inspections/" + id + "/conclusion",
                Map.of("date", TODAY.toString(), "version", version(leader, id)));
        assertThat(noFindings.status()).isEqualTo(422);
        assertThat(noFindings.body().get("code").asString()).isEqualTo("inspection.findingsRequired");

        assertThat(leader.post("/api/v1/inspections/" + id + "/findings", Map.of("findings",
                "Phát hiện 2 vụ việc chậm xử lý", "version", version(leader, id))).status()).isEqualTo(200);
        Api.Response concluded = leader.post("/api/v1/inspections/" + id + "/conclusion",
                Map.of("date", TODAY.toString(), "reference", "15-TB/ĐKT", "version", version(leader, id)));
        assertThat(concluded.status()).isEqualTo(200);
        assertThat(concluded.body().get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.body().get("concludedOn").asString()).isEqualTo(TODAY.toString());

        Api.Response dueTooEarly = leader.post("/api/v1/inspections/" + id + "/recommendations", Map.of("text",
                "Kiến nghị", "leadOrganizationCode", "BCD-40", "dueDate", TODAY.minusDays(1).toString()));
        assertThat(dueTooEarly.status()).isEqualTo(422);
        assertThat(dueTooEarly.body().get("code").asString()).isEqualTo("inspection.dueBeforeRecommendation");

        JsonNode list = leader.get("/api/v1/inspections?status=CONCLUDED&target=BCD-40&size=500").body();
        assertThat(list.get("page").get("size").asInt()).isEqualTo(200);
        assertThat(list.get("content").toString()).contains("Kiểm tra theo trình tự");
    }
}
