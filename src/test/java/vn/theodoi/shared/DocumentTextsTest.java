package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The shared text extractor: the text of a Word and a PDF file, a text cut at the limit asked for, a type not
 * asked for named, and a broken file told as unreadable, never a parser's own exception.
 */
class DocumentTextsTest {

    static final String SENTENCE = "Biên bản xác minh tài sản của ông Lò Văn Quýnh tại Điện Biên.";
    static final Set<DocumentTexts.Format> PDF_AND_WORD = EnumSet.of(DocumentTexts.Format.PDF,
            DocumentTexts.Format.DOCX);

    static byte[] docx(String... paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(bytes);
        }
        return bytes.toByteArray();
    }

    static byte[] pdf(String line) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf,
                    Path.of("src/main/resources/fonts/liberation-serif/LiberationSerif-Regular.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(50, 700);
                content.showText(line);
                content.endText();
            }
            pdf.save(bytes);
        }
        return bytes.toByteArray();
    }

    static DocumentTexts.Text read(String name, byte[] bytes, int max) throws DocumentTexts.Unreadable {
        return DocumentTexts.read(name, new ByteArrayInputStream(bytes), max, PDF_AND_WORD);
    }

    @Test
    void theTextOfAWordDocumentAndOfAPdf() throws Exception {
        DocumentTexts.Text word = read("bien-ban.docx", docx("BIÊN BẢN", SENTENCE), 1000);
        assertThat(word.text()).isEqualTo("BIÊN BẢN\n" + SENTENCE);
        assertThat(word.cut()).isFalse();

        DocumentTexts.Text pdf = read("bien-ban.pdf", pdf(SENTENCE), 1000);
        assertThat(pdf.text()).isEqualTo(SENTENCE);
        assertThat(pdf.cut()).isFalse();
    }

    @Test
    void aTextLongerThanTheLimitIsItsBeginningAndSaysSo() throws Exception {
        DocumentTexts.Text cut = read("dai.docx", docx(SENTENCE, SENTENCE, SENTENCE), 20);
        assertThat(cut.text()).isEqualTo("Biên bản xác minh tà");
        assertThat(cut.cut()).isTrue();
    }

    @Test
    void aPdfRenderedFromATemplateIsReadWithItsVietnameseWords() throws Exception {
        byte[] decision = PdfDocumentsFixture.over(new StaticMessageSource()).render("demo/decision", Map.of(
                "issuer", "CƠ QUAN ĐIỀU TRA", "place", "Hà Nội", "title", "QUYẾT ĐỊNH KHỞI TỐ VỤ ÁN HÌNH SỰ",
                "about", "Vụ án tại Công ty Mường Thanh Quỳnh Nhai", "lines", List.of(SENTENCE), "note", "Hư cấu."),
                Locale.forLanguageTag("vi"));
        String text = read("quyet-dinh.pdf", decision, 10_000).text();
        assertThat(text).contains("QUYẾT ĐỊNH KHỞI TỐ VỤ ÁN HÌNH SỰ").contains("Mường Thanh Quỳnh Nhai")
                .contains(SENTENCE);
    }

    @Test
    void aBrokenFileOrAnImageIsUnreadableWithoutAParsersException() {
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj\n<< /Type /Pages /Kids [".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read("hong.pdf", brokenPdf, 1000)).isInstanceOf(DocumentTexts.Unreadable.class);
        byte[] brokenZip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read("hong.docx", brokenZip, 1000)).isInstanceOf(DocumentTexts.Unreadable.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read("anh.pdf", png, 1000)).isInstanceOfSatisfying(
                DocumentTexts.UnsupportedType.class, e -> assertThat(e.type()).isEqualTo("image/png"));
    }

    @Test
    void controlCharactersBecomeSpacesAndPageBreaksLineBreaks() {
        assertThat(DocumentTexts.clean("Trang 1\fTrang\u0007 2\r\n\n\n\nHết")).isEqualTo("Trang 1\nTrang  2\n\nHết");
    }
}
