package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import vn.theodoi.attachments.AttachmentType;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * What a received file really is, read from its bytes, and the refusal of one that is not what its
 * name says. Magic numbers for PDF, PNG, JPEG, WebP and TIFF; a DOCX is a zip whose
 * {@code [Content_Types].xml} declares a Word document's main part (a plain zip, an XLSX or a
 * macro-enabled DOCM is not). No I/O beyond the one file, no framework: tested table by table.
 */
public final class ContentCheck {

    /** The most of {@code [Content_Types].xml} read: a real one is a few kilobytes. */
    static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    static final String WORD_MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIFF_LE = {'I', 'I', 0x2A, 0x00};
    private static final byte[] TIFF_BE = {'M', 'M', 0x00, 0x2A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private ContentCheck() {
    }

    /** The type the file's content shows, or empty for anything we do not accept. */
    public static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, 0, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return Optional.of(AttachmentType.WEBP);
        }
        if (startsWith(head, 0, TIFF_LE) || startsWith(head, 0, TIFF_BE)) {
            return Optional.of(AttachmentType.TIFF);
        }
        if (startsWith(head, 0, ZIP) && isWordDocument(file)) {
            return Optional.of(AttachmentType.DOCX);
        }
        return Optional.empty();
    }

    /**
     * The type the file name declares, if its content is that type; otherwise refused: a name we do
     * not accept ({@code attachment.type.unsupported}) or content that is something else
     * ({@code attachment.type.mismatch}).
     */
    public static AttachmentType check(String fileName, Path file) throws IOException {
        AttachmentType declared = AttachmentType.declaredBy(fileName).orElseThrow(
                () -> new DomainRuleViolation("attachment.type.unsupported", AttachmentType.acceptedEndings()));
        Optional<AttachmentType> actual = detect(file);
        if (actual.isEmpty() || actual.get() != declared) {
            throw new DomainRuleViolation("attachment.type.mismatch", declared.extensions().get(0).toUpperCase(
                    java.util.Locale.ROOT));
        }
        return declared;
    }

    private static boolean isWordDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || types.isDirectory()) {
                return false;
            }
            try (InputStream in = zip.getInputStream(types)) {
                String text = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
                return text.contains("\"" + WORD_MAIN_PART + "\"");
            }
        } catch (ZipException | IllegalArgumentException broken) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
