package vn.theodoi.ingest.internal.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Numbers as Vietnamese texts write them: 1.000 and 2,5, Roman numerals (quý II), words (thứ hai mươi tư). */
public final class Numbers {

    private Numbers() {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("mot", 1), Map.entry("mốt", 1),
            Map.entry("một", 1), Map.entry("nhất", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4),
            Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
            Map.entry("tám", 8), Map.entry("chín", 9));

    /**
     * A number written Vietnamese style: dots between thousands, a comma before decimals (1.234,5); a single dot
     * not followed by three digits is read as a decimal point (2.5). Null if the text is not a number.
     */
    public static BigDecimal decimal(String text) {
        String t = text;
        if (!t.matches("[0-9.,]+") || !Character.isDigit(t.charAt(0)) || !Character.isDigit(t.charAt(t.length() - 1))) {
            return null;
        }
        String integer = t;
        String fraction = "";
        int comma = t.lastIndexOf(',');
        if (comma >= 0) {
            integer = t.substring(0, comma);
            fraction = t.substring(comma + 1);
            if (fraction.contains(".")) {
                return null;
            }
            if (integer.contains(",")) {
                // 1,000,000 English thousands
                if (!t.matches("\\d{1,3}(,\\d{3})+")) {
                    return null;
                }
                return new BigDecimal(t.replace(",", ""));
            }
        }
        if (integer.contains(".")) {
            if (integer.matches("\\d{1,3}(\\.\\d{3})+")) {
                integer = integer.replace(".", "");
            } else if (fraction.isEmpty() && integer.matches("\\d+\\.\\d+")) {
                return new BigDecimal(integer);
            } else {
                return null;
            }
        }
        return new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
    }

    /** The value of a Roman numeral from I to XXXIX, or 0. */
    public static int roman(String text) {
        String t = text.toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty() || !t.matches("X{0,3}(IX|IV|V?I{0,3})")) {
            return 0;
        }
        int value = 0;
        int previous = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int digit = switch (t.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return value;
    }

    /**
     * A number from 1 to 99 in words, read from {@code words} : "hai", "mười",
     * "mười lăm", "hai mươi tư", "ba mươi mốt". Returns the value and how many words it took, or null.
     */
    public static int[] words(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        String w0 = tokens.get(at).lower();
        if (w0.equals("mười")) {
            Integer unit = at + 1 < tokens.size() ? UNITS.get(tokens.get(at + 1).lower()) : null;
            if (unit != null) {
                return new int[] {10 + unit, 2};
            }
            return new int[] {10, 1};
        }
        Integer tens = UNITS.get(w0);
        if (tens == null) {
            return null;
        }
        if (at + 1 < tokens.size() && tokens.get(at + 1).lower().equals("mươi")) {
            Integer unit = at + 2 < tokens.size() ? UNITS.get(tokens.get(at + 2).lower()) : null;
            return unit == null ? new int[] {tens * 10, 2} : new int[] {tens * 10 + unit, 3};
        }
        return w0.equals("mốt") || w0.equals("lăm") ? null : new int[] {tens, 1};
    }
}
