package vn.theodoi.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in whole đồng as Vietnamese officials write and read them: thousands separated by dots
 * ({@code 1.500.000.000}), and said in tỷ (10^9) and triệu (10^6) đồng ("1,5 tỷ đồng").
 */
public final class MoneyText {

    /** The largest amount a form accepts: a thousand trillion đồng, far beyond any case, far below a long's end. */
    public static final long MAX = 1_000_000_000_000_000L;

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([. \u00a0]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,19}");
    private static final Pattern CURRENCY = Pattern.compile("\\s*(đồng|đ|vnđ|vnd|dong)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private MoneyText() {
    }

    /**
     * Reads {@code 1.500.000.000}, {@code 1 500 000 000}, {@code 1500000000} (a trailing "đ", "đồng" or "VND"
     * allowed); blank is no amount.
     *
     * @throws IllegalArgumentException for anything else: a decimal comma, a misplaced dot, a negative amount,
     *                                  more than {@link #MAX}
     */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = CURRENCY.matcher(text.strip()).replaceFirst("").strip();
        if (!GROUPED.matcher(t).matches() && !PLAIN.matcher(t).matches()) {
            throw new IllegalArgumentException("Not an amount in đồng: " + text);
        }
        BigDecimal value = new BigDecimal(t.replaceAll("[. \u00a0]", ""));
        if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException("Amount too large: " + text);
        }
        return value.longValueExact();
    }

    /** {@code 1.500.000.000}: dots between thousands, whatever the language (the figure is in đồng). */
    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (amount < 0 ? "-" : "") + out;
    }

    /**
     * The amount said in tỷ or triệu đồng, at most two decimals: "1,5 tỷ đồng", "250 triệu đồng",
     * "≈ 381,43 tỷ đồng" when rounded; below a million, the figure itself ("950.000 đồng"). In English
     * "1.5 billion dong", "250 million dong".
     */
    public static String words(long amount, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String unitDong = english ? "dong" : "đồng";
        if (Math.abs(amount) < 1_000_000L) {
            return (english ? String.format(Locale.ENGLISH, "%,d", amount) : format(amount)) + " " + unitDong;
        }
        BigDecimal value = BigDecimal.valueOf(amount);
        boolean billions = Math.abs(amount) >= 1_000_000_000L;
        BigDecimal scaled = value.divide(billions ? BILLION : MILLION);
        BigDecimal rounded = scaled.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        boolean exact = rounded.compareTo(scaled) == 0;
        String number = plain(rounded, english);
        String scale = billions ? (english ? "billion" : "tỷ") : (english ? "million" : "triệu");
        return (exact ? "" : "≈ ") + number + " " + scale + " " + unitDong;
    }

    /** A number with its integer part grouped and at most two decimals, Vietnamese (1.234,5) or English (1,234.5). */
    private static String plain(BigDecimal value, boolean english) {
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        String integer = english ? String.format(Locale.ENGLISH, "%,d", whole.longValueExact()) : format(whole.longValueExact());
        String fraction = value.subtract(whole).abs().toPlainString();
        if (value.scale() <= 0 || fraction.equals("0")) {
            return integer;
        }
        return integer + (english ? "." : ",") + fraction.substring(fraction.indexOf('.') + 1);
    }
}
