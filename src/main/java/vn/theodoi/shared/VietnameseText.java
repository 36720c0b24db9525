package vn.theodoi.shared;

import java.text.Normalizer;

/**
 * Vietnamese text as the product stores and searches it: stored NFC-normalized, searched with
 * diacritics folded so that "tham nhung" finds "tham nhũng" and "dak lak" finds "Đắk Lắk".
 */
public final class VietnameseText {

    /** Each UTF-16 character's {@link #foldInPlace} character. */
    private static final char[] IN_PLACE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            IN_PLACE[c] = ' ';
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                IN_PLACE[c] = 'd';
                continue;
            }
            char base = Character.toLowerCase(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)
                    .charAt(0));
            if (base >= 'a' && base <= 'z' || base >= '0' && base <= '9') {
                IN_PLACE[c] = base;
            }
        }
    }

    private VietnameseText() {
    }

    /** NFC form with surrounding white space removed; null stays null, blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Lower case without diacritics, đ folded to d, runs of white space collapsed: the search key. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        // one pass: drop combining marks, fold đ, lower-case, collapse white space (every record's search key)
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.appendCodePoint(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return folded.toString().strip();
    }

    /**
     * The text folded character by character, its length kept: each (NFC) character becomes its letter or digit
     * without marks, lower case ("Đ" d, "ấ" a), or a space. The words of {@link #searchWords} stand at the same
     * places as in the text, so a word found here is marked where it is shown.
     */
    public static String foldInPlace(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = IN_PLACE[text.charAt(i)];
        }
        return new String(folded);
    }

    /**
     * The folded words of a text, one space apart: every run of characters other than a-z and 0-9 (punctuation,
     * hyphens of a code, slashes of a number) is a boundary. "Gói thầu số 5/2024" → "goi thau so 5 2024".
     */
    public static String searchWords(String text) {
        String folded = fold(text);
        StringBuilder words = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !words.isEmpty()) {
                    words.append(' ');
                }
                gap = false;
                words.append(c);
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    /**
     * The search key stored beside an item: its {@link #searchWords} with a space before and after, so that a
     * whole word is found by {@code like '% word %'} at the start and the end of the text too, and a trigram
     * index answers it ("an" does not match inside "nhan"). Migration V79 writes the same form in SQL.
     */
    public static String searchKey(String text) {
        return " " + searchWords(text) + " ";
    }
}
