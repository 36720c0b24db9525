package vn.theodoi.ingest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.theodoi.ingest.TextSpan;

/**
 * A stretch of the text cut into plain and marked pieces, for the page to write as text and {@code <mark>}s
 * (Thymeleaf escapes each piece; no HTML is built here).
 */
final class Highlights {

    /** A piece of the text; {@code kind} is null for plain text, else the mark's class. */
    record Piece(String text, String kind) {
    }

    /** A place to mark and its class. */
    record Mark(TextSpan span, String kind) {
    }

    private Highlights() {
    }

    /** The text {@code [from, to)} with the marks inside it; overlapping marks after the first are left out. */
    static List<Piece> of(String text, int from, int to, List<Mark> marks) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        List<Mark> inside = marks.stream().filter(m -> m.span().start() >= start && m.span().end() <= end
                && m.span().start() < m.span().end()).sorted(Comparator.comparingInt(m -> m.span().start())).toList();
        List<Piece> pieces = new ArrayList<>();
        int at = start;
        for (Mark m : inside) {
            if (m.span().start() < at) {
                continue;
            }
            if (m.span().start() > at) {
                pieces.add(new Piece(text.substring(at, m.span().start()), null));
            }
            pieces.add(new Piece(text.substring(m.span().start(), m.span().end()), m.kind()));
            at = m.span().end();
        }
        if (at < end) {
            pieces.add(new Piece(text.substring(at, end), null));
        }
        return pieces;
    }
}
