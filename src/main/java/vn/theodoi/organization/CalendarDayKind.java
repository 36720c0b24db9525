package vn.theodoi.organization;

/** What an administrator's calendar entry does to a day. */
public enum CalendarDayKind {
    /** A public holiday (ngày nghỉ lễ, Tết). */
    HOLIDAY,
    /** A weekday made a day off by an official day swap (hoán đổi ngày làm việc). */
    SWAP_DAY_OFF,
    /** A Saturday or Sunday made a working day by an official day swap (làm bù). */
    SWAP_WORKING_DAY
}
