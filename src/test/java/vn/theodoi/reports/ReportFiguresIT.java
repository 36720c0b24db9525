package vn.theodoi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.theodoi.organization.OrganizationForm;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * The figures of a period (issue 12) through {@code GET /api/v1/reports/figures} on PostgreSQL, from a
 * hand-counted fixture of tasks, proposals, inspections with recommendations and hot spots: what
 * falls in the period is counted, what falls a day before or after it is not, and what the reader
 * may not see is not. The database is shared with the other tests, so the module totals are read as
 * the change the fixture makes; the fixture's own lead organization's row is read whole. Then the
 * statistics page: it renders for a leader and a provincial officer, and a figure's link leads to a
 * list whose total is the figure.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** The period: ninety days ending sixty days ago, so that its end is the day statuses are judged on. */
    static final LocalDate TO = TODAY.minusDays(60);
    static final LocalDate FROM = TO.minusDays(90);

    @LocalServerPort
    int port;

    @Autowired Organizations organizations;

    String department;
    String marker;
    JsonNode leaderBefore;
    JsonNode officerBefore;
    JsonNode leaderAfter;
    JsonNode officerAfter;

    Api as(String username) {
        return new Api(port).as(username, IntegrationTest.DEMO_PASSWORD);
    }

    JsonNode figures(Api api) {
        Api.Response r = api.get("/api/v1/reports/figures?from=" + FROM + "&to=" + TO);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.body();
    }

    @BeforeAll
    void fixture() {
        Api leader = as("leader");
        Api officer = as("provincial_officer");
        marker = Unique.suffix();
        department = "VTK-" + marker.toUpperCase();
        organizations.create(new OrganizationForm(department, "Vụ thống kê " + department, null,
                OrganizationType.DEPARTMENT, null, null, "BNCTW", null, true, null, 9000, null));
        leaderBefore = figures(leader);
        officerBefore = figures(officer);

        // tasks led by the new department: one of each status in the period, three just outside it
        task(leader, "t1", FROM.minusDays(10), FROM, FROM.minusDays(1));  // due on the first day, done before: on time
        task(leader, "t2", FROM, TO, TO.plusDays(5));                      // due on the last day, done after: late
        task(leader, "t3", FROM, FROM.plusDays(10), null);                 // not done, due passed: overdue
        task(leader, "t4", FROM.plusDays(5), null, null);                  // no due date, given in the period: in progress
        task(leader, "t5", FROM.minusDays(30), FROM.minusDays(1), null);  // due the day before: not counted
        task(leader, "t6", FROM, TO.plusDays(1), null);                    // due the day after: not counted
        task(leader, "t7", FROM.minusDays(1), null, null);                 // no due date, given the day before: not counted

        // proposals received from a central agency (not the officer's province)
        long p1 = proposal(leader, FROM);                 // unanswered, due long before the end: overdue
        long p2 = proposal(leader, TO);                   // received on the last day, unanswered: pending at the end
        long p3 = proposal(leader, FROM.plusDays(1));
        answer(p3, FROM.plusDays(2));                     // answered the next day: on time
        long p4 = proposal(leader, FROM.plusDays(2));
        answer(p4, FROM.plusDays(80));                    // answered after its deadline: late
        proposal(leader, FROM.minusDays(1));              // received the day before: not counted
        proposal(leader, TO.plusDays(1));                 // received the day after: not counted
        assertThat(leader.get("/api/v1/proposals/" + p1).body().get("responseDueDate").asString())
                .as("the fixture needs a deadline well inside the period").isLessThan(FROM.plusDays(60).toString());
        assertThat(leader.get("/api/v1/proposals/" + p2).body().get("responseDueDate").asString()).isGreaterThan(TO.toString());

        // inspections of Nghệ An (not the officer's province)
        long i1 = inspection(leader, FROM.minusDays(20));
        conclude(leader, i1, FROM.plusDays(5));           // concluded in the period
        recommend(leader, i1, FROM.plusDays(5), FROM.plusDays(30));  // due in the period, not done: overdue
        recommend(leader, i1, FROM.plusDays(5), TO.plusDays(10));    // due after the period: not counted
        inspection(leader, FROM.plusDays(10));            // under way at the end
        long i3 = inspection(leader, FROM.minusDays(20));
        conclude(leader, i3, TO.plusDays(1));             // concluded the day after: under way at the end
        inspection(leader, TO.plusDays(1));               // started the day after: not under way at the end

        // hot spots: the officer's own province (Đà Nẵng) and one elsewhere the officer does not see
        hotSpot(officer, "VN-48", "MASS_GATHERING", FROM);
        hotSpot(officer, "VN-48", "OTHER", TO);
        hotSpot(leader, "VN-01", "MASS_GATHERING", FROM.plusDays(3));
        hotSpot(officer, "VN-48", "MASS_GATHERING", FROM.minusDays(1));
        hotSpot(officer, "VN-48", "OTHER", TO.plusDays(1));

        leaderAfter = figures(leader);
        officerAfter = figures(officer);
    }

    void task(Api leader, String name, LocalDate assigned, LocalDate due, LocalDate completed) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Nhiệm vụ thống kê " + name + " " + marker);
        body.put("sourceType", "AD_HOC");
        body.put("leadOrganizationCode", department);
        body.put("assignedOn", assigned.toString());
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        Api.Response created = leader.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        if (completed != null) {
            Api.Response done = leader.post("/api/v1/tasks/" + created.body().get("id").asLong() + "/complete",
                    Map.of("date", completed.toString(), "result", "Đã hoàn thành"));
            assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        }
    }

    long proposal(Api leader, LocalDate received) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PROPOSAL");
        body.put("senderOrganizationCode", "BCA-C03");
        body.put("referenceNumber", "Số 7-CV/TK");
        body.put("receivedDate", received.toString());
        body.put("subject", "Kiến nghị thống kê " + marker);
        body.put("classification", "UNCLASSIFIED");
        Api.Response created = leader.post("/api/v1/proposals", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    void answer(long id, LocalDate sent) {
        ok(as("leader").post("/api/v1/proposals/" + id + "/assign",
                Map.of("departmentCode", "BNCTW-VAVV", "specialistUsername", "specialist")));
        ok(as("specialist").post("/api/v1/proposals/" + id + "/draft", Map.of("text", "Ý kiến trả lời")));
        ok(as("department_head").post("/api/v1/proposals/" + id + "/check", Map.of()));
        ok(as("leader").post("/api/v1/proposals/" + id + "/approve", Map.of()));
        ok(as("specialist").post("/api/v1/proposals/" + id + "/send", Map.of("date", sent.toString())));
    }

    long inspection(Api leader, LocalDate started) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INSPECTION");
        body.put("subject", "Kiểm tra thống kê " + marker);
        body.put("targetOrganizationCode", "BCD-40");
        body.put("ownerUnitCode", "BNCTW-DP1");
        body.put("periodStart", started.toString());
        body.put("periodEnd", started.plusDays(30).toString());
        Api.Response created = leader.post("/api/v1/inspections", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        ok(leader.post("/api/v1/inspections/" + id + "/start",
                Map.of("date", started.toString(), "version", version(leader, id))));
        return id;
    }

    long version(Api api, long id) {
        return api.get("/api/v1/inspections/" + id).body().get("version").asLong();
    }

    void conclude(Api leader, long id, LocalDate on) {
        ok(leader.post("/api/v1/inspections/" + id + "/findings",
                Map.of("findings", "Phát hiện hạn chế", "version", version(leader, id))));
        ok(leader.post("/api/v1/inspections/" + id + "/conclusion",
                Map.of("date", on.toString(), "reference", "9-TB/ĐKT", "version", version(leader, id))));
    }

    void recommend(Api leader, long id, LocalDate on, LocalDate due) {
        Api.Response r = leader.post("/api/v1/inspections/" + id + "/recommendations", Map.of("text",
                "Kiến nghị khắc phục " + marker, "leadOrganizationCode", department, "dueDate", due.toString(),
                "date", on.toString()));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    void hotSpot(Api who, String province, String type, LocalDate occurred) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("provinceCode", province);
        body.put("place", "Trụ sở UBND phường " + marker);
        body.put("occurredOn", occurred.toString());
        body.put("scale", "khoảng 50 người");
        body.put("severity", 2);
        body.put("summary", "Người dân tập trung kiến nghị " + marker);
        Api.Response r = who.post("/api/v1/situations", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.raw().body()).isBetween(200, 201);
    }

    static long change(JsonNode before, JsonNode after, String... path) {
        return at(after, path) - at(before, path);
    }

    static long at(JsonNode node, String... path) {
        for (String p : path) {
            node = node.path(p);
        }
        return node.isMissingNode() || node.isNull() ? 0 : node.asLong();
    }

    static JsonNode row(JsonNode figures, String organization) {
        for (JsonNode o : figures.get("tasksByOrganization")) {
            if (o.get("organizationCode").asString().equals(organization)) {
                return o;
            }
        }
        return null;
    }

    static long province(JsonNode figures, String code) {
        for (JsonNode p : figures.get("hotSpots").get("byProvince")) {
            if (p.get("provinceCode").asString().equals(code)) {
                return p.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void thePeriodAndItsDayOfJudgement() {
        assertThat(leaderAfter.get("from").asString()).isEqualTo(FROM.toString());
        assertThat(leaderAfter.get("to").asString()).isEqualTo(TO.toString());
        assertThat(leaderAfter.get("asOf").asString()).as("the end, being past").isEqualTo(TO.toString());
        JsonNode current = figures(as("leader"), TODAY.minusDays(5), TODAY.plusDays(30));
        assertThat(current.get("asOf").asString()).as("today, the end being ahead").isEqualTo(TODAY.toString());
    }

    JsonNode figures(Api api, LocalDate from, LocalDate to) {
        Api.Response r = api.get("/api/v1/reports/figures?from=" + from + "&to=" + to);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void tasksCountByStatusInTotalAndForTheirLeadOrganization() {
        // t1 on time, t2 late, t4 in progress, t3 and the first recommendation overdue; t5, t6, t7 and the second recommendation outside
        JsonNode row = row(leaderAfter, department);
        assertThat(row).isNotNull();
        assertThat(row.get("organizationName").asString()).isEqualTo("Vụ thống kê " + department);
        assertThat(row.get("tasks").get("COMPLETED_ON_TIME").asLong()).isEqualTo(1);
        assertThat(row.get("tasks").get("COMPLETED_LATE").asLong()).isEqualTo(1);
        assertThat(row.get("tasks").get("IN_PROGRESS").asLong()).isEqualTo(1);
        assertThat(row.get("tasks").get("OVERDUE").asLong()).isEqualTo(2);
        assertThat(change(leaderBefore, leaderAfter, "tasks", "COMPLETED_ON_TIME")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "tasks", "COMPLETED_LATE")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "tasks", "IN_PROGRESS")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "tasks", "OVERDUE")).isEqualTo(2);
        // the map carries every status, in the enum's order
        assertThat(leaderAfter.get("tasks").propertyNames()).containsExactly("COMPLETED_ON_TIME", "COMPLETED_LATE",
                "IN_PROGRESS", "OVERDUE");
        // a central department's tasks are out of a provincial officer's sight
        assertThat(row(officerAfter, department)).isNull();
        assertThat(change(officerBefore, officerAfter, "tasks", "OVERDUE")).isZero();
    }

    @Test
    void proposalsCountByTimelinessJudgedAtThePeriodsEnd() {
        assertThat(change(leaderBefore, leaderAfter, "proposals", "ANSWERED_ON_TIME")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "proposals", "ANSWERED_LATE")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "proposals", "PENDING")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "proposals", "OVERDUE")).isEqualTo(1);
        for (String t : new String[] {"ANSWERED_ON_TIME", "ANSWERED_LATE", "PENDING", "OVERDUE"}) {
            assertThat(change(officerBefore, officerAfter, "proposals", t)).as(t).isZero();
        }
    }

    @Test
    void inspectionsConcludedInThePeriodUnderWayAtItsEndAndTheirRecommendations() {
        assertThat(change(leaderBefore, leaderAfter, "inspections", "concluded")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "inspections", "inProgress")).isEqualTo(2);
        assertThat(change(leaderBefore, leaderAfter, "inspections", "recommendations", "OVERDUE")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "inspections", "recommendations", "IN_PROGRESS")).isZero();
        assertThat(change(officerBefore, officerAfter, "inspections", "concluded")).isZero();
        assertThat(change(officerBefore, officerAfter, "inspections", "inProgress")).isZero();
    }

    @Test
    void hotSpotsByProvinceAndTypeWithinTheReadersProvince() {
        assertThat(change(leaderBefore, leaderAfter, "hotSpots", "total")).isEqualTo(3);
        assertThat(province(leaderAfter, "VN-48") - province(leaderBefore, "VN-48")).isEqualTo(2);
        assertThat(province(leaderAfter, "VN-01") - province(leaderBefore, "VN-01")).isEqualTo(1);
        assertThat(change(leaderBefore, leaderAfter, "hotSpots", "byType", "MASS_GATHERING")).isEqualTo(2);
        assertThat(change(leaderBefore, leaderAfter, "hotSpots", "byType", "OTHER")).isEqualTo(1);
        // the officer sees their own province's two, not Hà Nội's
        assertThat(change(officerBefore, officerAfter, "hotSpots", "total")).isEqualTo(2);
        assertThat(province(officerAfter, "VN-01")).isZero();
        assertThat(change(officerBefore, officerAfter, "hotSpots", "byType", "MASS_GATHERING")).isEqualTo(1);
        assertThat(change(officerBefore, officerAfter, "hotSpots", "byType", "OTHER")).isEqualTo(1);
        assertThat(officerAfter.get("hotSpots").get("byProvince").get(0).get("provinceName").asString())
                .isEqualTo("Đà Nẵng");
    }

    @Test
    void aBadPeriodIsAProblemInTheReadersLanguage() {
        Api leader = as("leader");
        Api.Response reversed = leader.get("/api/v1/reports/figures?from=2026-06-30&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.raw().headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(reversed.body().get("code").asString()).isEqualTo("reports.period.order");
        assertThat(reversed.body().get("detail").asString()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        Api.Response missing = leader.inLanguage("en").get("/api/v1/reports/figures?from=2026-01-01");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").asString()).isEqualTo("Give both the first and the last day of the period.");
        Api.Response tooLong = leader.get("/api/v1/reports/figures?from=2010-01-01&to=2021-01-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("code").asString()).isEqualTo("reports.period.tooLong");
        assertThat(leader.get("/api/v1/reports/figures?from=2011-01-01&to=2021-01-01").status())
                .as("ten years exactly").isEqualTo(200);
        assertThat(leader.get("/api/v1/reports/figures?from=yesterday&to=2021-01-01").status()).isEqualTo(400);
        assertThat(new Api(port).get("/api/v1/reports/figures?from=2026-01-01&to=2026-06-30").status())
                .as("no token").isEqualTo(401);
    }

    static final Pattern LINK = Pattern.compile("<a (?:id=\"[^\"]*\" )?href=\"([^\"]+)\">([0-9.]+)</a>");

    /** The link and the number of the cell that carries {@code data-status} or similar, in a row found by its marker. */
    static String[] linkIn(String html, String rowMarker, String cellMarker) {
        int row = html.indexOf(rowMarker);
        assertThat(row).as(rowMarker).isPositive();
        int cell = html.indexOf(cellMarker, row);
        Matcher m = LINK.matcher(html);
        assertThat(m.find(cell)).as(cellMarker).isTrue();
        return new String[] {m.group(1).replace("&amp;", "&"), m.group(2).replace(".", "")};
    }

    static long listTotal(String html, String countId) {
        String text = WebSession.textOf(html, countId);
        assertThat(text).as(countId + " in " + html).isNotNull();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    @Test
    void theStatisticsPageLinksEachFigureToAListOfAsMany() {
        WebSession leader = new WebSession(port).logIn("leader", IntegrationTest.DEMO_PASSWORD);
        String query = "?period=CUSTOM&from=" + FROM + "&to=" + TO;
        WebSession.Page page = leader.get("/reports/statistics" + query);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"chart-tasks\"").contains("role=\"img\"").contains("Bảng số liệu");

        // the department's overdue tasks: 2, and the list behind the link counts 2
        String[] overdue = linkIn(page.body(), "data-organization=\"" + department + "\"", "data-status=\"OVERDUE\"");
        assertThat(overdue[1]).isEqualTo("2");
        assertThat(overdue[0]).startsWith("/tasks?");
        WebSession.Page tasks = leader.get(overdue[0]);
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(listTotal(tasks.body(), "task-count")).isEqualTo(2);

        // every proposal timeliness: the list behind the link counts the figure (judged at the period's end)
        for (String t : new String[] {"PENDING", "OVERDUE", "ANSWERED_ON_TIME", "ANSWERED_LATE"}) {
            String[] link = linkIn(page.body(), "id=\"proposal-figures\"", "data-timeliness=\"" + t + "\"");
            assertThat(Long.parseLong(link[1])).as(t).isEqualTo(leaderAfter.get("proposals").get(t).asLong());
            WebSession.Page list = leader.get(link[0]);
            assertThat(list.status()).isEqualTo(200);
            assertThat(listTotal(list.body(), "proposal-count")).as(t).isEqualTo(Long.parseLong(link[1]));
        }

        // the hot spots of a type and the inspections concluded: the same
        String[] other = linkIn(page.body(), "id=\"hot-spots-by-type\"", "data-type=\"OTHER\"");
        assertThat(Long.parseLong(other[1])).isEqualTo(leaderAfter.get("hotSpots").get("byType").get("OTHER").asLong());
        String[] concluded = linkIn(page.body(), "id=\"inspection-figures\"", "id=\"fig-inspections-concluded\"");
        WebSession.Page inspections = leader.get(concluded[0]);
        assertThat(inspections.status()).as(concluded[0]).isEqualTo(200);
        assertThat(listTotal(inspections.body(), "inspection-count")).isEqualTo(Long.parseLong(concluded[1]));

        // the default period is this half-year; a reversed custom period says why on the page
        WebSession.Page half = leader.get("/reports/statistics");
        assertThat(half.status()).isEqualTo(200);
        LocalDate start = TODAY.getMonthValue() <= 6 ? TODAY.withDayOfYear(1) : LocalDate.of(TODAY.getYear(), 7, 1);
        assertThat(half.body()).contains("value=\"" + String.format("%02d/%02d/%d", start.getDayOfMonth(),
                start.getMonthValue(), start.getYear()) + "\"");
        WebSession.Page reversed = leader.get("/reports/statistics?period=CUSTOM&from=2026-06-30&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(WebSession.textOf(reversed.body(), "period-problem"))
                .isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
    }

    @Test
    void theStatisticsPageAndTheHomeChartsRenderForAProvincialOfficer() {
        WebSession officer = new WebSession(port).logIn("provincial_officer", IntegrationTest.DEMO_PASSWORD);
        WebSession.Page page = officer.get("/reports/statistics?period=CUSTOM&from=" + FROM + "&to=" + TO);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"hot-spots-by-province\"").contains("data-province=\"VN-48\"")
                .doesNotContain("data-province=\"VN-01\"").doesNotContain("data-organization=\"" + department + "\"");
        WebSession.Page home = officer.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"home-chart-tasks\"").contains("href=\"/reports/statistics\"");
    }
}
