package vn.theodoi.reports.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import vn.theodoi.reports.internal.documents.ReviewContent.Block;
import vn.theodoi.reports.internal.documents.ReviewContent.Heading;
import vn.theodoi.reports.internal.documents.ReviewContent.Paragraph;
import vn.theodoi.reports.internal.documents.ReviewContent.Run;
import vn.theodoi.reports.internal.documents.ReviewContent.Table;

/**
 * Sets a review in Word (Apache POI XWPF) as Hướng dẫn 36-HD/VPTW lays it out: A4, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the header block as a borderless table
 * (issuing body 14 pt, its name bold; "ĐẢNG CỘNG SẢN VIỆT NAM" bold 15 pt underlined; place and
 * date italic 14 pt); "BÁO CÁO" bold 16 pt centred, the title bold 14 pt; the body 14 pt, justified,
 * first line indented 1 cm; tables 12 pt. The officials' own text to write is highlighted yellow.
 */
public final class DocxWriter {

    public static final String FONT = "Times New Roman";
    static final int BODY_PT = 14;
    static final int PARTY_PT = 15;
    static final int TYPE_PT = 16;
    static final int TABLE_PT = 12;
    // Twentieths of a point: 1 mm = 56.7 twips.
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;

    private DocxWriter() {
    }

    public static void write(ReviewContent content, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            header(doc, content.header());
            title(doc, content);
            for (Block block : content.body()) {
                if (block instanceof Heading h) {
                    heading(doc, h);
                } else if (block instanceof Paragraph p) {
                    paragraph(doc, p);
                } else if (block instanceof Table t) {
                    table(doc, t);
                }
            }
            closing(doc, content.closing());
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static void header(XWPFDocument doc, ReviewContent.Header h) {
        XWPFTable table = borderless(doc.createTable(1, 2));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");

        XWPFParagraph p = first(left);
        run(centered(p), h.bodyUpper(), BODY_PT, false, false);
        run(centered(left.addParagraph()), h.bodyLower(), BODY_PT, true, false);
        run(centered(left.addParagraph()), "*", BODY_PT, false, false);
        XWPFParagraph number = centered(left.addParagraph());
        run(number, h.numberLabel() + " ", BODY_PT, false, false);
        XWPFRun blank = run(number, h.numberBlank(), BODY_PT, false, false);
        blank.setTextHighlightColor("yellow");
        run(number, h.symbol(), BODY_PT, false, false);
        if (h.secrecyMark() != null) {
            XWPFRun mark = run(centered(left.addParagraph()), h.secrecyMark(), BODY_PT, true, false);
            CTBorder box = mark.getCTR().isSetRPr() ? mark.getCTR().getRPr().addNewBdr()
                    : mark.getCTR().addNewRPr().addNewBdr();
            box.setVal(STBorder.SINGLE);
            box.setSz(BigInteger.valueOf(8));
            box.setSpace(BigInteger.valueOf(2));
            box.setColor("000000");
        }

        XWPFRun party = run(centered(first(right)), h.party(), PARTY_PT, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = centered(right.addParagraph());
        date.setSpacingBefore(120);
        run(date, h.placeAndDate(), BODY_PT, false, true);
    }

    private static void title(XWPFDocument doc, ReviewContent content) {
        XWPFParagraph type = centered(doc.createParagraph());
        type.setSpacingBefore(360);
        run(type, content.documentType(), TYPE_PT, true, false);
        for (String line : content.titleLines()) {
            run(centered(doc.createParagraph()), line, BODY_PT, true, false);
        }
        XWPFParagraph rule = centered(doc.createParagraph());
        rule.setSpacingAfter(240);
        run(rule, "-----", BODY_PT, false, false);
    }

    private static void heading(XWPFDocument doc, Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(10).intValue());
        p.setSpacingBefore(120);
        p.setSpacingAfter(60);
        p.setKeepNext(true);
        run(p, h.text(), BODY_PT, true, false);
    }

    private static void paragraph(XWPFDocument doc, Paragraph paragraph) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(10).intValue());
        p.setSpacingAfter(120);
        for (Run r : paragraph.runs()) {
            XWPFRun run = run(p, r.text(), BODY_PT, false, r.placeholder());
            if (r.placeholder()) {
                run.setTextHighlightColor("yellow");
            }
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        int columns = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        fill(table.getRow(0), t.header(), true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.rows().size(); i++) {
            boolean total = t.totalRow() && i == t.rows().size() - 1;
            fill(table.getRow(i + 1), t.rows().get(i), total);
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = first(row.getCell(c));
            if (bold) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            run(p, cells.get(c), TABLE_PT, bold, false);
        }
    }

    private static void closing(XWPFDocument doc, ReviewContent.Closing c) {
        XWPFTable table = borderless(doc.createTable(1, 2));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        XWPFRun label = run(first(left), c.recipientsLabel(), BODY_PT, true, false);
        label.setUnderline(UnderlinePatterns.SINGLE);
        for (String r : c.recipients()) {
            run(left.addParagraph(), r, TABLE_PT, false, false);
        }
        run(centered(first(right)), c.signerAuthority(), BODY_PT, true, false);
        XWPFRun title = run(centered(right.addParagraph()), c.signerTitle(), BODY_PT, true, false);
        title.setTextHighlightColor("yellow");
        XWPFParagraph space = right.addParagraph();
        space.setSpacingBefore(1200);
        XWPFRun name = run(centered(space), c.signerName(), BODY_PT, true, false);
        name.setTextHighlightColor("yellow");
    }

    /** Millimetres in twentieths of a point (1 mm = 56.7 twips), rounded up. */
    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf((long) Math.ceil(millimetres * 567 / 10.0));
    }

    private static XWPFTable borderless(XWPFTable table) {
        table.setWidth("100%");
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static XWPFParagraph centered(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
