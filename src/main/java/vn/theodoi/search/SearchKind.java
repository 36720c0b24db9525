package vn.theodoi.search;

/** What a search result is; the order is the order of the groups when their best results rank alike. */
public enum SearchKind {
    /** Hồ sơ vụ án, vụ việc. */
    RECORD,
    /** A person of a record: bị can, bị cáo, người liên quan. */
    PERSON,
    /** Nhiệm vụ. */
    TASK,
    /** Phiên họp, cuộc họp Thường trực, and its conclusion (kết luận). */
    MEETING,
    /** Kiến nghị, đề xuất. */
    PROPOSAL,
    /** Cuộc kiểm tra, giám sát. */
    INSPECTION,
    /** Vụ việc nổi cộm, điểm nóng. */
    SITUATION,
    /** Ghi chú on a record. */
    NOTE,
    /** The text of an attached PDF or Word file (tệp đính kèm). */
    ATTACHMENT;

    /** The kind named in a request parameter (any case), or null for a blank or unknown name. */
    public static SearchKind named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (SearchKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        return null;
    }
}
