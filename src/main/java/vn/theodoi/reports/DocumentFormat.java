package vn.theodoi.reports;

import vn.theodoi.shared.NamedValues;

/** The two forms of a review document: Word to edit before signing, PDF to read and keep. */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code docx} or {@code pdf}, any case; null for anything else. */
    public static DocumentFormat parse(String text) {
        return NamedValues.byName(values(), DocumentFormat::extension, text).orElse(null);
    }
}
