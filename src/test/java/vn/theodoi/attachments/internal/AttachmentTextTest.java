package vn.theodoi.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.theodoi.attachments.AttachmentType;

/**
 * The text kept with an attachment: a Word file's text and its search key; a long text cut at the column's
 * length, never refused; a broken PDF and an image kept with no text, without an exception.
 */
class AttachmentTextTest {

    @TempDir Path folder;

    Path docx(String name, String... paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(bytes);
        }
        return Files.write(folder.resolve(name), bytes.toByteArray());
    }

    @Test
    void aWordFilesTextAndItsSearchKey() throws IOException {
        AttachmentText text = AttachmentText.of(AttachmentType.DOCX, "to-trinh.docx",
                docx("to-trinh.docx", "Tờ trình số 12/TTr-BNC", "về việc Đắk Lắk"));

        assertThat(text.content).isEqualTo("Tờ trình số 12/TTr-BNC\nvề việc Đắk Lắk");
        assertThat(text.searchKey).isEqualTo(" to trinh so 12 ttr bnc ve viec dak lak ");
    }

    @Test
    void aTextLongerThanTheColumnIsCutNotRefused() throws IOException {
        // about 240,000 characters of varied syllables: a real document does not inflate a hundredfold, which
        // POI would refuse as a zip bomb
        String[] syllables = {"hồ", "sơ", "vụ", "án", "điều", "tra", "kết", "luận", "tài", "sản", "thu", "hồi"};
        Random random = new Random(7);
        StringBuilder paragraph = new StringBuilder("Mở đầu");
        while (paragraph.length() < 240_000) {
            paragraph.append(' ').append(syllables[random.nextInt(syllables.length)])
                    .append(random.nextInt(1000));
        }
        AttachmentText text = AttachmentText.of(AttachmentType.DOCX, "dai.docx",
                docx("dai.docx", paragraph.toString()));

        assertThat(text.content).hasSize(AttachmentText.MAX_CHARS)
                .isEqualTo(paragraph.substring(0, AttachmentText.MAX_CHARS));
        assertThat(text.searchKey.length()).isLessThanOrEqualTo(AttachmentText.MAX_CHARS);
        assertThat(text.searchKey).startsWith(" mo dau ").endsWith(" ");
    }

    @Test
    void aKeyOfOneEndlessWordIsCutToTheColumn() {
        assertThat(AttachmentText.key("a".repeat(AttachmentText.MAX_CHARS))).isEqualTo(" ");
        assertThat(AttachmentText.key("ab " + "c".repeat(AttachmentText.MAX_CHARS - 3))).isEqualTo(" ab ");
    }

    @Test
    void aBrokenPdfAndAnImageAreKeptWithNoText() throws IOException {
        Path broken = Files.write(folder.resolve("hong.pdf"),
                "%PDF-1.7\n1 0 obj\n<< /Type /Pages /Kids [".getBytes(StandardCharsets.US_ASCII));
        assertThat(AttachmentText.of(AttachmentType.PDF, "hong.pdf", broken)).isSameAs(AttachmentText.NONE);
        Path png = Files.write(folder.resolve("anh.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(AttachmentText.of(AttachmentType.PNG, "anh.png", png)).isSameAs(AttachmentText.NONE);
        assertThat(AttachmentText.NONE.content).isNull();
        assertThat(AttachmentText.NONE.searchKey).isNull();
    }
}
