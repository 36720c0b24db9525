package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into {@link Token}s: words at spaces and punctuation, numbers and codes kept whole. */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean paragraph = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                paragraph = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                boolean letters = false;
                boolean digits = false;
                boolean joined = false;
                while (i < n) {
                    int cp = text.codePointAt(i);
                    if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                        letters |= Character.isLetter(cp);
                        digits |= Character.isDigit(cp);
                        i += Character.charCount(cp);
                    } else if (i + 1 < n && joins(text, i)) {
                        joined = true;
                        i++;
                    } else {
                        break;
                    }
                }
                Token.Kind kind = !digits ? (joined ? Token.Kind.CODE : Token.Kind.WORD)
                        : letters ? Token.Kind.CODE : Token.Kind.NUMBER;
                tokens.add(Token.of(text, start, i, kind, paragraph));
                paragraph = false;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isMark(cp)) {
                i += width;
                continue;
            }
            // "..." and "…" are one mark
            int end = i + width;
            if (c == '.') {
                while (end < n && text.charAt(end) == '.') {
                    end++;
                }
            }
            tokens.add(Token.of(text, i, end, Token.Kind.PUNCT, paragraph));
            paragraph = false;
            i = end;
        }
        return withoutDiacritics(tokens) ? tokens.stream().map(Token::loosened).toList() : tokens;
    }

    /** A text of which fewer than one word in twenty carries a diacritic is written without them. */
    private static boolean withoutDiacritics(List<Token> tokens) {
        long words = tokens.stream().filter(Token::isWord).count();
        long marked = tokens.stream().filter(t -> t.isWord() && !t.plain()).count();
        return words >= 5 && marked * 20 < words;
    }

    /**
     * A hyphen or slash between two letters or digits joins them (VA-2026-0001, 30/6/2026, II/2026); a dot or a
     * comma only between two digits (1.000, 2,5).
     */
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        if (i == 0 || i + 1 >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i + 1);
        if (c == '-' || c == '/' || c == '_') {
            return Character.isLetterOrDigit(before) || isMark(before) ? Character.isLetterOrDigit(after) : false;
        }
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return false;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
