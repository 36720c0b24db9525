package vn.theodoi.deadline;

/**
 * From which end date an extension is counted (a reading a lawyer may dispute, so a column of the rule table).
 * Art. 134 BLTTHS moves the last day of a limit that ends on a day off to the next working day; whether a chained
 * extension then starts from the moved day or from the day the limit would have ended is not written in the Code.
 */
public enum ExtensionCounting {
    /**
     * The extension is added to the end date before its day-off shift ("ngày hết hạn chưa lùi"): two chained
     * extensions end on the same day however the first one's end fell. The reading the product has always used.
     */
    FROM_UNSHIFTED_END,
    /** The extension is added to the last day of the limit in force, after its day-off shift. */
    FROM_SHIFTED_END
}
