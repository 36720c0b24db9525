package vn.theodoi.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Set;

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
import org.xml.sax.SAXException;

/**
 * The text of a PDF, Word 2007+ (.docx) or plain-text file, with Apache Tika: the type is read from the bytes
 * (Tika's detectors), then only the one parser that type needs runs; no other parser is ever tried. At most the
 * asked number of characters is read (the parser stops there): the caller decides whether a longer text is cut
 * or refused. The text is NFC, with control characters (page breaks of a PDF) as line breaks or spaces. Used by
 * ingest (a text to read into a form) and attachments (the words a search finds).
 */
public final class DocumentTexts {

    /** The kinds of file whose text is read. */
    public enum Format {
        PDF(MediaType.application("pdf")),
        DOCX(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document")),
        PLAIN_TEXT(MediaType.TEXT_PLAIN);

        private final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }

        Parser parser() {
            return switch (this) {
                case PDF -> new PDFParser();
                case DOCX -> new OOXMLParser();
                case PLAIN_TEXT -> new TXTParser();
            };
        }
    }

    /**
     * A file's text.
     *
     * @param text the text, cleaned, at most the characters asked for; may be blank
     * @param cut  whether the file held more than that, and the text is its beginning only
     */
    public record Text(String text, boolean cut) {
    }

    /** The file's text could not be read: broken, encrypted, or a parser's failure. */
    public static class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The file is of a type not asked for (an image, a spreadsheet, a zip). */
    public static final class UnsupportedType extends Unreadable {
        private static final long serialVersionUID = 1L;
        private final String type;

        UnsupportedType(String type) {
            super("not a document to read: " + type, null);
            this.type = type;
        }

        /** The media type detected from the bytes: {@code image/png}. */
        public String type() {
            return type;
        }
    }

    // detectors are loaded once (service lookup) and are safe to share between threads
    private static final Detector DETECTOR = new DefaultDetector();

    private DocumentTexts() {
    }

    /**
     * The text of a file of one of {@code formats}, at most {@code maxChars} characters. The stream is read and
     * closed. {@code fileName} (may be null) only helps the detection; the bytes decide.
     *
     * @throws UnsupportedType when the bytes are of another type
     * @throws Unreadable      when the file is broken or its parser fails
     */
    public static Text read(String fileName, InputStream bytes, int maxChars, Set<Format> formats)
            throws Unreadable {
        // closing the Tika stream also removes the temporary file a .docx may be spooled to
        try (TikaInputStream in = TikaInputStream.get(new BufferedInputStream(bytes))) {
            Metadata metadata = new Metadata();
            if (fileName != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            MediaType type = DETECTOR.detect(in, metadata).getBaseType();
            Format format = formats.stream().filter(f -> f.type.equals(type)).findFirst()
                    .orElseThrow(() -> new UnsupportedType(type.toString()));
            BodyContentHandler handler = new BodyContentHandler(maxChars + 1);
            boolean limitReached = false;
            try {
                format.parser().parse(in, handler, metadata, new ParseContext());
            } catch (SAXException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw new Unreadable("the document's text could not be read", e);
                }
                limitReached = true;
            }
            String text = clean(handler.toString());
            if (limitReached || text.length() > maxChars) {
                return new Text(cut(text, maxChars), true);
            }
            return new Text(text, false);
        } catch (IOException | TikaException | RuntimeException e) {
            // a broken file makes some parsers throw unchecked exceptions (POI, PDFBox): unreadable all the same
            throw new Unreadable("the document could not be read", e);
        }
    }

    /** NFC; line breaks as \n; form feeds and other controls as line breaks or spaces; blank runs of lines kept short. */
    public static String clean(String raw) {
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

    /** The first {@code max} characters, never half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
