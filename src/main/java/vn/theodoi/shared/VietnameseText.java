package vn.theodoi.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the product stores and searches it: stored NFC-normalized, searched with
 * diacritics folded so that "tham nhung" finds "tham nhũng" and "dak lak" finds "Đắk Lắk".
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
