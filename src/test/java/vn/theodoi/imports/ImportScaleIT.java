package vn.theodoi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * A 50,000-row sheet through the API on PostgreSQL, as a province would send it: written with POI's streaming
 * writer (shared strings, as Excel saves), uploaded and judged row by row (every row a new case whose event the
 * law allows), nothing written. The reading is bounded by design (a chunk of 500 rows at a time;
 * {@code SheetReaderMemoryTest} runs the reader in a 32 MB heap); here the whole dry run holds at that size. The
 * commit opens each chunk's new records in one call of the records module ({@code Records.createAll}: the same
 * checks, law and audit as the forms, written with multi-row inserts); on the shared 2-core test machine 50,000
 * cases with their event were committed in about 58 s (some 860 a second; one at a time it was about 15 a second).
 * Here it is run on 1,001 rows, three chunks of at most 500, in one transaction (the suite's time), and each record
 * created is audited with its event. Nothing is timed.
 */
@IntegrationTest
class ImportScaleIT {

    static final int ROWS = 50_000;
    static final int COMMITTED_ROWS = 1_001;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void fiftyThousandRowsAreJudged() throws Exception {
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        String u = Unique.suffix().toUpperCase().replaceAll("[^A-Z0-9]", "");
        Api.Response dry = dryRun(specialist, u, ROWS);
        assertThat(dry.body().get("summary").get("rows").asInt()).isEqualTo(ROWS);
        assertThat(dry.body().get("summary").get("toCreate").asInt()).isEqualTo(ROWS);
        assertThat(dry.body().get("summary").get("refused").asInt()).isZero();
        long id = dry.body().get("summary").get("id").asLong();
        assertThat(jdbc.queryForObject("select max(row_number) from import_row where batch_id = ?", Integer.class,
                id)).isEqualTo(ROWS + 1);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where code like ?", Long.class,
                "VA-" + u + "-%")).isZero();
    }

    @Test
    void rowsOfThreeChunksAreImportedInOneTransaction() throws Exception {
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        String u = Unique.suffix().toUpperCase().replaceAll("[^A-Z0-9]", "");
        Api.Response dry = dryRun(specialist, u, COMMITTED_ROWS);
        assertThat(dry.body().get("summary").get("toCreate").asInt()).isEqualTo(COMMITTED_ROWS);
        long id = dry.body().get("summary").get("id").asLong();
        Api.Response commit = specialist.post("/api/v1/imports/" + id + "/commit", Map.of());
        assertThat(commit.status()).as(commit.raw().body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where code like ?", Long.class,
                "VA-" + u + "-%")).isEqualTo(COMMITTED_ROWS);
        assertThat(jdbc.queryForObject("select count(*) from record_event e join oversight_record r on r.id ="
                + " e.record_id where r.code like ? and e.type = 'CASE_INITIATED'", Long.class, "VA-" + u + "-%"))
                .isEqualTo(COMMITTED_ROWS);
        assertThat(jdbc.queryForObject("select count(*) from import_row where batch_id = ? and target_id is null",
                Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry a join oversight_record r on a.target_id ="
                + " cast(r.id as varchar(128)) where r.code like ? and a.target_type = 'RECORD' and a.action in"
                + " ('RECORD_CREATED', 'RECORD_EVENT_ADDED')", Long.class, "VA-" + u + "-%"))
                .isEqualTo(2L * COMMITTED_ROWS);
    }

    private Api.Response dryRun(Api specialist, String u, int rows) throws Exception {
        LocalDate initiated = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);
        Path file = Files.createTempFile("import-scale-", ".xlsx");
        try {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
                    OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("Vụ án");
                String[] headers = {"Mã hồ sơ", "Loại", "Tên vụ án, vụ việc", "Tỉnh, thành phố", "Cơ quan thụ lý",
                    "Sự kiện tố tụng", "Ngày sự kiện", "Mức độ nghiêm trọng"};
                Row header = sheet.createRow(0);
                for (int i = 0; i < headers.length; i++) {
                    header.createCell(i).setCellValue(headers[i]);
                }
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(String.format("VA-%s-%05d", u, r));
                    row.createCell(1).setCellValue("Vụ án");
                    row.createCell(2).setCellValue("Vụ án giả định số " + r + " về đấu thầu " + u);
                    row.createCell(3).setCellValue("Đà Nẵng");
                    row.createCell(4).setCellValue("Cơ quan Cảnh sát điều tra Bộ Công an");
                    row.createCell(5).setCellValue("Khởi tố vụ án");
                    row.createCell(6).setCellValue(initiated.toString());
                    row.createCell(7).setCellValue("Nghiêm trọng");
                }
                workbook.write(out);
            }
            Api.Response dry = specialist.postFile("/api/v1/imports", Map.of("sender", "BCD-48", "size", "10"),
                    "file", "danang-" + rows + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            assertThat(dry.status()).as(dry.raw().body()).isEqualTo(201);
            return dry;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
