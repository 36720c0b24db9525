package vn.theodoi.deadline;

/**
 * Something about a computed {@link TimeLimit} that a reader must know because the date may not be what the law
 * says: shown on the record and in the list, never silently absorbed into the count.
 */
public enum LimitFlag {
    /**
     * Chưa ghi ngày mở phiên tòa: the stage was ended by a judgment (or an annulment) without the opening of the
     * hearing being recorded, so the limit to open the hearing (Art. 277(2), 346(1)) is judged on the judgment's
     * date, the reading of histories entered before the opening events existed.
     */
    HEARING_DATE_NOT_RECORDED,
    /**
     * Thiếu lịch nghỉ âm lịch: the limit runs through a year whose lunar holidays (Tết, the Hùng Kings' day) are
     * not in the working-day calendar, so a day-off shift in that year may be wrong.
     */
    LUNAR_HOLIDAYS_MISSING,
    /**
     * Chưa ghi cơ quan gia hạn: an extension the law reserves to a named body (the fourth extension of an
     * especially serious investigation, Supreme People's Procuracy, Art. 172(3)) was recorded without the body
     * that granted it (histories entered before the field existed). A new extension without it is refused.
     */
    GRANTOR_NOT_RECORDED
}
