package vn.theodoi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 50,000-row sheet is read in bounded memory: a JVM of its own with a 32 MB heap reads every row through
 * {@link SheetReader}, while the same heap cannot even hold the sheet as a POI workbook in memory (the control,
 * so the budget is known to be tight). The sheet is written with POI's streaming writer, with shared strings
 * as Excel writes them. Nothing is timed.
 */
class SheetReaderMemoryTest {

    static final int ROWS = 50_000;
    static final String HEAP = "-Xmx32m";
    static Path sheet;

    @BeforeAll
    static void writeSheet() throws IOException {
        sheet = Files.createTempFile("import-50k-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(sheet)) {
            Sheet s = workbook.createSheet("Vụ án");
            Row header = s.createRow(0);
            String[] headers = {"Mã hồ sơ", "Loại", "Tên vụ án, vụ việc", "Tỉnh, thành phố", "Cơ quan thụ lý",
                "Sự kiện tố tụng", "Ngày sự kiện", "Mức độ nghiêm trọng", "Tóm tắt"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(String.format("VA-2026-DNG-%05d", r));
                row.createCell(1).setCellValue("Vụ án");
                row.createCell(2).setCellValue("Vụ án vi phạm quy định về đấu thầu số " + r + " tại Công ty giả định");
                row.createCell(3).setCellValue("Đà Nẵng");
                row.createCell(4).setCellValue("Cơ quan Cảnh sát điều tra Bộ Công an");
                row.createCell(5).setCellValue("Khởi tố vụ án");
                row.createCell(6).setCellValue("03/07/2025");
                row.createCell(7).setCellValue("Nghiêm trọng");
                row.createCell(8).setCellValue("Tóm tắt hồ sơ số " + r + ": nội dung giả định để dòng có độ dài"
                        + " như một dòng thật của tỉnh gửi lên.");
            }
            workbook.write(out);
        }
    }

    @AfterAll
    static void deleteSheet() throws IOException {
        Files.deleteIfExists(sheet);
    }

    record Run(int exit, String output) {
    }

    static Run fork(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                SheetReaderProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void fiftyThousandRowsStreamThroughA32MegabyteHeap() throws Exception {
        Run streamed = fork(sheet.toString());
        assertThat(streamed.exit()).as(streamed.output()).isZero();
        assertThat(streamed.output()).contains("headers=9").contains("rows=" + ROWS)
                .contains("last=" + (ROWS + 1) + ":Vụ án vi phạm quy định về đấu thầu số " + ROWS);
    }

    @Test
    void theSameHeapCannotHoldTheSheetAsAWorkbook() throws Exception {
        Run whole = fork(sheet.toString(), "dom");
        assertThat(whole.exit()).as(whole.output()).isNotZero();
        assertThat(whole.output()).contains("OutOfMemoryError");
    }
}
