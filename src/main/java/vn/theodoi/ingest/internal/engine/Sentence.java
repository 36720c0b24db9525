package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence: the tokens {@code [from, to)} of the text. Sentences end at a full stop, a question or
 * exclamation mark or an ellipsis, and at every line break (a paragraph, a bullet, a heading is a
 * sentence of its own). {@code heading}: a line of 25 words or fewer without a closing mark, as titles are (not the last line).
 * {@code bullet}: the line starts with a dash, a bullet or a number ("-", "•", "1.", "a)").
 */
public record Sentence(int from, int to, boolean heading, boolean bullet, boolean endsWithColon) {

    /** Abbreviations whose dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("tp", "tt", "ths", "ts", "pgs", "gs", "ks", "bs", "st",
            "q", "p", "tx", "h", "x", "ncs", "mr", "mrs", "dr", "v.v", "vv", "ubnd", "hđnd");

    public static List<Sentence> of(List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.paragraphStart()) {
                sentences.add(make(tokens, from, i, false));
                from = i;
            }
            if (t.isPunct(".!?…") || t.text().startsWith("..")) {
                if (t.text().equals(".") && i > from && ABBREVIATIONS.contains(tokens.get(i - 1).folded())
                        && i + 1 < tokens.size() && !tokens.get(i + 1).paragraphStart()) {
                    continue;
                }
                if (t.text().equals(".") && i > from && isNumbering(tokens, from, i)) {
                    continue;
                }
                // a closing quote or bracket right after the mark belongs to the sentence
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).isPunct("”\"’)»") && !tokens.get(end).paragraphStart()) {
                    end++;
                }
                sentences.add(make(tokens, from, end, true));
                from = end;
                i = end - 1;
            }
        }
        if (from < tokens.size()) {
            sentences.add(make(tokens, from, tokens.size(), false));
        }
        // the last line is text, even without its full stop
        int last = sentences.size() - 1;
        if (last >= 0 && sentences.get(last).heading()) {
            Sentence s = sentences.get(last);
            sentences.set(last, new Sentence(s.from(), s.to(), false, s.bullet(), s.endsWithColon()));
        }
        return sentences;
    }

    /** "1." or "a." or "II." at the start of a line: a list number, not the end of a sentence. */
    private static boolean isNumbering(List<Token> tokens, int from, int dot) {
        if (dot != from + 1) {
            return false;
        }
        return isListMark(tokens.get(from));
    }

    private static Sentence make(List<Token> tokens, int from, int to, boolean closed) {
        Token first = tokens.get(from);
        boolean bullet = first.isPunct("-–—•+*▪●◦·")
                || to - from > 2 && tokens.get(from + 1).isPunct(".)") && isListMark(first);
        Token last = tokens.get(to - 1);
        boolean colon = last.isPunct(":");
        boolean heading = !closed && !colon && !last.isPunct(";,") && to - from <= 25 && !bullet;
        return new Sentence(from, to, heading, bullet, colon);
    }

    private static boolean isListMark(Token mark) {
        return mark.kind() == Token.Kind.NUMBER && mark.text().length() <= 2
                || mark.isWord() && (mark.text().length() == 1 || Numbers.roman(mark.text()) > 0 && mark.allCaps());
    }
}
