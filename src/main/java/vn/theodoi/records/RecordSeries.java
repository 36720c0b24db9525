package vn.theodoi.records;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.records.internal.RecordMonthly;

/**
 * The records' series over time for the statistics page's charts: a small public face beside
 * {@link Records}, counted in the database within the reader's visibility.
 */
@Service
public class RecordSeries {

    private final RecordMonthly monthly;

    RecordSeries(RecordMonthly monthly) {
        this.monthly = monthly;
    }

    /** Every month touching {@code from}..{@code to}, in order, zeros included; events outside the days are not counted. */
    public List<MonthlyCounts> monthly(TheodoiUser user, LocalDate from, LocalDate to) {
        return monthly.monthly(user, from, to);
    }
}
