package vn.theodoi.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.theodoi.attachments.AttachmentType;
import vn.theodoi.shared.DomainRuleViolation;

/** The type of a file read from its bytes, and the refusal of a file that is not what its name says: one row per sample. */
class ContentCheckTest {

    @TempDir
    Path folder;

    static final String CONTENT_TYPES_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";

    /** A Word document as Word writes it: the parts Word needs, the main part declared in [Content_Types].xml. */
    static byte[] docx(String mainPartType) {
        return zip(Map.of(
                "[Content_Types].xml", CONTENT_TYPES_HEAD + "<Override PartName=\"/word/document.xml\" ContentType=\""
                        + mainPartType + "\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                        + " Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Kết luận</w:t></w:r></w:p></w:body></w:document>"));
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A real image file, as Java's own image writer makes it. */
    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC0FFEE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, bytes)).as("a writer for " + format).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static final String WORD = ContentCheck.WORD_MAIN_PART;
    static final String PDF_FILE = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    /** The first bytes of a lossy WebP (RIFF container, size, "WEBP", the VP8 chunk). */
    static final String WEBP_FILE = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000\u0030\u0001\u0000\u009d\u0001\u002a";
    static final String EXE_FILE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000"
            + "This program cannot be run in DOS mode.";

    static Stream<Arguments> samples() {
        return Stream.of(
                accepted("quyet-dinh.pdf", () -> ascii(PDF_FILE), AttachmentType.PDF),
                accepted("QUYET-DINH.PDF", () -> ascii(PDF_FILE), AttachmentType.PDF),
                accepted("ket-luan.docx", () -> docx(WORD), AttachmentType.DOCX),
                accepted("anh.png", () -> image("png"), AttachmentType.PNG),
                accepted("anh.jpg", () -> image("jpg"), AttachmentType.JPEG),
                accepted("anh.jpeg", () -> image("jpg"), AttachmentType.JPEG),
                accepted("ban-scan.tiff", () -> image("tiff"), AttachmentType.TIFF),
                accepted("anh.webp", () -> ascii(WEBP_FILE), AttachmentType.WEBP),
                refused("virus.pdf", () -> ascii(EXE_FILE), "attachment.type.mismatch"),
                refused("trang.pdf", () -> ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
                        "attachment.type.mismatch"),
                refused("nen.docx", () -> zip(Map.of("readme.txt", "not a Word document")), "attachment.type.mismatch"),
                refused("bang-tinh.docx", () -> docx(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                        "attachment.type.mismatch"),
                refused("macro.docx", () -> docx("application/vnd.ms-word.document.macroEnabled.main+xml"),
                        "attachment.type.mismatch"),
                refused("anh.jpg", () -> image("png"), "attachment.type.mismatch"),
                refused("ket-luan.pdf", () -> docx(WORD), "attachment.type.mismatch"),
                refused("cat-ngang.pdf", () -> ascii("%PD"), "attachment.type.mismatch"),
                refused("quyet-dinh.exe", () -> ascii(PDF_FILE), "attachment.type.unsupported"),
                refused("quyet-dinh", () -> ascii(PDF_FILE), "attachment.type.unsupported"),
                refused("trang.html", () -> ascii("<html></html>"), "attachment.type.unsupported"),
                refused("tai-lieu.doc", () -> ascii("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1"),
                        "attachment.type.unsupported"));
    }

    static Arguments accepted(String name, Supplier<byte[]> bytes, AttachmentType type) {
        return Arguments.of(name, bytes, type, null);
    }

    static Arguments refused(String name, Supplier<byte[]> bytes, String reason) {
        return Arguments.of(name, bytes, null, reason);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}{3}")
    @MethodSource("samples")
    void eachSampleIsAcceptedAsItsTypeOrRefusedWithTheReason(String name, Supplier<byte[]> bytes,
            AttachmentType expected, String reason) throws IOException {
        Path file = Files.write(folder.resolve("sample"), bytes.get());
        if (expected != null) {
            assertThat(ContentCheck.check(name, file)).isEqualTo(expected);
            assertThat(ContentCheck.detect(file)).contains(expected);
        } else {
            assertThatThrownBy(() -> ContentCheck.check(name, file)).isInstanceOf(DomainRuleViolation.class)
                    .extracting(e -> ((DomainRuleViolation) e).messageKey()).isEqualTo(reason);
        }
    }
}
