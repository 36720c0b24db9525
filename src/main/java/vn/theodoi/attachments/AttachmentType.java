package vn.theodoi.attachments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file that may be attached: each with its media type and the file name endings that declare it. */
public enum AttachmentType {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    TIFF("image/tiff", "tif", "tiff");

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name declares by its ending, if it is one we accept. */
    public static Optional<AttachmentType> declaredBy(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AttachmentType type : values()) {
            if (type.extensions.contains(ending)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The endings accepted, for messages: {@code .pdf, .docx, ...}. */
    public static String acceptedEndings() {
        StringBuilder text = new StringBuilder();
        for (AttachmentType type : values()) {
            for (String ending : type.extensions) {
                text.append(text.isEmpty() ? "" : ", ").append('.').append(ending);
            }
        }
        return text.toString();
    }
}
