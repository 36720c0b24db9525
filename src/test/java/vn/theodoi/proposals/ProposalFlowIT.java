package vn.theodoi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.internal.ResponseDeadline;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * Proposals through the API as integrating systems and people use it: response deadlines counted on
 * the seeded 2026 calendar (weekends, Tết, day swaps; expected dates counted by hand), the approval
 * flow with a return, a skipped step and a wrong role refused, a stale version refused, and Đà Nẵng's
 * provincial officer submitting a request, reading the answer only once sent, and never seeing
 * another province's requests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    String marker;

    Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    @BeforeAll
    void requestsForOpinionAreDueInTenWorkingDays() {
        marker = "kiennghi" + Unique.suffix();
        Api admin = as("admin");
        JsonNode settings = admin.get("/api/v1/proposal-deadlines").body();
        long version = -1;
        for (JsonNode s : settings) {
            if (s.get("type").asString().equals("OPINION_REQUEST")) {
                version = s.get("version").asLong();
            }
        }
        Api.Response changed = admin.put("/api/v1/proposal-deadlines/OPINION_REQUEST",
                Map.of("workingDays", 10, "version", version));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.body().get("workingDays").asInt()).isEqualTo(10);
    }

    private Map<String, Object> proposal(String type, String sender, LocalDate received, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("senderOrganizationCode", sender);
        body.put("referenceNumber", "Số 15-CV/BCĐ");
        body.put("receivedDate", received == null ? null : received.toString());
        body.put("subject", subject + " " + marker);
        body.put("classification", "UNCLASSIFIED");
        return body;
    }

    @ParameterizedTest(name = "received {0}: due {1} ({2})")
    @CsvSource({
            "2026-11-04, 2026-11-18, two plain weeks: Thu 5 Fri 6 Mon 9 .. Fri 13 Mon 16 Tue 17 Wed 18",
            "2026-02-13, 2026-03-06, Tết Bính Ngọ: Sat 14 to Sun 22 February off; Mon 23 is the first",
            "2026-01-08, 2026-01-21, Fri 9 then the swapped Saturday 10 January is worked: Wed 21 not Thu 22",
            "2026-08-27, 2026-09-15, Fri 28; Mon 31 August swapped off, 1 and 2 September off; Thu 3 is the second",
            "2026-08-21, 2026-09-08, the worked Saturday 22 August is the first; 31 August to 2 September off"})
    void aRequestForOpinionIsDueTenWorkingDaysAfterItIsReceived(LocalDate received, LocalDate due, String count) {
        Api.Response created = as("leader").post("/api/v1/proposals",
                proposal("OPINION_REQUEST", "BCD-79", received, "Hạn trả lời"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/proposals/" + created.body().get("id").asLong());
        assertThat(created.body().get("responseDueDate").asString()).as(count).isEqualTo(due.toString());
        assertThat(created.body().get("responseDays").asInt()).isEqualTo(10);
    }

    @ParameterizedTest(name = "received {0}, {1} working days: due {2} ({3})")
    @CsvSource({
            "2026-02-13, 1, 2026-02-23, the first working day after Tết",
            "2026-04-24, 5, 2026-05-06, Hùng Kings' day moved to Mon 27 April, then 30 April and 1 May off",
            "2026-01-01, 1, 2026-01-05, New Year, then Fri 2 January swapped off, then the weekend"})
    void theOrganizationCalendarCarriesTheSeededHolidays(LocalDate received, int days, LocalDate due, String why) {
        assertThat(ResponseDeadline.due(received, days, calendar.snapshot()::isDayOff)).as(why).isEqualTo(due);
    }

    private long idOf(Api.Response r) {
        assertThat(r.status()).as(r.raw().body()).isBetween(200, 201);
        return r.body().get("id").asLong();
    }

    @Test
    void theAnswerIsDraftedCheckedApprovedAndSentAndNoStepIsSkippedOrTakenByTheWrongRole() {
        Api leader = as("leader");
        Api head = as("department_head");
        Api specialist = as("specialist");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long id = idOf(leader.post("/api/v1/proposals",
                proposal("PROPOSAL", "BCA-C03", today.minusDays(3), "Kiến nghị tháo gỡ vướng mắc định giá")));
        assertThat(leader.get("/api/v1/proposals/" + id).body().get("state").asString()).isEqualTo("RECEIVED");

        // a specialist does not assign; the leader assigns to a specialist of the department
        assertThat(specialist.post("/api/v1/proposals/" + id + "/assign",
                Map.of("departmentCode", "BNCTW-VAVV", "specialistUsername", "specialist")).status()).isEqualTo(404);
        JsonNode assigned = leader.post("/api/v1/proposals/" + id + "/assign",
                Map.of("departmentCode", "BNCTW-VAVV", "specialistUsername", "specialist")).body();
        assertThat(assigned.get("state").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("departmentCode").asString()).isEqualTo("BNCTW-VAVV");

        // the head may not draft (wrong role); the leader may not approve before the check (skipped step)
        Api.Response headDrafts = head.post("/api/v1/proposals/" + id + "/draft", Map.of("text", "Dự thảo của Vụ"));
        assertThat(headDrafts.status()).isEqualTo(403);
        assertThat(headDrafts.header("Content-Type")).contains("application/problem+json");
        specialist.post("/api/v1/proposals/" + id + "/draft", Map.of("text", "Dự thảo lần 1"));
        Api.Response skipped = leader.post("/api/v1/proposals/" + id + "/approve", Map.of());
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.body().get("code").asString()).isEqualTo("proposal.outOfOrder.approve");
        assertThat(leader.post("/api/v1/proposals/" + id + "/check", Map.of()).status()).as("a leader does not check")
                .isEqualTo(403);
        assertThat(specialist.post("/api/v1/proposals/" + id + "/check", Map.of()).status())
                .as("the drafter does not check their own draft").isEqualTo(403);

        JsonNode checked = head.post("/api/v1/proposals/" + id + "/check", Map.of()).body();
        assertThat(checked.get("state").asString()).isEqualTo("CHECKED");
        assertThat(head.post("/api/v1/proposals/" + id + "/approve", Map.of()).status()).as("a head does not approve")
                .isEqualTo(403);

        // the leader returns it with a reason; the specialist drafts again
        JsonNode returned = leader.post("/api/v1/proposals/" + id + "/return",
                Map.of("reason", "Bổ sung căn cứ pháp lý")).body();
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(leader.post("/api/v1/proposals/" + id + "/return", Map.of("reason", "")).status()).isEqualTo(400);
        specialist.post("/api/v1/proposals/" + id + "/draft", Map.of("text", "Dự thảo lần 2"));
        head.post("/api/v1/proposals/" + id + "/check", Map.of());
        JsonNode approved = leader.post("/api/v1/proposals/" + id + "/approve", Map.of()).body();
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");

        // a stale version is refused; the current one sends it
        long version = approved.get("version").asLong();
        Api.Response stale = specialist.post("/api/v1/proposals/" + id + "/send",
                Map.of("date", today.toString(), "version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        JsonNode sent = specialist.post("/api/v1/proposals/" + id + "/send",
                Map.of("date", today.toString(), "version", version)).body();
        assertThat(sent.get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("timeliness").asString()).isEqualTo("ANSWERED_ON_TIME");
        assertThat(sent.get("answerText").asString()).isEqualTo("Dự thảo lần 2");
        List<String> steps = new java.util.ArrayList<>();
        sent.get("steps").forEach(s -> steps.add(s.get("step").asString()));
        assertThat(steps).containsExactly("ASSIGNED", "DRAFTED", "CHECKED", "RETURNED", "DRAFTED", "CHECKED",
                "APPROVED", "SENT");
        assertThat(sent.get("steps").get(3).get("reason").asString()).isEqualTo("Bổ sung căn cứ pháp lý");

        Integer denials = jdbc.queryForObject("select count(*) from audit_entry where action = 'PROPOSAL_CHANGE_DENIED'"
                + " and target_id = ?", Integer.class, String.valueOf(id));
        assertThat(denials).as("every refused step is audited").isEqualTo(4);
    }

    @Test
    void aProvincialOfficerSubmitsAndReadsTheAnswerOnceSentAndNeverAnotherProvincesRequests() {
        Api officer = as("provincial_officer");
        Api leader = as("leader");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long record = RecordFixtures.create(leader, RecordFixtures.record("Vụ việc cấp độ 3 " + marker, "BCD-48", null,
                List.of("VN-48"), List.of(), "UNCLASSIFIED", List.of())).get("id").asLong();

        Map<String, Object> body = proposal("PROPOSAL", "BCD-79", today.minusDays(20), "Xin ý kiến Đà Nẵng");
        body.put("recordIds", List.of(record));
        Api.Response submitted = officer.post("/api/v1/proposals", body);
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        JsonNode mine = submitted.body();
        long id = mine.get("id").asLong();
        assertThat(mine.get("type").asString()).as("a provincial officer's submission").isEqualTo("OPINION_REQUEST");
        assertThat(mine.get("senderOrganizationCode").asString()).as("from their own organization").isEqualTo("BNC-48");
        assertThat(mine.get("receivedDate").asString()).as("received the day submitted").isEqualTo(today.toString());
        assertThat(mine.get("records").get(0).get("id").asLong()).isEqualTo(record);

        long other = idOf(leader.post("/api/v1/proposals",
                proposal("OPINION_REQUEST", "BCD-79", today.minusDays(1), "Xin ý kiến TP. Hồ Chí Minh")));

        assertThat(officer.get("/api/v1/proposals/" + other).status()).isEqualTo(404);
        JsonNode list = officer.get("/api/v1/proposals?q=" + marker).body();
        List<Long> listed = new java.util.ArrayList<>();
        list.get("content").forEach(r -> listed.add(r.get("id").asLong()));
        assertThat(listed).contains(id).doesNotContain(other);
        assertThat(as("admin").get("/api/v1/proposals?q=" + marker).body().get("content")).as("no content for admins")
                .isEmpty();

        leader.post("/api/v1/proposals/" + id + "/assign",
                Map.of("departmentCode", "BNCTW-VAVV", "specialistUsername", "specialist"));
        as("specialist").post("/api/v1/proposals/" + id + "/draft", Map.of("text", "Ý kiến của Ban Nội chính Trung ương"));
        JsonNode whileDrafted = officer.get("/api/v1/proposals/" + id).body();
        assertThat(whileDrafted.get("answerText").isNull()).as("no draft for the sender").isTrue();
        assertThat(whileDrafted.get("steps")).isEmpty();
        assertThat(whileDrafted.get("specialistUsername").isNull()).isTrue();
        officer.get("/api/v1/proposals?q=" + marker).body().get("content").forEach(r -> {
            assertThat(r.get("specialistUsername").isNull()).as("nobody inside named in the list").isTrue();
            assertThat(r.get("departmentCode").isNull()).isTrue();
        });
        assertThat(officer.post("/api/v1/proposals/" + id + "/check", Map.of()).status()).isEqualTo(403);

        as("department_head").post("/api/v1/proposals/" + id + "/check", Map.of());
        leader.post("/api/v1/proposals/" + id + "/approve", Map.of());
        leader.post("/api/v1/proposals/" + id + "/send", Map.of("date", today.toString()));

        JsonNode answered = officer.get("/api/v1/proposals/" + id).body();
        assertThat(answered.get("state").asString()).isEqualTo("SENT");
        assertThat(answered.get("answerText").asString()).isEqualTo("Ý kiến của Ban Nội chính Trung ương");
        assertThat(answered.get("answeredOn").asString()).isEqualTo(today.toString());
        assertThat(answered.get("timeliness").asString()).isEqualTo("ANSWERED_ON_TIME");

        JsonNode sentOnly = officer.get("/api/v1/proposals?state=SENT&timeliness=ANSWERED_ON_TIME&q=" + marker).body();
        assertThat(sentOnly.get("content")).hasSize(1);
    }

    @Test
    void onlyAdministratorsChangeTheDeadlinesAndInvalidInputIsAProblem() {
        Api.Response refused = as("leader").put("/api/v1/proposal-deadlines/PROPOSAL",
                Map.of("workingDays", 5, "version", 0));
        assertThat(refused.status()).isEqualTo(403);
        Api.Response invalid = as("leader").post("/api/v1/proposals", Map.of("type", "PROPOSAL"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).contains("application/problem+json");
        Api.Response future = as("leader").post("/api/v1/proposals", proposal("PROPOSAL", "BCA-C03",
                LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2), "Ngày nhận ở tương lai"));
        assertThat(future.status()).isIn(400, 422);
        Api.Response inside = as("leader").post("/api/v1/proposals", proposal("PROPOSAL", "BNCTW-VAVV", null,
                "Nơi gửi là một Vụ"));
        assertThat(inside.status()).isEqualTo(422);
        assertThat(inside.body().get("code").asString()).isEqualTo("proposal.senderInside");
    }
}
