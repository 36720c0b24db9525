package vn.theodoi.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import tools.jackson.databind.JsonNode;
import vn.theodoi.exports.internal.ExportRunner;
import vn.theodoi.exports.internal.ExportTasks;
import vn.theodoi.shared.JobScheduler;
import vn.theodoi.support.Api;
import vn.theodoi.support.ExportFiles;
import vn.theodoi.support.ExportFiles.Exported;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * Exports of the six lists on PostgreSQL, read back from the XLSX: the rows are the list's rows for
 * the filter and the reader (an item out of the reader's reach is absent), the headers are the
 * list's; the audit log has the start, the completion and the download; nobody else can download the
 * file (404, audited); the file waits in the owner's inbox; a job queued while no scheduler polled is
 * run by a scheduler started afterwards.
 */
@IntegrationTest
class ExportsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired JobScheduler jobScheduler;
    @Autowired ExportRunner runner;
    @Autowired DataSource dataSource;
    @Autowired vn.theodoi.exports.internal.PreparedFiles files;
    @Autowired vn.theodoi.access.Users users;

    final String marker = "XK" + Unique.suffix();

    Api as(String username) {
        return new Api(port).as(username, IntegrationTest.DEMO_PASSWORD);
    }

    long record(Api api, String name, String classification) {
        return RecordFixtures.create(api, RecordFixtures.record("Hồ sơ xuất " + marker + " " + name, "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), classification, List.of())).get("id").asLong();
    }

    String code(long recordId) {
        return jdbc.queryForObject("select code from oversight_record where id = ?", String.class, recordId);
    }

    List<Map<String, Object>> audited(String id) {
        return jdbc.queryForList("select actor, action, outcome, details from audit_entry where target_type ="
                + " 'PREPARED_FILE' and target_id = ? order by id", id);
    }

    @Test
    void theRecordsListExportsItsRowsForTheReaderWithTheListsColumns() {
        Api leader = as("leader");
        long open = record(leader, "A", "UNCLASSIFIED");
        long secret = record(leader, "B", "TOP_SECRET");
        long third = record(leader, "C", "UNCLASSIFIED");

        Exported all = ExportFiles.export(leader, "records", Map.of("q", marker));
        assertThat(all.title()).startsWith("Vụ án, vụ việc — Bộ lọc: Tìm kiếm (không cần dấu): " + marker);
        assertThat(all.header()).startsWith("Mã hồ sơ", "Tên vụ án, vụ việc", "Loại", "Cấp theo dõi", "Giai đoạn",
                "Hạn hiện tại");
        assertThat(all.column("Mã hồ sơ")).containsExactlyInAnyOrder(code(open), code(secret), code(third));
        assertThat(all.column("Độ mật")).containsExactlyInAnyOrder("Tuyệt mật", "Thường", "Thường");
        assertThat(all.column("Địa phương")).containsOnly("Hà Nội");
        assertThat(all.status().get("done").asLong()).isEqualTo(3);
        assertThat(all.status().get("fileName").asString()).matches("vu-an-vu-viec-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

        // the specialist's list: the top secret record is out of their reach, so out of their file
        Exported specialists = ExportFiles.export(as("specialist"), "records", Map.of("q", marker));
        assertThat(specialists.column("Mã hồ sơ")).containsExactlyInAnyOrder(code(open), code(third));

        // a filter narrows the file as it narrows the list
        Exported secretOnly = ExportFiles.export(leader, "records", Map.of("q", marker,
                "classification", "TOP_SECRET"));
        assertThat(secretOnly.column("Mã hồ sơ")).containsExactly(code(secret));
        assertThat(secretOnly.title()).contains("Độ mật: Tuyệt mật");
    }

    @Test
    void inEnglishTheHeadersAreEnglish() {
        Api leader = as("leader").inLanguage("en");
        record(leader, "E", "UNCLASSIFIED");
        Exported file = ExportFiles.export(leader, "records", Map.of("q", marker));
        assertThat(file.title()).startsWith("Cases and matters — Filters: ");
        assertThat(file.header()).startsWith("Code", "Case or matter", "Kind");
        assertThat(file.status().get("fileName").asString()).startsWith("records-");
    }

    @Test
    void exportsAreAuditedAndNobodyElseCanSeeOrDownloadTheFile() {
        Api leader = as("leader");
        record(leader, "F", "UNCLASSIFIED");
        record(leader, "G", "UNCLASSIFIED");
        Exported file = ExportFiles.export(leader, "records", Map.of("q", marker, "level", "2"));

        List<Map<String, Object>> lines = audited(file.id());
        assertThat(lines).extracting(l -> l.get("action")).containsExactly("EXPORT_STARTED", "EXPORT_COMPLETED",
                "EXPORT_DOWNLOADED");
        assertThat(lines).extracting(l -> l.get("actor")).containsOnly("leader");
        assertThat((String) lines.get(0).get("details")).contains("list=records", "fLevel=2", "fQ=" + marker);
        assertThat((String) lines.get(1).get("details")).contains("list=records", "rows=2", "fLevel=2");

        Api specialist = as("specialist");
        assertThat(specialist.get("/api/v1/exports/" + file.id()).status()).isEqualTo(404);
        HttpResponse<byte[]> theirs = ExportFiles.download(specialist, file.id());
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT_ACCESS_DENIED'"
                + " and actor = 'specialist' and target_id = ? and outcome = 'DENIED'", Long.class, file.id()))
                .isEqualTo(2);

        HttpResponse<byte[]> own = ExportFiles.download(leader, file.id());
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''vu-an-vu-viec-");
        assertThat(own.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(own.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theFileWaitsInTheOwnersInboxWithAWorkingLink() {
        Api leader = as("leader");
        record(leader, "H", "UNCLASSIFIED");
        Exported file = ExportFiles.export(leader, "records", Map.of("q", marker));

        JsonNode inbox = leader.get("/api/v1/notifications?size=50").body();
        JsonNode item = null;
        for (JsonNode n : inbox.get("content")) {
            if (("/exports/" + file.id()).equals(n.get("link").asString())) {
                item = n;
            }
        }
        assertThat(item).as("inbox %s", inbox).isNotNull();
        assertThat(item.get("kind").asString()).isEqualTo("FILE_READY");
        assertThat(item.get("title").asString()).startsWith("Tệp đã sẵn sàng: vu-an-vu-viec-");

        WebSession web = new WebSession(port).logIn("leader", IntegrationTest.DEMO_PASSWORD);
        WebSession.Page page = web.get("/exports/" + file.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"export-download\"", "/exports/" + file.id() + "/file", "Đã xong");
        assertThat(web.get("/exports/" + file.id() + "/status").body()).contains("\"status\":\"DONE\"");
        WebSession other = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD);
        assertThat(other.get("/exports/" + file.id()).status()).isEqualTo(404);
        assertThat(other.get("/exports/" + file.id() + "/file").status()).isEqualTo(404);
    }

    @Test
    void theListPagesButtonStartsAnExportOfThePagesFilters() {
        record(as("leader"), "I", "UNCLASSIFIED");
        WebSession web = new WebSession(port).logIn("leader", IntegrationTest.DEMO_PASSWORD);
        WebSession.Page list = web.get("/records?q=" + marker + "&page=0");
        assertThat(list.body()).contains("id=\"export-records\"", "value=\"q=" + marker + "&amp;page=0\"");
        WebSession.Page started = web.post("/exports", Map.of("kind", "records", "query", "q=" + marker + "&page=0"));
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/exports/");
        String id = started.location().substring(started.location().lastIndexOf('/') + 1);
        JsonNode status = ExportFiles.waitUntilFinished(as("leader"), id, Duration.ofSeconds(60));
        assertThat(status.get("status").asString()).isEqualTo("DONE");
        assertThat(status.get("done").asLong()).isEqualTo(1);
        for (String list2 : List.of("/tasks", "/proposals", "/inspections", "/situations")) {
            assertThat(web.get(list2).body()).as(list2).contains("id=\"export-" + list2.substring(1) + "\"",
                    "Xuất Excel");
        }
    }

    @Test
    void anUnknownListOrAnUnreadableFilterIsABadRequest() {
        Api leader = as("leader");
        Api.Response unknown = leader.post("/api/v1/exports", Map.of("kind", "salaries", "params", Map.of()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("code").asString()).isEqualTo("exports.invalid.kind");
        Api.Response unreadable = leader.post("/api/v1/exports", Map.of("kind", "records",
                "params", Map.of("level", "cao")));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body().get("code").asString()).isEqualTo("exports.invalid.params");
        assertThat(leader.get("/api/v1/exports/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void tasksProposalsInspectionsAndHotSpotsExportTheirListsRows() {
        Api leader = as("leader");
        Api.Response task = leader.post("/api/v1/tasks", Map.of("title", "Nhiệm vụ xuất " + marker,
                "sourceType", "AD_HOC", "leadOrganizationCode", "BNCTW-VAVV"));
        assertThat(task.status()).as(task.raw().body()).isEqualTo(201);
        Exported tasks = ExportFiles.export(leader, "tasks", Map.of("q", marker));
        assertThat(tasks.header()).startsWith("Mã nhiệm vụ", "Nội dung nhiệm vụ", "Nguồn");
        assertThat(tasks.column("Nội dung nhiệm vụ")).containsExactly("Nhiệm vụ xuất " + marker);
        assertThat(tasks.column("Mã nhiệm vụ")).containsExactly(task.body().get("code").asString());

        Map<String, Object> proposal = new HashMap<>();
        proposal.put("type", "PROPOSAL");
        proposal.put("senderOrganizationCode", "BCD-79");
        proposal.put("referenceNumber", "Số 15-CV/BCĐ");
        proposal.put("receivedDate", TODAY.minusDays(2).toString());
        proposal.put("subject", "Kiến nghị xuất " + marker);
        proposal.put("classification", "UNCLASSIFIED");
        Api.Response proposed = leader.post("/api/v1/proposals", proposal);
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        Exported proposals = ExportFiles.export(leader, "proposals", Map.of("q", marker));
        assertThat(proposals.header()).startsWith("Số, ký hiệu", "Trích yếu", "Loại", "Nơi gửi", "Ngày nhận");
        assertThat(proposals.column("Trích yếu")).containsExactly("Kiến nghị xuất " + marker);
        assertThat(proposals.column("Ngày nhận")).containsExactly(TODAY.minusDays(2).atStartOfDay().toString());

        Map<String, Object> plan = new HashMap<>();
        plan.put("kind", "INSPECTION");
        plan.put("subject", "Kiểm tra xuất " + marker);
        plan.put("targetOrganizationCode", "BCD-40");
        plan.put("ownerUnitCode", "BNCTW-DP1");
        plan.put("periodStart", TODAY.minusDays(5).toString());
        plan.put("periodEnd", TODAY.plusDays(5).toString());
        Api.Response planned = leader.post("/api/v1/inspections", plan);
        assertThat(planned.status()).as(planned.raw().body()).isEqualTo(201);
        Exported inspections = ExportFiles.export(leader, "inspections", Map.of("q", marker));
        assertThat(inspections.header()).startsWith("Từ ngày", "Đến ngày", "Nội dung", "Loại");
        assertThat(inspections.column("Nội dung")).containsExactly("Kiểm tra xuất " + marker);
        assertThat(inspections.column("Số kiến nghị")).containsExactly("0");

        Map<String, Object> hotSpot = new HashMap<>();
        hotSpot.put("type", "MASS_GATHERING");
        hotSpot.put("provinceCode", "VN-01");
        hotSpot.put("place", "Trụ sở UBND xã " + marker);
        hotSpot.put("occurredOn", TODAY.minusDays(3).toString());
        hotSpot.put("scale", "khoảng 120 người");
        hotSpot.put("severity", 2);
        hotSpot.put("summary", "Người dân tập trung kiến nghị " + marker);
        Api.Response reported = leader.post("/api/v1/situations", hotSpot);
        assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
        Exported situations = ExportFiles.export(leader, "situations", Map.of("q", marker));
        assertThat(situations.header()).startsWith("Ngày xảy ra", "Tỉnh, thành phố", "Địa điểm");
        assertThat(situations.column("Địa điểm")).containsExactly("Trụ sở UBND xã " + marker);
        assertThat(situations.column("Mức độ")).containsExactly("2");
    }

    @Test
    void theAuditLogIsExportedForAuditorsOnly() {
        Api leader = as("leader");
        record(leader, "J", "UNCLASSIFIED");
        Exported records = ExportFiles.export(leader, "records", Map.of("q", marker));

        Exported log = ExportFiles.export(as("auditor"), "audit", Map.of("targetType", "PREPARED_FILE",
                "targetId", records.id()));
        assertThat(log.header()).startsWith("Thời điểm", "Người thực hiện", "Hành động");
        // newest first, as the audit page
        assertThat(log.column("Hành động")).containsExactly("EXPORT_DOWNLOADED", "EXPORT_COMPLETED",
                "EXPORT_STARTED");

        Api.Response refused = leader.post("/api/v1/exports", Map.of("kind", "audit", "params", Map.of()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT_DENIED'"
                + " and actor = 'leader' and outcome = 'DENIED'", Long.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aJobWhoseOwnerIsDisabledOrGoneWhenItRunsFails() {
        String username = "xk_" + Unique.suffix().toLowerCase();
        users.create(new vn.theodoi.access.UserForm(username, "Người Xuất Thử", null, "BNCTW-VAVV",
                java.util.Set.of(vn.theodoi.access.Role.SPECIALIST), vn.theodoi.access.Clearance.UNCLASSIFIED, true,
                "Xuat-Thu-Passw0rd-2026", null));
        Api person = new Api(port).as(username, "Xuat-Thu-Passw0rd-2026");
        Scheduler running = jobScheduler.scheduler();
        running.pause();
        String id;
        try {
            id = ExportFiles.start(person, "records", Map.of("q", marker));
            var account = users.byUsername(username);
            users.update(username, new vn.theodoi.access.UserForm(username, account.fullName(), null, "BNCTW-VAVV",
                    java.util.Set.of(vn.theodoi.access.Role.SPECIALIST), vn.theodoi.access.Clearance.UNCLASSIFIED,
                    false, null, account.version()));
        } finally {
            running.resume();
            running.triggerCheckForDueExecutions();
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            status = jdbc.queryForObject("select status from prepared_file where id = ?::uuid", String.class, id);
        } while (!status.equals("FAILED") && !status.equals("DONE") && System.nanoTime() < until);
        assertThat(status).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select failure from prepared_file where id = ?::uuid", String.class, id))
                .isEqualTo("exports.failed.account");
        assertThat(jdbc.queryForObject("select count(*) from prepared_file_chunk where file_id = ?::uuid", Long.class,
                id)).isZero();
        assertThat(audited(id)).extracting(l -> l.get("action")).containsExactly("EXPORT_STARTED", "EXPORT_FAILED");
    }

    @Test
    void filesPastTheirExpiryAreRemovedByTheCleanup() {
        Api leader = as("leader");
        record(leader, "L", "UNCLASSIFIED");
        Exported kept = ExportFiles.export(leader, "records", Map.of("q", marker));
        Exported expired = ExportFiles.export(leader, "records", Map.of("q", marker));
        jdbc.update("update prepared_file set expires_at = now() - interval '1 minute' where id = ?::uuid",
                expired.id());

        assertThat(files.removeExpired(java.time.Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from prepared_file where id = ?::uuid", Long.class,
                expired.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from prepared_file_chunk where file_id = ?::uuid", Long.class,
                expired.id())).isZero();
        assertThat(ExportFiles.download(leader, expired.id()).statusCode()).isEqualTo(404);
        assertThat(ExportFiles.download(leader, kept.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void aJobQueuedWhileNoSchedulerPolledIsRunByASchedulerStartedLater() throws Exception {
        Api leader = as("leader");
        record(leader, "K", "UNCLASSIFIED");
        Scheduler running = jobScheduler.scheduler();
        running.pause();
        Scheduler fresh = null;
        try {
            String id = ExportFiles.start(leader, "records", Map.of("q", marker));
            Thread.sleep(2_000);
            assertThat(jdbc.queryForObject("select status from prepared_file where id = ?::uuid", String.class, id))
                    .isEqualTo("QUEUED");
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?"
                    + " and task_instance = ?", Long.class, ExportTasks.PREPARE, id)).isEqualTo(1);

            // as after a restart: a new scheduler over the same table, knowing the task
            fresh = Scheduler.create(dataSource, ExportTasks.prepare(runner)).pollingInterval(Duration.ofMillis(500))
                    .threads(1).tableName("scheduled_tasks").build();
            fresh.start();
            JsonNode status = ExportFiles.waitUntilFinished(leader, id, Duration.ofSeconds(60));
            assertThat(status.get("status").asString()).isEqualTo("DONE");
            assertThat(status.get("done").asLong()).isEqualTo(1);
        } finally {
            if (fresh != null) {
                fresh.stop();
            }
            running.resume();
        }
    }
}
