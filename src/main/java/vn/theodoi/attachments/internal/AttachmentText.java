package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.theodoi.attachments.AttachmentType;
import vn.theodoi.shared.DocumentTexts;
import vn.theodoi.shared.VietnameseText;

/**
 * The text of a kept PDF or Word file, for the one search: its first {@link #MAX_CHARS} characters (a longer
 * text is cut, never refused) and their search key. A file whose text cannot be read (a scanned PDF, a broken
 * or encrypted file) and every image is kept all the same, with no text.
 */
final class AttachmentText {

    /** The length of the content_text and search_text columns (V79, V80). */
    static final int MAX_CHARS = 200_000;
    static final AttachmentText NONE = new AttachmentText(null, null);
    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    /** The text, NFC; null when there is none. */
    final String content;
    /** {@link VietnameseText#searchKey} of the text; null when there is none. */
    final String searchKey;

    private AttachmentText(String content, String searchKey) {
        this.content = content;
        this.searchKey = searchKey;
    }

    static AttachmentText of(AttachmentType type, String fileName, Path file) {
        DocumentTexts.Format format = switch (type) {
            case PDF -> DocumentTexts.Format.PDF;
            case DOCX -> DocumentTexts.Format.DOCX;
            default -> null;
        };
        if (format == null) {
            return NONE;
        }
        String text;
        try {
            text = DocumentTexts.read(fileName, Files.newInputStream(file), MAX_CHARS, EnumSet.of(format)).text();
        } catch (DocumentTexts.Unreadable | IOException e) {
            // the upload stands: only the search will not find it by its words
            log.info("No text read from a kept {} file: {}", type,
                    String.valueOf(e.getCause() == null ? e : e.getCause()));
            return NONE;
        }
        return text.isBlank() ? NONE : new AttachmentText(text, key(text));
    }

    /** The search key, cut after a whole word when the words and their two spaces exceed the column. */
    static String key(String text) {
        String key = VietnameseText.searchKey(text);
        if (key.length() <= MAX_CHARS) {
            return key;
        }
        return key.substring(0, key.lastIndexOf(' ', MAX_CHARS - 1) + 1);
    }
}
