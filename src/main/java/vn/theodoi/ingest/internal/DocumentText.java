package vn.theodoi.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import vn.theodoi.ingest.ReadForm;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * The text of an uploaded .txt, .docx or .pdf, with Apache Tika: the type is read from the bytes (Tika's
 * detectors), then only the one parser that type needs runs (plain text with its encoding detected, Word 2007+,
 * PDF); anything else is refused. At most {@link ReadForm#MAX_LENGTH} characters are read: a longer document
 * is refused, not cut. Control characters (page breaks of a PDF) become line breaks or spaces.
 */
@Component
class DocumentText {

    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Detector detector = new DefaultDetector();

    String of(String fileName, InputStream bytes) {
        try (TikaInputStream in = TikaInputStream.get(new BufferedInputStream(bytes))) {
            Metadata metadata = new Metadata();
            if (fileName != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            MediaType type = detector.detect(in, metadata).getBaseType();
            Parser parser;
            if (type.equals(MediaType.application("pdf"))) {
                parser = new PDFParser();
            } else if (type.equals(DOCX)) {
                parser = new OOXMLParser();
            } else if (type.equals(MediaType.TEXT_PLAIN)) {
                parser = new TXTParser();
            } else {
                throw new DomainRuleViolation("ingest.fileType", type.toString());
            }
            BodyContentHandler handler = new BodyContentHandler(ReadForm.MAX_LENGTH + 1);
            try {
                parser.parse(in, handler, metadata, new ParseContext());
            } catch (SAXException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw new DomainRuleViolation("ingest.tooLong", ReadForm.MAX_LENGTH);
                }
                throw new DomainRuleViolation("ingest.fileUnreadable");
            }
            String text = clean(handler.toString());
            if (text.length() > ReadForm.MAX_LENGTH) {
                throw new DomainRuleViolation("ingest.tooLong", ReadForm.MAX_LENGTH);
            }
            if (text.isBlank()) {
                throw new DomainRuleViolation("ingest.fileEmpty");
            }
            return text;
        } catch (IOException | TikaException e) {
            throw new DomainRuleViolation("ingest.fileUnreadable");
        }
    }

    /** NFC; line breaks as \n; form feeds and other controls as line breaks or spaces; blank runs of lines kept short. */
    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\f', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
