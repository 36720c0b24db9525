package vn.theodoi.ingest.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts of money: a number written Vietnamese style (1.000, 2,5), scale words (nghìn, triệu, tỷ, nghìn tỷ;
 * "1 tỷ 200 triệu" adds up), a currency (đồng, VNĐ, VND, đ, USD, đô la, EUR) and a bound before it (hơn, gần,
 * khoảng ...). Without a currency only an amount in tỷ counts, as đồng ("thiệt hại hơn 1.000 tỷ"): "2 triệu
 * người" is no money.
 */
public final class Money {

    private Money() {
    }

    public static List<MoneyMention> find(List<Token> tokens) {
        List<MoneyMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            MoneyMention money = at(tokens, i);
            if (money == null) {
                i++;
            } else {
                found.add(money);
                i = money.to();
            }
        }
        return found;
    }

    private static MoneyMention at(List<Token> tokens, int i) {
        if (tokens.get(i).kind() != Token.Kind.NUMBER) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        int k = i;
        boolean billions = false;
        boolean scaled = false;
        while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.NUMBER) {
            BigDecimal number = Numbers.decimal(tokens.get(k).text());
            if (number == null) {
                break;
            }
            int[] scale = scale(tokens, k + 1);
            if (scale == null) {
                if (k == i) {
                    total = number;
                    k++;
                }
                break;
            }
            total = total.add(number.movePointRight(scale[0]));
            billions |= scale[0] >= 9;
            scaled = true;
            k += 1 + scale[1];
        }
        if (k == i) {
            return null;
        }
        String currency = null;
        int end = k;
        if (k < tokens.size()) {
            Token c = tokens.get(k);
            if (c.is("đồng") || c.text().equalsIgnoreCase("VNĐ") || c.text().equalsIgnoreCase("VND") || c.text().equals("đ")) {
                currency = "VND";
                end = k + 1;
            } else if (c.text().equals("USD") || c.text().equals("US$")) {
                currency = "USD";
                end = k + 1;
            } else if (c.is("đô") && k + 1 < tokens.size() && tokens.get(k + 1).is("la")) {
                currency = "USD";
                end = k + 2;
                if (end < tokens.size() && tokens.get(end).is("Mỹ")) {
                    end++;
                }
            } else if (c.text().equals("EUR") || c.is("euro")) {
                currency = "EUR";
                end = k + 1;
            }
        }
        if (currency == null) {
            if (!billions || !scaled || k < tokens.size() && tokens.get(k).isWord() && !FOLLOWERS.contains(tokens.get(k).lower())) {
                return null;
            }
            currency = "VND";
        }
        int from = i;
        String qualifier = null;
        if (i >= 1) {
            Token before = tokens.get(i - 1);
            Token before2 = i >= 2 ? tokens.get(i - 2) : null;
            if (before.is("hơn") || before.is("trên")) {
                qualifier = "MORE_THAN";
            } else if (before.is("gần")) {
                qualifier = "NEARLY";
            } else if (before.is("khoảng") || before.is("chừng")) {
                qualifier = "ABOUT";
            } else if (before.is("xỉ") && before2 != null && before2.is("xấp")) {
                qualifier = "ABOUT";
                from--;
            } else if (before.is("tới") || before.is("đến") && before2 != null && before2.is("lên")) {
                qualifier = "UP_TO";
                if (before2 != null && before2.is("lên")) {
                    from--;
                }
            }
            if (qualifier != null) {
                from--;
            }
        }
        return new MoneyMention(from, end, total.stripTrailingZeros().scale() < 0
                ? total.setScale(0) : total.stripTrailingZeros(), currency, qualifier);
    }

    /** Words that may follow an amount in tỷ that names no currency. */
    private static final java.util.Set<String> FOLLOWERS = java.util.Set.of("và", "cho", "của", "trong", "tại", "từ",
            "thì", "nhưng", "là", "đã", "được", "để", "do", "với", "so", "trở", "lên", "tiền", "ngân", "sách");

    /** The power of ten of the scale words at {@code at} and how many words they take, or null. */
    private static int[] scale(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        Token w = tokens.get(at);
        int power;
        if (w.is("nghìn") || w.is("ngàn")) {
            power = 3;
        } else if (w.is("triệu")) {
            power = 6;
        } else if (w.is("tỷ") || w.is("tỉ")) {
            power = 9;
        } else {
            return null;
        }
        if (power == 3 && at + 1 < tokens.size() && (tokens.get(at + 1).is("tỷ") || tokens.get(at + 1).is("tỉ"))) {
            return new int[] {12, 2};
        }
        return new int[] {power, 1};
    }
}
