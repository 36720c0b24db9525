package vn.theodoi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file as a stream of rows (POI's event API: the sheet's XML is parsed with
 * SAX, one row at a time, and no row is kept after it is handed over), so a sheet of 50,000 rows is read in a
 * few megabytes. The shared strings table (the sheet's distinct texts) waits in temporary files
 * ({@link DiskSharedStrings}), not on the heap; the styles table (cell formats) is in memory.
 *
 * <p>Only an XLSX workbook is read: a zip whose main part is a spreadsheet, not a macro-enabled one (XLSM),
 * with no VBA project inside. Zip bombs are refused by POI's {@code ZipSecureFile} (an entry inflating more
 * than 100 times its compressed size, or past {@link #MAX_ENTRY_BYTES}).
 */
public final class SheetReader {

    /** The most data rows a sheet may have. */
    public static final int MAX_ROWS = 100_000;
    /** The most columns read; further columns are ignored. */
    public static final int MAX_COLUMNS = 60;
    /** The longest cell text kept; longer text is cut (and refused by the field's own limit). */
    public static final int MAX_CELL_CHARS = 16_000;
    /** The largest a part of the zip may inflate to. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static {
        // One setting for the JVM: theodoi reads no other zip through POI.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** The file is not a readable XLSX workbook; the message key says why (400). */
    public static final class UnreadableSheet extends RuntimeException {

        private final String messageKey;

        UnreadableSheet(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** What a reader of rows is handed: the header row, then each data row that is not blank. */
    public interface Rows {

        void header(List<String> headers);

        /** {@code rowNumber}: the row's number as Excel shows it (the header is row 1). */
        void row(int rowNumber, List<String> cells);
    }

    private SheetReader() {
    }

    /** Reads only the header row. */
    public static List<String> headers(Path file) {
        List<String> found = new ArrayList<>();
        try {
            read(file, new Rows() {
                @Override
                public void header(List<String> headers) {
                    found.addAll(headers);
                    throw new Stop();
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                }
            });
        } catch (Stop enough) {
            // the header was all that was wanted
        }
        if (found.isEmpty()) {
            throw new UnreadableSheet("import.file.noHeader", null);
        }
        return found;
    }

    /** Reads the first sheet, row by row. */
    public static void read(Path file, Rows rows) {
        requireZip(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
                throw new UnreadableSheet(pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType())
                        .isEmpty() ? "import.file.notXlsx" : "import.file.macros", null);
            }
            if (!pkg.getPartsByContentType(XSSFRelation.VBA_MACROS.getContentType()).isEmpty()) {
                throw new UnreadableSheet("import.file.macros", null);
            }
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableSheet("import.file.noHeader", null);
            }
            try (DiskSharedStrings strings = DiskSharedStrings.of(pkg); InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop | UnreadableSheet passOn) {
            throw passOn;
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException notOoxml) {
            throw new UnreadableSheet("import.file.notXlsx", notOoxml);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException | IllegalStateException broken) {
            // POI reports a zip bomb as an IOException or IllegalStateException naming the inflation limit
            String text = String.valueOf(broken.getMessage()) + String.valueOf(broken.getCause());
            throw new UnreadableSheet(text.contains("Zip bomb") || text.contains("inflate")
                    || text.contains("max entry size") ? "import.file.zipBomb" : "import.file.unreadable", broken);
        }
    }

    private static void requireZip(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) != 4 || !Arrays.equals(head, ZIP_MAGIC)) {
                throw new UnreadableSheet("import.file.notXlsx", null);
            }
        } catch (IOException e) {
            throw new UnreadableSheet("import.file.unreadable", e);
        }
    }

    /** Thrown to stop reading early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Gathers one row's cells by column, hands the row over at its end and forgets it. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private String[] cells = new String[MAX_COLUMNS];
        private int width;
        private boolean headerSeen;
        private int dataRows;

        Collector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, null);
            width = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (width == 0) {
                return;
            }
            List<String> row = Arrays.asList(Arrays.copyOf(cells, width));
            if (!headerSeen) {
                headerSeen = true;
                rows.header(row);
                return;
            }
            if (++dataRows > MAX_ROWS) {
                throw new UnreadableSheet("import.file.tooManyRows", null);
            }
            rows.row(rowNum + 1, row);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null || formattedValue.isBlank()) {
                return;
            }
            int column = new CellReference(cellReference).getCol();
            if (column < MAX_COLUMNS) {
                cells[column] = formattedValue.length() > MAX_CELL_CHARS
                        ? formattedValue.substring(0, MAX_CELL_CHARS) : formattedValue;
                width = Math.max(width, column + 1);
            }
        }
    }

    /** Dates as ISO (2026-07-03) whatever the cell's display format, numbers as they are shown. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
                return day.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
