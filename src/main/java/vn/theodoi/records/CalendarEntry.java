package vn.theodoi.records;

import java.time.LocalDate;

import vn.theodoi.deadline.Stage;

/** One day's due item in the deadline calendar: which record, and what falls due on that day. */
public record CalendarEntry(LocalDate day, What what, Long recordId, String code, String title, Stage stage,
        Integer oversightLevel, String responsibleUsername) {

    /** What falls due. */
    public enum What {
        /** The running legal limit ends (hạn tố tụng). */
        DUE,
        /** The last day to request an extension (hạn đề nghị gia hạn). */
        REQUEST,
        /** A milestone the Steering Committee directed (mốc chỉ đạo). */
        MILESTONE
    }
}
