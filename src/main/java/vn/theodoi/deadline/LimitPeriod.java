package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory period: an amount of days or months (e.g. "4 tháng", "20 ngày"). Written {@code 4M} or {@code 20D}
 * in the rule table.
 *
 * @param amount strictly positive amount
 * @param unit   days or months
 */
public record LimitPeriod(int amount, PeriodUnit unit) {

    public LimitPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("A period must be positive: " + amount);
        }
    }

    public static LimitPeriod days(int amount) {
        return new LimitPeriod(amount, PeriodUnit.DAYS);
    }

    public static LimitPeriod months(int amount) {
        return new LimitPeriod(amount, PeriodUnit.MONTHS);
    }

    /**
     * Parses the table notation {@code 20D} or {@code 2M} (case-insensitive, spaces allowed around the parts).
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static LimitPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.length() < 2) {
            throw new IllegalArgumentException("Not a period (expected e.g. 20D or 2M): '" + text + "'");
        }
        char u = t.charAt(t.length() - 1);
        PeriodUnit unit = switch (u) {
            case 'D' -> PeriodUnit.DAYS;
            case 'M' -> PeriodUnit.MONTHS;
            default -> throw new IllegalArgumentException("Not a period (unit must be D or M): '" + text + "'");
        };
        int amount;
        try {
            amount = Integer.parseInt(t.substring(0, t.length() - 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a period (amount must be a whole number): '" + text + "'");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("Not a period (amount must be positive): '" + text + "'");
        }
        return new LimitPeriod(amount, unit);
    }

    /**
     * The end of this period counted from {@code from}, before any day-off shift (Art. 134): for days,
     * {@code from + amount} days (the day of the event is not counted); for months, the same-numbered day of
     * the later month, or that month's last day when it has no such day.
     */
    public LocalDate addTo(LocalDate from) {
        return unit == PeriodUnit.DAYS ? from.plusDays(amount) : from.plusMonths(amount);
    }

    /** The table notation, e.g. {@code 20D}. */
    @Override
    public String toString() {
        return amount + (unit == PeriodUnit.DAYS ? "D" : "M");
    }
}
