package vn.theodoi.deadline;

/**
 * Procedural event codes of DOMAIN.md section 4, plus {@link #TRIAL_OPENING_EXTENDED}. The stage and every
 * deadline of a record are derived from its events.
 */
public enum EventType {
    /** Tiếp nhận nguồn tin về tội phạm: starts {@link Stage#REPORT_VERIFICATION}. */
    REPORT_RECEIVED(null),
    /** Gia hạn giải quyết nguồn tin (Điều 147(2)). */
    REPORT_VERIFICATION_EXTENDED(Stage.REPORT_VERIFICATION),
    /** Khởi tố vụ án: starts {@link Stage#INVESTIGATION}. */
    CASE_INITIATED(null),
    /** Gia hạn điều tra (Điều 172(2), or Điều 174(1) after resumption). */
    INVESTIGATION_EXTENDED(Stage.INVESTIGATION),
    /** Tạm đình chỉ điều tra (Điều 229): ends the investigation limit, enters {@link Stage#SUSPENDED}. */
    INVESTIGATION_SUSPENDED(null),
    /** Phục hồi điều tra (Điều 235): starts a new investigation limit of variant {@link RuleVariant#RESUMED}. */
    INVESTIGATION_RESUMED(null),
    /** Kết thúc điều tra, Viện kiểm sát nhận hồ sơ: starts {@link Stage#PROSECUTION}. */
    INVESTIGATION_CONCLUDED(null),
    /** Trả hồ sơ để điều tra bổ sung; needs {@link ProcedureEvent#returnedBy()}. */
    RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION(null),
    /** Truy tố (cáo trạng): ends prosecution, enters {@link Stage#INDICTED}. */
    INDICTED(null),
    /** Gia hạn thời hạn quyết định việc truy tố (Điều 240). */
    PROSECUTION_EXTENDED(Stage.PROSECUTION),
    /** Đình chỉ (điều tra, vụ án). */
    DISMISSED(null),
    /** Tòa án thụ lý hồ sơ: starts {@link Stage#TRIAL_PREPARATION}. */
    FILE_RECEIVED_BY_COURT(null),
    /** Gia hạn chuẩn bị xét xử (Điều 277(1)). */
    TRIAL_PREPARATION_EXTENDED(Stage.TRIAL_PREPARATION),
    /** Quyết định đưa vụ án ra xét xử: starts {@link Stage#TRIAL_OPENING}. */
    TRIAL_DECIDED(null),
    /**
     * Not in DOMAIN.md's list: the trial is opened later than 15 days after the decision "with good reason"
     * (có lý do chính đáng, Điều 277(3)), at most 30 days in all. Modelled as the one extension of
     * {@link Stage#TRIAL_OPENING}.
     */
    TRIAL_OPENING_EXTENDED(Stage.TRIAL_OPENING),
    /** Bản án sơ thẩm: ends {@link Stage#TRIAL_OPENING}. */
    FIRST_INSTANCE_JUDGMENT(null),
    /** Kháng cáo, kháng nghị. */
    APPEAL_FILED(null),
    /** Tòa án cấp phúc thẩm nhận hồ sơ; needs {@link ProcedureEvent#courtLevel()}. */
    APPEAL_FILE_RECEIVED(null),
    /** Bản án phúc thẩm: ends {@link Stage#APPEAL_PREPARATION}. */
    APPEAL_JUDGMENT(null),
    /** Thi hành án. */
    ENFORCEMENT_STARTED(null),
    /** Thu hồi tài sản: does not change the stage. */
    ASSETS_RECOVERED(null),
    /** Kết thúc theo dõi: ends any open limit. */
    CLOSED(null),
    /** Tách vụ án: does not change the stage (the split-off record has its own history). */
    SPLIT(null);

    private final Stage extendedStage;

    EventType(Stage extendedStage) {
        this.extendedStage = extendedStage;
    }

    /** Whether this event extends the limit of a stage. */
    public boolean isExtension() {
        return extendedStage != null;
    }

    /** The stage whose limit this event extends, or {@code null} when it is not an extension. */
    public Stage extendedStage() {
        return extendedStage;
    }
}
