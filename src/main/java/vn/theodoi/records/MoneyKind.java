package vn.theodoi.records;

/** Money figures of a record, in whole VND. */
public enum MoneyKind {
    /** Thiệt hại. */
    DAMAGE,
    /** Kê biên, phong tỏa, tạm giữ. */
    SEIZED,
    /** Thu hồi. */
    RECOVERED
}
