package vn.theodoi.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese officials write them: day, month, year ({@code 03/07/2026} is the 3rd of July), the one
 * format every page shows and every page form accepts, whatever the browser's language. ISO dates
 * ({@code 2026-07-03}) are accepted too, for links and older clients.
 */
public final class DateText {

    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern DIGITS_ONLY = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateText() {
    }

    /** {@code dd/MM/yyyy}, or the empty string for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.format(SHOWN);
    }

    /**
     * Reads {@code 3/7/2026}, {@code 03/07/2026}, {@code 03.07.2026}, {@code 03-07-2026}, {@code 03072026} or
     * {@code 2026-07-03}; blank is no date.
     *
     * @throws IllegalArgumentException when the text is not one of those or names no real day (31/02/2026)
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = DIGITS_ONLY.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException noSuchDay) {
            throw new IllegalArgumentException("No such day: " + text, noSuchDay);
        }
        throw new IllegalArgumentException("Not a date (dd/mm/yyyy): " + text);
    }
}
