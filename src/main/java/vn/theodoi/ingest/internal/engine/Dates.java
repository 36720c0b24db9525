package vn.theodoi.ingest.internal.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.theodoi.ingest.internal.engine.DateMention.Precision;

/**
 * Dates and periods: "13/7/2026", "ngày 5 tháng 3 năm 2026", "tháng 12/2026", "quý II/2026", "6 tháng cuối năm
 * 2026", "năm 2026", and the same without the year ("trước ngày 30/6", "trong tháng 12"), which takes the year of
 * the reference day (the day the text is read). A deadline is a date after "trước", "chậm nhất", "trong", "hết",
 * "đến hết", "hạn", "không quá": "trước" a day means that day, "trước" a period the day before it starts; the
 * others a period's last day. A deadline without a year that would fall before the reference day is next year's.
 */
public final class Dates {

    private Dates() {
    }

    /** Words before a day written d/m (without a year) that make it a date, not a fraction (2/3 số vụ án). */
    private static final List<String> DAY_CUES = List.of("ngày", "trước", "sáng", "chiều", "tối", "trưa", "đêm",
            "hạn", "đến", "từ", "hết", "nhất", "và", "vào");

    public static List<DateMention> find(List<Token> tokens, LocalDate reference) {
        List<DateMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            DateMention date = at(tokens, i, reference);
            if (date == null) {
                i++;
                continue;
            }
            found.add(withDeadline(tokens, date, reference));
            i = date.to();
        }
        return found;
    }

    private static DateMention at(List<Token> tokens, int i, LocalDate reference) {
        Token t = tokens.get(i);
        int year = reference.getYear();
        // ngày 5 tháng 3 [năm 2026]
        if (t.is("ngày") && number(tokens, i + 1) > 0 && word(tokens, i + 2, "tháng") && number(tokens, i + 3) > 0) {
            int day = number(tokens, i + 1);
            int month = number(tokens, i + 3);
            int end = i + 4;
            Integer y = yearAfterNam(tokens, end);
            if (y != null) {
                end += 2;
            }
            LocalDate date = day(y == null ? year : y, month, day);
            return date == null ? null : new DateMention(i, end, date, date, y == null ? null : Precision.DAY, null, false);
        }
        // 30/6/2026, 30-6-2026, 30.6.2026, 30/6
        if (t.kind() == Token.Kind.NUMBER && t.text().matches("\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{4})?")) {
            String[] parts = t.text().split("[/.-]");
            int day = Integer.parseInt(parts[0]);
            int month = Integer.parseInt(parts[1]);
            boolean withYear = parts.length == 3;
            if (!withYear && (i == 0 || !cue(tokens.get(i - 1)))) {
                return null;
            }
            LocalDate date = day(withYear ? Integer.parseInt(parts[2]) : year, month, day);
            int from = i > 0 && tokens.get(i - 1).is("ngày") ? i - 1 : i;
            return date == null ? null : new DateMention(from, i + 1, date, date, withYear ? Precision.DAY : null, null, false);
        }
        // tháng 12/2026, tháng 12 năm 2026, tháng 12
        if (t.is("tháng") && i + 1 < tokens.size() && (i == 0 || tokens.get(i - 1).kind() != Token.Kind.NUMBER)) {
            Token next = tokens.get(i + 1);
            if (next.kind() == Token.Kind.NUMBER && next.text().matches("\\d{1,2}/\\d{4}")) {
                String[] parts = next.text().split("/");
                return month(i, i + 2, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]), true);
            }
            int month = number(tokens, i + 1);
            if (month >= 1 && month <= 12) {
                Integer y = yearAfterNam(tokens, i + 2);
                return month(i, y == null ? i + 2 : i + 4, y == null ? year : y, month, y != null);
            }
        }
        // quý II/2026, quý 2 năm 2026, quý IV
        if (t.is("quý") && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            String[] parts = next.text().split("/");
            int quarter = parts[0].matches("\\d") ? Integer.parseInt(parts[0]) : Numbers.roman(parts[0]);
            if (quarter >= 1 && quarter <= 4 && (parts.length == 1 || parts.length == 2 && parts[1].matches("\\d{4}"))) {
                Integer y = parts.length == 2 ? Integer.valueOf(parts[1]) : yearAfterNam(tokens, i + 2);
                int end = parts.length == 2 || y == null ? i + 2 : i + 4;
                LocalDate first = LocalDate.of(y == null ? year : y, quarter * 3 - 2, 1);
                return new DateMention(i, end, first, first.plusMonths(3).minusDays(1), y == null ? null : Precision.QUARTER,
                        null, false);
            }
        }
        // 6 tháng đầu năm [2026], 6 tháng cuối năm [2026]
        if (t.text().equals("6") && word(tokens, i + 1, "tháng") && (word(tokens, i + 2, "đầu")
                || word(tokens, i + 2, "cuối")) && word(tokens, i + 3, "năm")) {
            boolean firstHalf = word(tokens, i + 2, "đầu");
            int end = i + 4;
            Integer y = tokens.size() > end && tokens.get(end).text().matches("\\d{4}")
                    ? Integer.valueOf(tokens.get(end).text()) : null;
            if (y != null) {
                end++;
            }
            LocalDate first = LocalDate.of(y == null ? year : y, firstHalf ? 1 : 7, 1);
            return new DateMention(i, end, first, first.plusMonths(6).minusDays(1), y == null ? null : Precision.HALF, null, false);
        }
        // cuối năm [2026]: the last day of the year
        if (t.is("cuối") && word(tokens, i + 1, "năm") && (i == 0 || !tokens.get(i - 1).is("tháng"))) {
            Integer y = i + 2 < tokens.size() && tokens.get(i + 2).text().matches("(19|20)\\d{2}")
                    ? Integer.valueOf(tokens.get(i + 2).text()) : null;
            LocalDate last = LocalDate.of(y == null ? year : y, 12, 31);
            return new DateMention(i, y == null ? i + 2 : i + 3, last, last, y == null ? null : Precision.DAY, null, false);
        }
        // năm 2026
        if (t.is("năm") && i + 1 < tokens.size() && tokens.get(i + 1).text().matches("(19|20)\\d{2}")
                && (i == 0 || !tokens.get(i - 1).is("đầu") && !tokens.get(i - 1).is("cuối"))) {
            int y = Integer.parseInt(tokens.get(i + 1).text());
            return new DateMention(i, i + 2, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, null, false);
        }
        return null;
    }

    /** A precision of null above marks a date without its year; it is set here, with the deadline. */
    private static DateMention withDeadline(List<Token> tokens, DateMention date, LocalDate reference) {
        boolean yearless = date.precision() == null;
        Precision precision = yearless ? precisionOf(date) : date.precision();
        String cue = cueBefore(tokens, date.from());
        LocalDate due = cue == null ? null : cue.equals("before")
                ? (precision == Precision.DAY ? date.first() : date.first().minusDays(1)) : date.last();
        return new DateMention(date.from(), date.to(), date.first(), date.last(), precision, due, yearless);
    }

    private static Precision precisionOf(DateMention d) {
        if (d.first().equals(d.last())) {
            return Precision.DAY;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(d.first(), d.last().plusDays(1));
        return months == 1 ? Precision.MONTH : months == 3 ? Precision.QUARTER : months == 6 ? Precision.HALF
                : Precision.YEAR;
    }

    /**
     * "before" after trước, không quá; "by" after chậm nhất (là, vào), trong, hết, đến hết, hạn, hạn chót,
     * thời hạn; null for a date that is no deadline.
     */
    private static String cueBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && tokens.get(k).is("ngày")) {
            k--;
        }
        if (k >= 0 && (tokens.get(k).is("là") || tokens.get(k).is("vào") || tokens.get(k).isPunct(":"))) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        Token w = tokens.get(k);
        if (w.is("trước") || k >= 1 && w.is("quá") && tokens.get(k - 1).is("không")) {
            return "before";
        }
        if (w.is("trong") || w.is("hết") || w.is("hạn") || w.is("chót")
                || k >= 1 && w.is("nhất") && tokens.get(k - 1).is("chậm")) {
            return "by";
        }
        return null;
    }

    private static boolean cue(Token before) {
        return DAY_CUES.stream().anyMatch(before::is) || before.isPunct("(,");
    }

    private static DateMention month(int from, int to, int year, int month, boolean withYear) {
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return new DateMention(from, to, ym.atDay(1), ym.atEndOfMonth(), withYear ? Precision.MONTH : null, null, false);
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer yearAfterNam(List<Token> tokens, int at) {
        if (word(tokens, at, "năm") && at + 1 < tokens.size() && tokens.get(at + 1).text().matches("\\d{4}")) {
            return Integer.valueOf(tokens.get(at + 1).text());
        }
        return null;
    }

    private static boolean word(List<Token> tokens, int at, String word) {
        return at < tokens.size() && tokens.get(at).is(word);
    }

    /** A plain number of one or two digits at {@code at}, or -1. */
    private static int number(List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).kind() != Token.Kind.NUMBER || !tokens.get(at).text().matches("\\d{1,2}")) {
            return -1;
        }
        return Integer.parseInt(tokens.get(at).text());
    }
}
