package vn.theodoi.organization;

/** Why a day is in the calendar; LUNAR entries are the ones that must be entered every year. */
public enum CalendarDayCategory {
    /** Tết Nguyên đán, Giỗ Tổ Hùng Vương: lunar dates announced each year. */
    LUNAR,
    /** The day next to Quốc khánh (2 September). */
    NATIONAL_DAY,
    SWAP,
    OTHER
}
