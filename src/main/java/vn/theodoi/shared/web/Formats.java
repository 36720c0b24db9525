package vn.theodoi.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.theodoi.shared.ProcedureTime;

/**
 * One way to write dates, instants, years, amounts and rates on every page, whatever the browser's language:
 * templates call it as {@code ${@fmt.date(d)}}, {@code ${@fmt.money(n)}}.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ProcedureTime.VIETNAM);

    /** {@code 03/07/2026}; empty for no date. */
    public String date(LocalDate date) {
        return DateText.format(date);
    }

    /** {@code 03/07/2026 14:05}, Vietnam's time; empty for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A year as digits, never grouped ("2027", not "2.027"). */
    public String year(Integer year) {
        return year == null ? "" : Integer.toString(year);
    }

    /** {@code 1.500.000.000}. */
    public String money(Long amount) {
        return amount == null ? "" : MoneyText.format(amount);
    }

    /** "1,5 tỷ đồng" in the reader's language. */
    public String moneyWords(Long amount) {
        return amount == null ? "" : MoneyText.words(amount, LocaleContextHolder.getLocale());
    }

    /** {@code part} as a percentage of {@code whole}, one decimal ("31,2%"), or empty when {@code whole} is 0. */
    public String percent(long part, long whole) {
        if (whole <= 0) {
            return "";
        }
        BigDecimal rate = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rate.scale() < 0 ? rate.setScale(0).toPlainString() : rate.toPlainString();
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return (english ? text : text.replace('.', ',')) + "%";
    }

    /** Whole days from {@code from} to {@code to} (positive when {@code to} is later). */
    public long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
    }
}
