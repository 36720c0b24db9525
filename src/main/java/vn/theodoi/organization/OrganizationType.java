package vn.theodoi.organization;

/** Kinds of organization in the tree. */
public enum OrganizationType {
    /** Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực. */
    STEERING_COMMITTEE,
    /** Thường trực Ban Chỉ đạo. */
    STANDING_MEMBERS,
    /** Ban Nội chính Trung ương, the Steering Committee's standing agency. */
    COMMISSION,
    /** Vụ, đơn vị: an internal unit of the Commission. */
    DEPARTMENT,
    /** Ban Chỉ đạo cấp tỉnh. */
    PROVINCIAL_STEERING_COMMITTEE,
    /** Ban Nội chính Tỉnh ủy / Thành ủy: the provincial committee's standing agency. */
    PROVINCIAL_STANDING_AGENCY,
    /** Cơ quan tiến hành tố tụng, cơ quan chức năng: investigation, procuracy, court, inspectorate, audit. */
    AGENCY
}
