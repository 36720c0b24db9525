package vn.theodoi.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.theodoi.imports.ImportOutcome;

/** The report of an import as XLSX (streaming SXSSF) or CSV, a chunk of rows at a time; and the sample sheet. */
@Component
class ReportFiles {

    private final ImportStore store;
    private final MessageSource messages;

    ReportFiles(ImportStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    void write(Long batchId, boolean csv, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of(msg("import.report.row", locale), msg("import.report.outcome", locale),
                msg("import.report.reason", locale), msg("import.report.code", locale),
                msg("import.report.name", locale), msg("import.report.target", locale));
        if (csv) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(csvLine(headers));
            each(batchId, locale, cells -> {
                try {
                    writer.write(csvLine(cells));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(msg("import.report.sheet", locale));
            int[] next = {0};
            fill(sheet.createRow(next[0]++), headers);
            each(batchId, locale, cells -> fill(sheet.createRow(next[0]++), cells));
            workbook.write(out);
        }
    }

    private void each(Long batchId, Locale locale, java.util.function.Consumer<List<String>> handle) {
        int after = 0;
        while (true) {
            List<ImportStore.StoredRow> rows = store.rows(batchId, null, false, after, 1000);
            if (rows.isEmpty()) {
                return;
            }
            for (ImportStore.StoredRow r : rows) {
                handle.accept(List.of(String.valueOf(r.rowNumber()), msg("import.outcome." + r.outcome(), locale),
                        r.outcome() == ImportOutcome.REFUSED ? ImportReasons.text(messages, r.reason(), r.arguments(),
                                locale) : "", r.code() == null ? "" : r.code(), r.title() == null ? "" : r.title(),
                        r.targetId() == null ? "" : r.targetId().toString()));
            }
            after = rows.get(rows.size() - 1).rowNumber();
        }
    }

    /** A sheet of fictional cases for the demo: most rows import, two show refusals. */
    static void sample(LocalDate today, OutputStream out) throws IOException {
        String[][] rows = {
            {"Mã hồ sơ", "Loại", "Tên vụ án, vụ việc", "Tỉnh, thành phố", "Cơ quan thụ lý", "Cấp theo dõi",
                "Sự kiện tố tụng", "Ngày sự kiện", "Mức độ nghiêm trọng"},
            {"", "Vụ án", "Vụ án vi phạm quy định về đấu thầu tại Công ty TNHH Thiết bị Sông Hàn (mẫu)", "Đà Nẵng",
                "Cơ quan Cảnh sát điều tra Bộ Công an", "3", "Khởi tố vụ án", today.minusMonths(2).toString(), "Rất nghiêm trọng"},
            {"", "Vụ việc", "Vụ việc sai phạm trong quản lý đất đai tại xã Hòa Phước (mẫu)", "Đà Nẵng", "", "3", "", ""},
            {"", "Vụ án", "Vụ án lợi dụng chức vụ tại Ban Quản lý dự án Cầu Sông Cái (mẫu)", "Hà Nội",
                "Cơ quan Cảnh sát điều tra Bộ Công an", "3", "Khởi tố vụ án", today.minusMonths(5).toString(), "Đặc biệt nghiêm trọng"},
            {"", "Vụ án", "Vụ án tham ô tài sản tại Công ty Cổ phần Vận tải Phương Nam (mẫu)", "Tỉnh Sông Lam",
                "", "3", "", ""},
            {"", "Vụ án", "Vụ án nhận hối lộ tại Chi cục Thuế khu vực Bắc Hải (mẫu)", "Hà Nội", "", "3",
                "Khởi tố vụ án", today.plusDays(10).toString(), "Nghiêm trọng"},
        };
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Vụ án, vụ việc");
            for (int i = 0; i < rows.length; i++) {
                fill(sheet.createRow(i), List.of(rows[i]));
            }
            workbook.write(out);
        }
    }

    private static void fill(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    private static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i);
            // a cell a spreadsheet would run as a formula is written as text
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
