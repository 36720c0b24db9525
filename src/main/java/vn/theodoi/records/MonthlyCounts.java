package vn.theodoi.records;

import java.time.YearMonth;

/**
 * One month of a period: how many cases were initiated (khởi tố), indicted (truy tố) and tried at first
 * instance (xét xử sơ thẩm) by the date of that event, within the reader's visibility; a corrected
 * event counts once, by its correction.
 */
public record MonthlyCounts(YearMonth month, long initiated, long indicted, long firstInstance) {
}
