package vn.theodoi.ingest.internal.engine;

import java.math.BigDecimal;

/**
 * An amount of money, tokens {@code [from, to)}: {@code amount} in units of {@code currency} (VND, USD, EUR),
 * and how the text bounds it: {@code MORE_THAN} (hơn, trên), {@code NEARLY} (gần), {@code ABOUT} (khoảng,
 * xấp xỉ), {@code UP_TO} (lên tới, tới), or null when exact.
 */
public record MoneyMention(int from, int to, BigDecimal amount, String currency, String qualifier) {
}
