package vn.theodoi.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.theodoi.shared.DomainRuleViolation;

/** The text of uploaded files, read with Tika's parsers only: plain text, Word 2007+ and PDF; nothing else. */
class DocumentTextTest {

    static final String SENTENCE = "Yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án trước ngày 30/9/2027.";
    final DocumentText documents = new DocumentText();

    @Test
    void plainTextInUtf8WithOrWithoutItsMarkAndInUtf16() {
        assertThat(documents.of("ket-luan.txt", new ByteArrayInputStream(SENTENCE.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SENTENCE);
        assertThat(documents.of("ket-luan.txt", new ByteArrayInputStream(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SENTENCE);
        assertThat(documents.of("ket-luan.txt", new ByteArrayInputStream(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(SENTENCE);
        // typed decomposed (NFD, as some old editors save it): read as NFC
        String decomposed = java.text.Normalizer.normalize(SENTENCE, java.text.Normalizer.Form.NFD);
        assertThat(documents.of("nfd.txt", new ByteArrayInputStream(decomposed.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SENTENCE);
    }

    @Test
    void aWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("THÔNG BÁO KẾT LUẬN");
            doc.createParagraph().createRun().setText(SENTENCE);
            doc.write(bytes);
        }
        String text = documents.of("thong-bao.docx", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(text).contains("THÔNG BÁO KẾT LUẬN").contains(SENTENCE);
    }

    @Test
    void aPdf() throws IOException {
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
                content.showText(SENTENCE);
                content.endText();
            }
            pdf.save(bytes);
        }
        assertThat(documents.of("thong-bao.pdf", new ByteArrayInputStream(bytes.toByteArray()))).contains(SENTENCE);
    }

    @Test
    void anyOtherFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> documents.of("anh.txt", new ByteArrayInputStream(png)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("ingest.fileType");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> documents.of("gia.docx", new ByteArrayInputStream(zip)))
                .isInstanceOf(DomainRuleViolation.class);
    }
}
