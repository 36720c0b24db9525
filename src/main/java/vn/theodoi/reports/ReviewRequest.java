package vn.theodoi.reports;

import java.time.LocalDate;

/**
 * Which review document to write (DOMAIN.md section 8): a review over a period (báo cáo sơ kết,
 * tổng kết: the title follows from the period), or the progress report since a session
 * ("từ sau Phiên họp thứ N đến nay").
 */
public record ReviewRequest(Kind kind, LocalDate from, LocalDate to, Integer sessionNumber) {

    public enum Kind {
        /** Sơ kết 6 tháng, tổng kết năm, or any other period. */
        REVIEW,
        /** Kết quả chỉ đạo từ sau Phiên họp thứ N đến nay. */
        SINCE_SESSION
    }

    public static ReviewRequest period(LocalDate from, LocalDate to) {
        return new ReviewRequest(Kind.REVIEW, from, to, null);
    }

    public static ReviewRequest sinceSession(int number) {
        return new ReviewRequest(Kind.SINCE_SESSION, null, null, number);
    }
}
