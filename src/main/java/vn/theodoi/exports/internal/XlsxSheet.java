package vn.theodoi.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a list, written streaming (SXSSF): a title row saying the list and its filters, a bold
 * header row frozen above the data, then one row per item. Only a small window of rows is in memory;
 * the rest goes to a compressed temporary file, so 200,000 rows take the memory of 100. Dates are
 * real Excel dates shown dd/mm/yyyy, amounts and counts are numbers shown #,##0, texts are texts.
 * Every list export writes through this class.
 */
public final class XlsxSheet implements AutoCloseable {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    static final int WINDOW = 100;
    /** Excel's limit on a cell's text. */
    private static final int MAX_TEXT = 32_767;

    /** What a column holds: how its cells are written and shown. */
    public enum Type {
        TEXT(18), DATE(12), DATE_TIME(17), NUMBER(12), LONG_TEXT(50);

        final int width;

        Type(int width) {
            this.width = width;
        }
    }

    /** A column: its header and what it holds. */
    public record Column(String header, Type type) {
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Column[] columns;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle number;
    private int next;

    public XlsxSheet(String sheetName, String title, Column... columns) {
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.columns = columns;
        this.sheet = workbook.createSheet(safeSheetName(sheetName));
        var format = workbook.getCreationHelper().createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("dd/mm/yyyy hh:mm:ss"));
        number = workbook.createCellStyle();
        number.setDataFormat(format.getFormat("#,##0"));

        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle titleStyle = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        titleStyle.setFont(big);
        Row titleRow = sheet.createRow(next++);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(text(title));
        titleCell.setCellStyle(titleStyle);
        if (columns.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        }
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns[i].header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, columns[i].type().width * 256);
        }
        sheet.createFreezePane(0, next);
    }

    /** Adds a row: values in the columns' order; null leaves a cell empty. */
    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.length && i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(text(value.toString()));
            }
        }
    }

    /** Rows written below the header. */
    public int rows() {
        return next - 2;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    private static String text(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        String safe = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return safe.isEmpty() ? "Sheet1" : safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
