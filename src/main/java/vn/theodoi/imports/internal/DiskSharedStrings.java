package vn.theodoi.imports.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings table (the distinct texts Excel keeps apart from the cells), written to two
 * temporary files while it is parsed instead of held in memory: the texts one after another (UTF-8) and, per
 * text, where it starts (8 bytes). A cell's text is read back with two positional reads, which the operating
 * system's cache makes cheap. POI's own read-only table keeps every text on the heap: 100,000 distinct titles
 * and summaries took more than 32 MB, so it grew with the sheet.
 */
final class DiskSharedStrings implements SharedStrings, Closeable {

    private final Path texts;
    private final Path offsets;
    private final FileChannel textChannel;
    private final FileChannel offsetChannel;
    private final int count;
    private final long textBytes;

    private DiskSharedStrings(Path texts, Path offsets, int count, long textBytes) throws IOException {
        this.texts = texts;
        this.offsets = offsets;
        this.count = count;
        this.textBytes = textBytes;
        this.textChannel = FileChannel.open(texts, StandardOpenOption.READ);
        this.offsetChannel = FileChannel.open(offsets, StandardOpenOption.READ);
    }

    /** Reads the package's shared strings part (none: an empty table) into temporary files. */
    static DiskSharedStrings of(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        Path texts = Files.createTempFile("import-strings-", ".txt");
        Path offsets = Files.createTempFile("import-strings-", ".idx");
        try {
            Writer writer = new Writer(texts, offsets);
            try (writer) {
                for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                    try (InputStream in = part.getInputStream()) {
                        XMLReader parser = SAXHelper.newXMLReader();
                        parser.setContentHandler(writer);
                        parser.parse(new InputSource(in));
                    }
                    break;
                }
            }
            return new DiskSharedStrings(texts, offsets, writer.count, writer.position);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException failed) {
            Files.deleteIfExists(texts);
            Files.deleteIfExists(offsets);
            throw failed;
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= count) {
            return new XSSFRichTextString("");
        }
        try {
            long start = readLong((long) idx * 8);
            long end = idx + 1 < count ? readLong((long) (idx + 1) * 8) : textBytes;
            ByteBuffer bytes = ByteBuffer.allocate((int) (end - start));
            while (bytes.hasRemaining() && textChannel.read(bytes, start + bytes.position()) >= 0) {
                // positional reads until the text is whole
            }
            return new XSSFRichTextString(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long readLong(long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8);
        while (buffer.hasRemaining() && offsetChannel.read(buffer, at + buffer.position()) >= 0) {
            // positional reads until the 8 bytes are there
        }
        return buffer.getLong(0);
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        textChannel.close();
        offsetChannel.close();
        Files.deleteIfExists(texts);
        Files.deleteIfExists(offsets);
    }

    /** Writes each {@code <si>}'s text (its {@code <t>} runs, without phonetic {@code <rPh>} runs) as it is parsed. */
    private static final class Writer extends DefaultHandler implements Closeable {

        private final DataOutputStream text;
        private final DataOutputStream index;
        private final StringBuilder current = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private int count;
        private long position;

        Writer(Path texts, Path offsets) throws IOException {
            this.text = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(texts), 65536));
            this.index = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsets), 65536));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> current.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    try {
                        byte[] bytes = current.toString().getBytes(StandardCharsets.UTF_8);
                        index.writeLong(position);
                        text.write(bytes);
                        position += bytes.length;
                        if (++count > SheetReader.MAX_ROWS * SheetReader.MAX_COLUMNS) {
                            throw new SheetReader.UnreadableSheet("import.file.tooManyRows", null);
                        }
                    } catch (IOException e) {
                        throw new SAXException(e);
                    }
                    current.setLength(0);
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && current.length() < SheetReader.MAX_CELL_CHARS) {
                current.append(ch, start, Math.min(length, SheetReader.MAX_CELL_CHARS - current.length()));
            }
        }

        @Override
        public void close() throws IOException {
            text.close();
            index.close();
        }
    }
}
