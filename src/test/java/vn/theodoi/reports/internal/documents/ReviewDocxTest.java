package vn.theodoi.reports.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import vn.theodoi.access.Clearance;

/**
 * The review in Word, opened again with POI: the header block of Hướng dẫn 36-HD/VPTW, fonts and
 * sizes, page and margins, the hand-made figures in sentences, the secrecy mark, the placeholders,
 * and the whole structure against a reference written by hand.
 */
class ReviewDocxTest {

    private final ReviewComposer composer = new ReviewComposer(ReviewFixtures.messages());

    private XWPFDocument docx(Clearance secrecy, IssuingBody issuer, LocalDate today) throws IOException {
        ReviewContent content = composer.review(issuer, today, secrecy, ReviewFixtures.figures(),
                ReviewFixtures.levelOne());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(content, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private XWPFDocument review() throws IOException {
        return docx(Clearance.SECRET, ReviewFixtures.CENTRAL, ReviewFixtures.TODAY);
    }

    @Test
    void headerBlockNamesTheIssuingBodyTheNumberThePartyAndThePlaceAndDate() throws IOException {
        try (XWPFDocument doc = review()) {
            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertThat(texts(left)).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN NỘI CHÍNH", "*",
                    "Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BNCTW", "TỐI MẬT");
            assertThat(texts(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 28 tháng 11 năm 2026");
            // Borderless: a header block, not a grid.
            assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);

            XWPFRun upper = left.getParagraphs().get(0).getRuns().get(0);
            assertThat(upper.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(upper.isBold()).isFalse();
            XWPFRun body = left.getParagraphs().get(1).getRuns().get(0);
            assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(body.isBold()).isTrue();
            XWPFRun blank = left.getParagraphs().get(3).getRuns().get(1);
            assertThat(blank.getTextHighlightColor().toString()).isEqualTo("yellow");
            XWPFRun mark = left.getParagraphs().get(4).getRuns().get(0);
            assertThat(mark.isBold()).isTrue();
            assertThat(mark.getCTR().getRPr().getBdrList()).hasSize(1);

            XWPFRun party = right.getParagraphs().get(0).getRuns().get(0);
            assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(party.isBold()).isTrue();
            assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            XWPFRun date = right.getParagraphs().get(1).getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void documentTypeAndTitleAreCentredBoldAtTheirSizes() throws IOException {
        try (XWPFDocument doc = review()) {
            XWPFParagraph type = paragraph(doc, "BÁO CÁO");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            assertThat(type.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFParagraph title = paragraph(doc, "6 tháng đầu năm 2026");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void everyRunIsTimesNewRomanAndTheBodyIs14PointJustifiedWithAFirstLineIndent() throws IOException {
        try (XWPFDocument doc = review()) {
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).hasSizeGreaterThan(100);
            assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));

            XWPFParagraph sentence = paragraph(doc, "Các cơ quan tiến hành tố tụng");
            assertThat(sentence.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(sentence.getIndentationFirstLine()).isGreaterThanOrEqualTo(560);
            assertThat(sentence.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void pageIsA4WithTheMarginsOf36HD() throws IOException {
        try (XWPFDocument doc = review()) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            // A4 in twentieths of a point: 210 x 297 mm.
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            // 1 mm = 56.7 twips: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
            assertThat(mm(margins.getTop())).isBetween(20.0, 25.0);
            assertThat(mm(margins.getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(margins.getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(margins.getRight())).isBetween(15.0, 20.0);
        }
    }

    @Test
    void figuresReadAsSentencesInVietnameseNotation() throws IOException {
        try (XWPFDocument doc = review()) {
            String text = allText(doc);
            assertThat(text).contains("Các cơ quan tiến hành tố tụng đã khởi tố mới 12 vụ/45 bị can; truy tố 8 vụ/30 bị can;"
                    + " xét xử sơ thẩm 6 vụ/25 bị cáo, phúc thẩm 2 vụ/5 bị cáo; kết thúc xử lý 3 vụ việc.");
            assertThat(text).contains("Thiệt hại được xác định 10.000.000.000 đồng; đã thu hồi 1.234.567.890 đồng, đạt 12,3%.");
            assertThat(text).contains("Trong kỳ có 43 thời hạn tố tụng đến hạn: 40 thời hạn được thực hiện đúng hạn, 3 thời hạn quá hạn.");
            assertThat(text).contains("Tiếp nhận 11 đề xuất, xin ý kiến: trả lời đúng hạn 7; trả lời quá hạn 1;"
                    + " đang xử lý trong hạn 2; quá hạn chưa trả lời 1.");
            assertThat(text).contains("Kết thúc 4 cuộc kiểm tra, giám sát; đang tiến hành 2 cuộc. Theo dõi thực hiện 7 kiến nghị:");
            assertThat(text).contains("Phát sinh 5 điểm nóng, trong đó: Tập trung đông người 3; Khiếu nại, tố cáo kéo dài 2.");
            assertThat(text).contains("Cấp độ 1: 30 vụ án, vụ việc tại thời điểm cuối kỳ (đưa vào trong kỳ 5, đưa ra 2).");
            assertThat(text).contains("Tổng số 18 nhiệm vụ: hoàn thành đúng hạn 10; hoàn thành quá hạn 2;"
                    + " đang thực hiện trong hạn 5; chưa hoàn thành, quá hạn 1.");
        }
    }

    @Test
    void tablesHoldTheFiguresTheLevelOneRecordsAndTheTasksByOrganizationWithTotals() throws IOException {
        try (XWPFDocument doc = review()) {
            XWPFTable results = table(doc, "Nội dung");
            assertThat(row(results, 1)).containsExactly("Khởi tố", "12", "45");
            assertThat(row(results, 4)).containsExactly("Xét xử phúc thẩm", "2", "5");
            XWPFTable levelOne = table(doc, "Mã");
            assertThat(levelOne.getRows()).hasSize(3);
            assertThat(row(levelOne, 1)).containsExactly("1", "VA-2025-0001",
                    "Vụ án vi phạm quy định về đấu thầu tại Công ty Thừa Thiên Huế", "Điều tra", "15/12/2026", "Trong hạn");
            assertThat(row(levelOne, 2)).containsExactly("2", "VA-2025-0002", "Vụ án tham ô tài sản tại Đắk Lắk",
                    "Chuẩn bị xét xử sơ thẩm", "20/11/2026", "Quá hạn");
            XWPFTable tasks = table(doc, "Đơn vị chủ trì");
            assertThat(row(tasks, 1)).containsExactly("1", "Vụ Theo dõi xử lý các vụ án", "6", "1", "3", "1", "11");
            assertThat(row(tasks, 2)).containsExactly("2", "Ủy ban Kiểm tra Trung ương", "4", "1", "2", "0", "7");
            assertThat(row(tasks, 3)).containsExactly("", "Tổng cộng", "10", "2", "5", "1", "18");
            assertThat(tasks.getRow(3).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            XWPFTable hotSpots = table(doc, "Tỉnh, thành phố");
            assertThat(row(hotSpots, 1)).containsExactly("1", "Đắk Lắk", "3");
        }
    }

    @Test
    void theUnitsOwnAssessmentIsAHighlightedPlaceholder() throws IOException {
        try (XWPFDocument doc = review()) {
            XWPFParagraph placeholder = paragraph(doc, "[Đánh giá của đơn vị: ưu điểm");
            assertThat(placeholder.getRuns().get(0).getTextHighlightColor().toString()).isEqualTo("yellow");
        }
    }

    @Test
    void unclassifiedReportsCarryNoSecrecyMarkAndTheOtherLevelsTheirOwn() throws IOException {
        try (XWPFDocument doc = docx(Clearance.UNCLASSIFIED, ReviewFixtures.CENTRAL, ReviewFixtures.TODAY)) {
            assertThat(texts(doc.getTables().get(0).getRow(0).getCell(0))).hasSize(4)
                    .noneMatch(t -> t.contains("MẬT"));
        }
        try (XWPFDocument doc = docx(Clearance.CONFIDENTIAL, ReviewFixtures.CENTRAL, ReviewFixtures.TODAY)) {
            assertThat(texts(doc.getTables().get(0).getRow(0).getCell(0))).last().isEqualTo("MẬT");
        }
        try (XWPFDocument doc = docx(Clearance.TOP_SECRET, ReviewFixtures.CENTRAL, ReviewFixtures.TODAY)) {
            assertThat(texts(doc.getTables().get(0).getRow(0).getCell(0))).last().isEqualTo("TUYỆT MẬT");
        }
    }

    @Test
    void aProvincialReportIsIssuedByTheProvincesCommitteeWithTheProvinceAsPlaceAndLeadingZerosInTheDate()
            throws IOException {
        try (XWPFDocument doc = docx(Clearance.UNCLASSIFIED, ReviewFixtures.DAK_LAK, LocalDate.of(2027, 2, 5))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(texts(header.getRow(0).getCell(0))).startsWith("TỈNH ỦY ĐẮK LẮK", "BAN NỘI CHÍNH");
            assertThat(texts(header.getRow(0).getCell(1))).contains("Đắk Lắk, ngày 05 tháng 02 năm 2027");
            assertThat(allText(doc)).contains("Ban Nội chính Tỉnh ủy Đắk Lắk báo cáo kết quả");
        }
    }

    @Test
    void theTitleFollowsFromThePeriod() {
        assertThat(composer.periodPhrase(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo("6 tháng đầu năm 2026");
        assertThat(composer.periodPhrase(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("6 tháng cuối năm 2026");
        assertThat(composer.periodPhrase(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("năm 2026");
        assertThat(composer.periodPhrase(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 15)))
                .isEqualTo("từ ngày 01/03/2026 đến ngày 15/05/2026");
        assertThat(composer.reviewTitle(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))).startsWith("Sơ kết");
        assertThat(composer.reviewTitle(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31))).startsWith("Sơ kết");
        assertThat(composer.reviewTitle(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).startsWith("Tổng kết");
        assertThat(composer.reviewTitle(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 15))).startsWith("Kết quả");
    }

    /** The header block, the title, the headings and the tables' header rows, against a reference written by hand. */
    @Test
    void structureMatchesTheReference() throws IOException {
        String expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/reports/review-structure.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (XWPFDocument doc = review()) {
            assertThat(structure(doc)).isEqualTo(expected.strip());
        }
    }

    /** The outline of a review: what the reference file lists, one line each. */
    static String structure(XWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        List<IBodyElement> elements = doc.getBodyElements();
        boolean pastRule = false;
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement element = elements.get(i);
            if (element instanceof XWPFTable table) {
                if (i == 0) {
                    lines.add("HEADER LEFT: " + String.join(" / ", texts(table.getRow(0).getCell(0))));
                    lines.add("HEADER RIGHT: " + String.join(" / ", texts(table.getRow(0).getCell(1))));
                } else if (i == elements.size() - 1) {
                    lines.add("CLOSING LEFT: " + String.join(" / ", texts(table.getRow(0).getCell(0))));
                    lines.add("CLOSING RIGHT: " + String.join(" / ", texts(table.getRow(0).getCell(1))));
                } else {
                    lines.add("TABLE: " + String.join(" | ", row(table, 0)));
                }
            } else if (element instanceof XWPFParagraph p) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                boolean bold = p.getRuns().stream().allMatch(XWPFRun::isBold);
                if (text.equals("-----")) {
                    lines.add("RULE: " + text);
                    pastRule = true;
                } else if (!pastRule && bold && p.getRuns().get(0).getFontSizeAsDouble() == 16.0) {
                    lines.add("TYPE: " + text);
                } else if (!pastRule && bold) {
                    lines.add("TITLE: " + text);
                } else if (bold) {
                    lines.add("HEADING: " + text);
                }
            }
        }
        return lines.stream().map(l -> l.replace('\u00a0', '_')).collect(Collectors.joining("\n"));
    }

    private static double mm(Object twips) {
        // Rounded to a hundredth: Word stores whole twips.
        return Math.round(new BigInteger(String.valueOf(twips)).doubleValue() / 56.7 * 100) / 100.0;
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    static List<String> row(XWPFTable table, int index) {
        return table.getRow(index).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    private static XWPFTable table(XWPFDocument doc, String headerCell) {
        return doc.getTables().stream().filter(t -> row(t, 0).contains(headerCell)).findFirst().orElseThrow();
    }

    private static String allText(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
