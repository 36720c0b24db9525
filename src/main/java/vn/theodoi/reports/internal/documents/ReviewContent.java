package vn.theodoi.reports.internal.documents;

import java.util.List;

/**
 * A review document before it is set in Word or PDF (Hướng dẫn 36-HD/VPTW): the header block, the
 * document type and title, the body as headings, paragraphs and tables, and the closing (nơi nhận,
 * signer). Every text is final Vietnamese; both writers only lay it out.
 */
public record ReviewContent(Header header, String documentType, List<String> titleLines, List<Block> body,
        Closing closing) {

    /**
     * The header block (phần đầu văn bản): issuing body upper left with the number and symbol (its
     * number blank, for the office to fill at signing) and the secrecy mark under it; the Party's name
     * and the place and date upper right.
     */
    public record Header(String bodyUpper, String bodyLower, String numberLabel, String numberBlank,
            String symbol, String secrecyMark, String party, String placeAndDate) {
    }

    public sealed interface Block permits Heading, Paragraph, Table {

        /** "heading", "paragraph" or "table": what a template tests. */
        String kind();
    }

    /** A section heading: level 1 "I. ...", level 2 "1. ...". */
    public record Heading(int level, String text) implements Block {

        @Override
        public String kind() {
            return "heading";
        }
    }

    /** A body paragraph (justified, first line indented); placeholder runs are the officials' own text to write. */
    public record Paragraph(List<Run> runs) implements Block {

        @Override
        public String kind() {
            return "paragraph";
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(new Run(text, false)));
        }

        public static Paragraph placeholder(String text) {
            return new Paragraph(List.of(new Run(text, true)));
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    public record Run(String text, boolean placeholder) {
    }

    /** A table; {@code totalRow}: its last row sums the others (set bold). */
    public record Table(String caption, List<String> header, List<List<String>> rows, boolean totalRow)
            implements Block {

        /** Rows this many at a time: the PDF sets a long table as a run of short ones, each with its header row. */
        public static final int PDF_CHUNK = 40;

        /** The rows in runs of {@value #PDF_CHUNK}. */
        public List<List<List<String>>> chunks() {
            List<List<List<String>>> chunks = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i += PDF_CHUNK) {
                chunks.add(rows.subList(i, Math.min(rows.size(), i + PDF_CHUNK)));
            }
            return chunks;
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /** Nơi nhận (left) and the signer block (right): authority, title and name, the last two for the office to fill. */
    public record Closing(String recipientsLabel, List<String> recipients, String signerAuthority,
            String signerTitle, String signerName) {
    }
}
