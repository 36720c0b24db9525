package vn.theodoi.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Sheets for the import tests, written with POI's streaming writer (as a province's office software would). */
final class Sheets {

    private Sheets() {
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }

    static void write(Iterable<List<String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            int n = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null && !cells.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            workbook.write(out);
        }
    }
}
