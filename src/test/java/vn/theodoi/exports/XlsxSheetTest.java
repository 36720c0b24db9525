package vn.theodoi.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.theodoi.exports.internal.XlsxSheet;
import vn.theodoi.exports.internal.XlsxSheet.Column;
import vn.theodoi.exports.internal.XlsxSheet.Type;

class XlsxSheetTest {

    private static Workbook written(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet("Vụ án, vụ việc", "Vụ án, vụ việc — Bộ lọc: tất cả",
                new Column("Mã hồ sơ", Type.TEXT), new Column("Hạn hiện tại", Type.DATE),
                new Column("Số tiền", Type.NUMBER), new Column("Cập nhật lúc", Type.DATE_TIME))) {
            sheet.row("VA-2026-0001", LocalDate.of(2026, 3, 9), 1_234_567_890L, LocalDateTime.of(2026, 3, 9, 14, 5));
            sheet.row("VA-2026-0002", null, null, null);
            for (int i = 2; i < rows; i++) {
                sheet.row("VA-" + i, LocalDate.of(2026, 1, 1).plusDays(i % 300), i, null);
            }
            assertThat(sheet.rows()).isEqualTo(rows);
            sheet.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void titleThenBoldFrozenHeaderThenRows() throws Exception {
        try (Workbook book = written(2)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Vụ án, vụ việc");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Vụ án, vụ việc — Bộ lọc: tất cả");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Cập nhật lúc");
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void datesAreExcelDatesShownDayMonthYear() throws Exception {
        try (Workbook book = written(2)) {
            var cell = book.getSheetAt(0).getRow(2).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            var time = book.getSheetAt(0).getRow(2).getCell(3);
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 14, 5));
        }
    }

    @Test
    void amountsAreNumbersWithThousandsSeparators() throws Exception {
        try (Workbook book = written(2)) {
            var cell = book.getSheetAt(0).getRow(2).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(1_234_567_890d);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void emptyValuesLeaveEmptyCells() throws Exception {
        try (Workbook book = written(2)) {
            var row = book.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("VA-2026-0002");
            assertThat(row.getCell(1)).isNull();
        }
    }

    @Test
    void manyRowsStreamPastTheWindow() throws Exception {
        try (Workbook book = written(5_000)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5_001);
            assertThat(sheet.getRow(5_001).getCell(0).getStringCellValue()).isEqualTo("VA-4999");
            assertThat(sheet.getRow(5_001).getCell(2).getNumericCellValue()).isEqualTo(4_999d);
        }
    }
}
