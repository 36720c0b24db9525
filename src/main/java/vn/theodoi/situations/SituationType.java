package vn.theodoi.situations;

/** What kind of hot spot (điểm nóng) a province reports. */
public enum SituationType {
    /** Tập trung đông người. */
    MASS_GATHERING,
    /** Vụ việc về an ninh, trật tự. */
    SECURITY_INCIDENT,
    /** Khiếu nại, tố cáo kéo dài. */
    PROLONGED_COMPLAINT,
    /** Khác. */
    OTHER
}
