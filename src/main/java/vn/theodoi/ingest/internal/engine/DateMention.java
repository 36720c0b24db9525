package vn.theodoi.ingest.internal.engine;

import java.time.LocalDate;

/**
 * A date or a period the text names, tokens {@code [from, to)}: a day, a month, a quarter, a half or a year, as
 * {@code first} and {@code last} day. {@code due} is set when the text makes it a deadline ("trước ngày 30/6",
 * "trong quý II/2026", "chậm nhất ngày 15/8"): the day by which something is to be done. {@code yearless}: the
 * text gave no year, so the reference day's was taken.
 */
public record DateMention(int from, int to, LocalDate first, LocalDate last, Precision precision, LocalDate due,
        boolean yearless) {

    public enum Precision {
        DAY, MONTH, QUARTER, HALF, YEAR
    }

    public boolean deadline() {
        return due != null;
    }

    /**
     * The deadline as a direction means it: one written without a year ("trước ngày 15/1") that would fall before
     * the day the text is read is next year's.
     */
    public LocalDate dueFrom(LocalDate reference) {
        return due != null && yearless && due.isBefore(reference) ? due.plusYears(1) : due;
    }
}
