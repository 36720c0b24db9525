package vn.theodoi.ingest.internal;

import java.io.InputStream;
import java.util.EnumSet;

import org.springframework.stereotype.Component;

import vn.theodoi.ingest.ReadForm;
import vn.theodoi.shared.DocumentTexts;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * The text of an uploaded .txt, .docx or .pdf to read ({@link DocumentTexts}: the type read from the bytes, only
 * that type's parser run); anything else is refused. At most {@link ReadForm#MAX_LENGTH} characters are read: a
 * longer document is refused, not cut, and so is one with no text.
 */
@Component
class DocumentText {

    String of(String fileName, InputStream bytes) {
        DocumentTexts.Text read;
        try {
            read = DocumentTexts.read(fileName, bytes, ReadForm.MAX_LENGTH, EnumSet.allOf(DocumentTexts.Format.class));
        } catch (DocumentTexts.UnsupportedType e) {
            throw new DomainRuleViolation("ingest.fileType", e.type());
        } catch (DocumentTexts.Unreadable e) {
            throw new DomainRuleViolation("ingest.fileUnreadable");
        }
        if (read.cut()) {
            throw new DomainRuleViolation("ingest.tooLong", ReadForm.MAX_LENGTH);
        }
        if (read.text().isBlank()) {
            throw new DomainRuleViolation("ingest.fileEmpty");
        }
        return read.text();
    }
}
