package vn.theodoi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.Records;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/**
 * A province's sheet through the API on the embedded database: good rows, a bad row of each kind and
 * duplicates, checked row by row against what the rows were written to be; then the commit, once.
 */
@EmbeddedTest
class ImportsWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("Mã hồ sơ", "Loại", "Tên vụ án, vụ việc", "Tỉnh, thành phố",
            "Cơ quan thụ lý", "Sự kiện tố tụng", "Ngày sự kiện", "Mức độ nghiêm trọng");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired vn.theodoi.tasks.Tasks tasks;
    @Autowired JdbcTemplate jdbc;

    record Answer(int status, JsonNode body, String raw) {
    }

    Answer call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(), raw.startsWith("{") ? JSON.readTree(raw) : null, raw);
    }

    Answer upload(TheodoiUser as, byte[] sheet, String... params) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "danang.xlsx", XLSX, sheet)).param("sender", "BCD-48")
                .param("size", "1000").with(user(as)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return call(request);
    }

    static List<String> row(String code, String kind, String title, String province, String agency, String event,
            LocalDate date) {
        // a dated event needs the severity: the law counts the investigation's limit from it
        return java.util.Arrays.asList(code, kind, title, province, agency, event, date == null ? null
                : date.toString(), event == null ? null : "Nghiêm trọng");
    }

    @Test
    void everyRowIsJudgedAndTheValidOnesImportOnce() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix();
        String police = "Cơ quan Cảnh sát điều tra Bộ Công an";
        // two records the sheet meets: one it updates by code, one it repeats by title in the same province
        String existingCode = "VA-IMP-" + u.toUpperCase().replaceAll("[^A-Z0-9]", "");
        Long existing = records.create(specialist, new RecordForm(RecordKind.MATTER, existingCode,
                "Vụ việc cũ " + u, null, 2, TODAY.minusMonths(3), null, null, Clearance.UNCLASSIFIED, "BNCTW",
                "BNCTW-VAVV", "specialist", Set.of("VN-48"), Set.of(), Set.of(), Set.of(), null));
        records.create(specialist, new RecordForm(RecordKind.MATTER, null, "Vụ việc trùng " + u, null, 2,
                TODAY.minusMonths(3), null, null, Clearance.UNCLASSIFIED, "BNCTW", "BNCTW-VAVV", "specialist",
                Set.of("VN-48"), Set.of(), Set.of(), Set.of(), null));

        List<List<String>> sheet = new ArrayList<>();
        sheet.add(HEADERS);
        sheet.add(row(null, "Vụ án", "Vụ án mới " + u, "Đà Nẵng", police, "Khởi tố vụ án", TODAY.minusDays(60))); // 2
        sheet.add(row(null, "Vụ án", "Vụ án tỉnh lạ " + u, "Tỉnh Sông Lam", null, null, null));                   // 3
        sheet.add(row(null, "Vụ án", "Vụ án ngày tới " + u, "Đà Nẵng", police, "Khởi tố vụ án", TODAY.plusDays(10))); // 4
        sheet.add(row(null, "Vụ án", "Vụ án sai trình tự " + u, "Đà Nẵng", police, "Xét xử phúc thẩm",
                TODAY.minusDays(5)));                                                                                // 5
        sheet.add(row(null, "Vụ việc", "Vụ việc trùng " + u, "Đà Nẵng", null, null, null));                       // 6
        sheet.add(row(null, "Vụ án", "vụ án mới " + u, "da nang", police, "Khởi tố vụ án", TODAY.minusDays(60))); // 7
        sheet.add(row(existingCode, "Vụ việc", "Vụ việc cũ " + u + " (đã cập nhật)", "Đà Nẵng", police, null,
                null));                                                                                              // 8
        sheet.add(row(null, "Vụ án", null, "Đà Nẵng", null, null, null));                                          // 9
        sheet.add(row(null, "Vụ án", "Vụ án cơ quan lạ " + u, "Đà Nẵng", "Cơ quan không có", null, null));        // 10
        sheet.add(row(existingCode, "Vụ việc", "Vụ việc cũ lần hai " + u, "Đà Nẵng", null, null, null));           // 11
        sheet.add(row(null, "Vụ việc", "Vụ việc hai " + u, "Hà Nội", null, null, null));                          // 12

        Answer dry = upload(specialist, Sheets.xlsx(sheet));
        assertThat(dry.status()).as(dry.raw()).isEqualTo(201);
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (JsonNode r : dry.body().get("rows").get("content")) {
            outcomes.put(r.get("rowNumber").asInt(), r.get("outcome").asString());
            reasons.put(r.get("rowNumber").asInt(), r.get("reasonCode").isNull() ? null
                    : r.get("reasonCode").asString());
        }
        assertThat(outcomes).as(dry.raw()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(2, "CREATE"),
                Map.entry(3, "REFUSED"), Map.entry(4, "REFUSED"), Map.entry(5, "REFUSED"), Map.entry(6, "REFUSED"),
                Map.entry(7, "REFUSED"), Map.entry(8, "UPDATE"), Map.entry(9, "REFUSED"), Map.entry(10, "REFUSED"),
                Map.entry(11, "REFUSED"), Map.entry(12, "CREATE")));
        assertThat(reasons.get(3)).isEqualTo("import.row.unknownProvince");
        assertThat(reasons.get(4)).isEqualTo("import.row.futureDate");
        assertThat(reasons.get(5)).isEqualTo("import.row.eventRefused");
        assertThat(reasons.get(6)).isEqualTo("import.row.duplicateRecord");
        assertThat(reasons.get(7)).isEqualTo("import.row.duplicateInSheet");
        assertThat(reasons.get(9)).isEqualTo("import.row.missing");
        assertThat(reasons.get(10)).isEqualTo("import.row.unknownAgency");
        assertThat(reasons.get(11)).isEqualTo("import.row.duplicateInSheet");
        // refused rows come first, with their reason in words
        JsonNode first = dry.body().get("rows").get("content").get(0);
        assertThat(first.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(dry.raw()).contains("Tỉnh Sông Lam").contains("Trùng với dòng 2");
        JsonNode summary = dry.body().get("summary");
        assertThat(summary.get("rows").asInt()).isEqualTo(11);
        assertThat(summary.get("toCreate").asInt()).isEqualTo(2);
        assertThat(summary.get("toUpdate").asInt()).isEqualTo(1);
        assertThat(summary.get("refused").asInt()).isEqualTo(8);

        // nothing written by the dry run
        Long id = summary.get("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u + "%")).isEqualTo(2);

        Answer committed = call(MockMvcRequestBuilders.post("/api/v1/imports/" + id + "/commit").with(user(specialist))
                .with(csrf()));
        assertThat(committed.status()).as(committed.raw()).isEqualTo(200);
        assertThat(committed.body().get("status").asString()).isEqualTo("COMMITTED");
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u + "%")).isEqualTo(4);
        assertThat(records.data(specialist, existing).title()).isEqualTo("Vụ việc cũ " + u + " (đã cập nhật)");
        assertThat(jdbc.queryForObject("select count(*) from record_event e join oversight_record r on r.id ="
                + " e.record_id where r.title = ? and e.type = 'CASE_INITIATED'", Long.class, "Vụ án mới " + u))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_COMMITTED'"
                + " and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);

        Answer again = call(MockMvcRequestBuilders.post("/api/v1/imports/" + id + "/commit").with(user(specialist))
                .with(csrf()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().get("code").asString()).isEqualTo("import.alreadyCommitted");
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u + "%")).isEqualTo(4);

        // the report downloads, with each refusal's reason
        MvcResult csv = mvc.perform(MockMvcRequestBuilders.get("/api/v1/imports/" + id + "/report")
                .param("format", "csv").with(user(specialist))).andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv));
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Không có tỉnh, thành phố \"\"Tỉnh Sông Lam\"\"");
    }

    @Test
    void aSheetWhoseDataChangedSinceItsDryRunImportsNothing() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix();
        List<List<String>> sheet = List.of(HEADERS,
                row(null, "Vụ việc", "Vụ việc một " + u, "Đà Nẵng", null, null, null),
                row(null, "Vụ việc", "Vụ việc hai " + u, "Đà Nẵng", null, null, null));
        Answer dry = upload(specialist, Sheets.xlsx(sheet));
        assertThat(dry.status()).as(dry.raw()).isEqualTo(201);
        Long id = dry.body().get("summary").get("id").asLong();
        // meanwhile someone enters the second row's matter by hand
        records.create(specialist, new RecordForm(RecordKind.MATTER, null, "Vụ việc hai " + u, null, 2, TODAY, null,
                null, Clearance.UNCLASSIFIED, "BNCTW", "BNCTW-VAVV", "specialist", Set.of("VN-48"), Set.of(),
                Set.of(), Set.of(), null));
        Answer commit = call(MockMvcRequestBuilders.post("/api/v1/imports/" + id + "/commit").with(user(specialist))
                .with(csrf()));
        assertThat(commit.status()).as(commit.raw()).isEqualTo(422);
        assertThat(commit.body().get("code").asString()).isEqualTo("import.stale");
        assertThat(commit.body().get("detail").asString()).contains("3");
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u + "%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, id))
                .isEqualTo("DRY_RUN");
    }

    @Test
    void badInputIsAProblemAndAReaderMayNotImport() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        Answer notXlsx = upload(specialist, "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.raw()).contains("file");
        Answer wrongSender = call(MockMvcRequestBuilders.multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "a.xlsx", XLSX, Sheets.xlsx(List.of(HEADERS))))
                .param("sender", "BNCTW").with(user(specialist)).with(csrf()));
        assertThat(wrongSender.status()).isEqualTo(400);
        Answer unmapped = upload(specialist, Sheets.xlsx(List.of(List.of("A", "B"), List.of("x", "y"))));
        assertThat(unmapped.status()).isEqualTo(422);
        assertThat(unmapped.body().get("code").asString()).isEqualTo("import.mapping.incomplete");

        TheodoiUser auditor = users.loadUserByUsername("auditor");
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_DENIED'", Long.class);
        Answer denied = upload(auditor, Sheets.xlsx(List.of(HEADERS)));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(call(MockMvcRequestBuilders.get("/imports").with(user(auditor))).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_DENIED'", Long.class))
                .isEqualTo(before + 2);
    }

    @Test
    void theMappingIsKeptForTheSenderAndProposedAgain() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix();
        List<List<String>> sheet = List.of(List.of("Nội dung vụ việc", "Phân loại", "Địa bàn"),
                List.of("Vụ việc ghép cột " + u, "Vụ việc", "Đà Nẵng"));
        String mapping = "{\"Nội dung vụ việc\": \"RECORD_TITLE\", \"Phân loại\": \"RECORD_KIND\","
                + " \"Địa bàn\": \"RECORD_PROVINCE\"}";
        Answer first = upload(specialist, Sheets.xlsx(sheet), "mapping", mapping);
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.body().get("summary").get("toCreate").asInt()).isEqualTo(1);
        // next time, no mapping given: the sender's saved one (headers matched without diacritics)
        List<List<String>> next = List.of(List.of("NOI DUNG VU VIEC", "phan loai", "Dia ban"),
                List.of("Vụ việc ghép cột lần hai " + u, "Vụ việc", "Đà Nẵng"));
        Answer second = upload(specialist, Sheets.xlsx(next));
        assertThat(second.status()).as(second.raw()).isEqualTo(201);
        assertThat(second.body().get("summary").get("toCreate").asInt()).isEqualTo(1);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        Answer docs = call(MockMvcRequestBuilders.get("/v3/api-docs"));
        JsonNode paths = docs.body().get("paths");
        assertThat(paths.get("/api/v1/imports").get("post").get("requestBody").get("content")
                .has("multipart/form-data")).isTrue();
        assertThat(paths.has("/api/v1/imports/{id}/commit")).isTrue();
        assertThat(paths.has("/api/v1/imports/{id}/report")).isTrue();
    }

    @Test
    void theSampleSheetGoesThroughThePages() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        Answer page = call(MockMvcRequestBuilders.get("/imports").with(user(specialist)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("/imports/sample.xlsx").contains("Nhập dữ liệu từ Excel");
        MvcResult sample = mvc.perform(MockMvcRequestBuilders.get("/imports/sample.xlsx").with(user(specialist)))
                .andReturn();
        mvc.perform(MockMvcRequestBuilders.asyncDispatch(sample));
        byte[] sheet = sample.getResponse().getContentAsByteArray();
        assertThat(sheet).startsWith('P', 'K');

        Answer mapping = call(MockMvcRequestBuilders.multipart("/imports")
                .file(new MockMultipartFile("file", "mau.xlsx", XLSX, sheet)).param("kind", "RECORDS")
                .param("sender", "BCD-48").with(user(specialist)).with(csrf()));
        assertThat(mapping.status()).isEqualTo(200);
        // every column of the sample is proposed a field from its header
        java.util.regex.Matcher selected = java.util.regex.Pattern.compile("<option value=\"([A-Z_]+)\" selected")
                .matcher(mapping.raw());
        List<String> proposed = new ArrayList<>();
        while (selected.find()) {
            proposed.add(selected.group(1));
        }
        assertThat(proposed).containsExactly("RECORD_CODE", "RECORD_KIND", "RECORD_TITLE", "RECORD_PROVINCE",
                "RECORD_AGENCY", "RECORD_LEVEL", "RECORD_EVENT", "RECORD_EVENT_DATE", "RECORD_SEVERITY");
        String token = java.util.regex.Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"")
                .matcher(mapping.raw()).results().findFirst().orElseThrow().group(1);
        var dryRun = MockMvcRequestBuilders.post("/imports/dry-run").param("kind", "RECORDS")
                .param("sender", "BCD-48").param("token", token).param("fileName", "mau.xlsx")
                .param("keepMapping", "true").with(user(specialist)).with(csrf());
        for (int i = 0; i < proposed.size(); i++) {
            dryRun.param("field" + i, proposed.get(i));
        }
        List<String> headers = List.of("Mã hồ sơ", "Loại", "Tên vụ án, vụ việc", "Tỉnh, thành phố", "Cơ quan thụ lý",
                "Cấp theo dõi", "Sự kiện tố tụng", "Ngày sự kiện", "Mức độ nghiêm trọng");
        for (int i = 0; i < headers.size(); i++) {
            dryRun.param("header" + i, headers.get(i));
        }
        MvcResult done = mvc.perform(dryRun).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        String report = done.getResponse().getRedirectedUrl();
        Answer shown = call(MockMvcRequestBuilders.get(report).with(user(specialist)));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.raw()).contains("5 dòng: 3 tạo mới, 0 cập nhật, 2 bị từ chối")
                .contains("Không có tỉnh, thành phố").contains("ở tương lai");
        Answer english = call(MockMvcRequestBuilders.get(report).param("lang", "en").with(user(specialist)));
        assertThat(english.raw()).contains("5 rows: 3 to create, 0 to update, 2 refused");
        MvcResult committed = mvc.perform(MockMvcRequestBuilders.post(report + "/commit").with(user(specialist))
                .with(csrf())).andReturn();
        assertThat(committed.getResponse().getStatus()).isEqualTo(302);
        assertThat(call(MockMvcRequestBuilders.get(report).with(user(specialist))).raw()).contains("Đã nhập");
        // the upload page lists it among the recent imports, under the table's own headings
        String recent = call(MockMvcRequestBuilders.get("/imports").with(user(specialist))).raw();
        assertThat(recent).contains("mau.xlsx")
                .contains("<th>Tệp</th>", "<th>Trạng thái</th>", "<th>Số dòng</th>").doesNotContain("<th>Dòng</th>");
    }

    @Test
    void aSheetOfTasksIsJudgedRowByRow() throws Exception {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix();
        tasks.create(specialist, new vn.theodoi.tasks.TaskForm("Nhiệm vụ đã có " + u,
                vn.theodoi.tasks.TaskSourceType.AD_HOC, null, null, null, "BNCTW-VAVV", Set.of(), TODAY.plusMonths(1),
                null, List.of(), Set.of(), null, null, null, null));
        List<List<String>> sheet = List.of(List.of("Nội dung nhiệm vụ", "Đơn vị chủ trì", "Ngày giao", "Thời hạn"),
                java.util.Arrays.asList("Nhiệm vụ mới " + u, "BNCTW-VAVV", TODAY.minusDays(3).toString(),
                        TODAY.plusMonths(2).toString()),                                                          // 2
                java.util.Arrays.asList("Nhiệm vụ đơn vị lạ " + u, "Ban không có", null, null),                   // 3
                java.util.Arrays.asList("Nhiệm vụ giao ngày tới " + u, "BNCTW-VAVV", TODAY.plusDays(5).toString(),
                        null),                                                                                    // 4
                java.util.Arrays.asList("Nhiệm vụ đã có " + u, "BNCTW-VAVV", null, null),                          // 5
                java.util.Arrays.asList("Nhiệm vụ mới " + u, "BNCTW-VAVV", null, null));                           // 6
        Answer dry = upload(specialist, Sheets.xlsx(sheet), "kind", "TASKS");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(201);
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (JsonNode r : dry.body().get("rows").get("content")) {
            reasons.put(r.get("rowNumber").asInt(), r.get("reasonCode").isNull() ? r.get("outcome").asString()
                    : r.get("reasonCode").asString());
        }
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(2, "CREATE",
                3, "import.row.unknownOrganization", 4, "import.row.futureDate", 5, "import.row.duplicateTask",
                6, "import.row.duplicateInSheet"));
        Long id = dry.body().get("summary").get("id").asLong();
        Answer committed = call(MockMvcRequestBuilders.post("/api/v1/imports/" + id + "/commit").with(user(specialist))
                .with(csrf()));
        assertThat(committed.status()).as(committed.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from task where title = ?", Long.class, "Nhiệm vụ mới " + u))
                .isEqualTo(1);
    }
}
