package vn.theodoi.deadline;

/**
 * Procedural event codes of DOMAIN.md section 4, plus {@link #TRIAL_OPENING_EXTENDED}. The stage and every
 * deadline of a record are derived from its events.
 */
public enum EventType {
    /** Tiếp nhận nguồn tin về tội phạm: starts {@link Stage#REPORT_VERIFICATION}. */
    REPORT_RECEIVED(null, false),
    /**
     * Kéo dài / gia hạn thời hạn giải quyết nguồn tin (Điều 147(2)): the first one prolongs the limit to at most
     * 2 months from receipt, the second is the procuracy's single extension of at most 2 months.
     */
    REPORT_VERIFICATION_EXTENDED(Stage.REPORT_VERIFICATION, false),
    /** Tạm đình chỉ việc giải quyết nguồn tin (Điều 148): ends the report limit, enters {@link Stage#SUSPENDED}. */
    REPORT_HANDLING_SUSPENDED(null, false),
    /**
     * Phục hồi giải quyết nguồn tin (Điều 149): starts a report limit of variant {@link RuleVariant#RESUMED}
     * (at most 1 month).
     */
    REPORT_HANDLING_RESUMED(null, false),
    /**
     * Khởi tố vụ án: starts {@link Stage#INVESTIGATION}; after a crime report it closes the report limit (the
     * report becomes a case).
     */
    CASE_INITIATED(null, false),
    /** Gia hạn điều tra (Điều 172(2), (3), or Điều 174(1) after resumption); records {@link ProcedureEvent#grantedBy()}. */
    INVESTIGATION_EXTENDED(Stage.INVESTIGATION, false),
    /** Tạm đình chỉ điều tra (Điều 229): ends the investigation limit, enters {@link Stage#SUSPENDED}. */
    INVESTIGATION_SUSPENDED(null, false),
    /** Phục hồi điều tra (Điều 235): starts a new investigation limit of variant {@link RuleVariant#RESUMED}. */
    INVESTIGATION_RESUMED(null, false),
    /**
     * Kết thúc điều tra, chuyển hồ sơ: ends the investigation on its date; {@link Stage#PROSECUTION} counts from the
     * day the procuracy received the file ({@link ProcedureEvent#fileReceivedDate()}, Điều 240).
     */
    INVESTIGATION_CONCLUDED(null, true),
    /**
     * Trả hồ sơ để điều tra bổ sung; needs {@link ProcedureEvent#returnedBy()}. The returning body's limit ends on
     * its date; the supplementary investigation counts from the day the investigators received the file
     * (Điều 174(2)). A court return is the presiding judge's in trial preparation (Điều 280) and the trial
     * panel's once the trial was decided (Điều 298).
     */
    RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION(null, true),
    /** Truy tố (cáo trạng): ends prosecution, enters {@link Stage#INDICTED}. */
    INDICTED(null, false),
    /** Gia hạn thời hạn quyết định việc truy tố (Điều 240). */
    PROSECUTION_EXTENDED(Stage.PROSECUTION, false),
    /**
     * Tạm đình chỉ vụ án by the procuracy (Điều 247) or the court (Điều 281): ends the running limit, enters
     * {@link Stage#SUSPENDED}.
     */
    CASE_SUSPENDED(null, false),
    /**
     * Phục hồi vụ án by the procuracy (Điều 249) or the court (Điều 283): the stage's limit runs afresh from the
     * decision (variant {@link RuleVariant#RESTORED}).
     */
    CASE_RESTORED(null, false),
    /** Đình chỉ (điều tra, vụ án). */
    DISMISSED(null, false),
    /**
     * Tòa án thụ lý hồ sơ: starts {@link Stage#TRIAL_PREPARATION}; after a court return, the 15-day limit of a
     * returned file (Điều 277(1), last sentence, variant {@link RuleVariant#RETURNED}).
     */
    FILE_RECEIVED_BY_COURT(null, false),
    /** Gia hạn chuẩn bị xét xử (Điều 277(1)). */
    TRIAL_PREPARATION_EXTENDED(Stage.TRIAL_PREPARATION, false),
    /** Quyết định đưa vụ án ra xét xử: starts {@link Stage#TRIAL_OPENING}. */
    TRIAL_DECIDED(null, false),
    /**
     * Not in DOMAIN.md's list: the hearing is to open later than 15 days after the decision "for force majeure or
     * an objective obstacle" (vì lý do bất khả kháng hoặc do trở ngại khách quan, Điều 277(2)), at most 30 days in
     * all. Modelled as the one extension of {@link Stage#TRIAL_OPENING}.
     */
    TRIAL_OPENING_EXTENDED(Stage.TRIAL_OPENING, false),
    /**
     * Mở phiên tòa sơ thẩm: meets the limit to open the hearing ({@link Stage#TRIAL_OPENING}, Điều 277(2)) or to
     * resume a postponed one ({@link Stage#TRIAL_POSTPONED}, Điều 297); enters {@link Stage#TRIAL_HEARING}.
     */
    TRIAL_OPENED(null, false),
    /** Hoãn phiên tòa sơ thẩm (Điều 297): the hearing must resume within 30 days ({@link Stage#TRIAL_POSTPONED}). */
    TRIAL_POSTPONED(null, false),
    /** Bản án sơ thẩm: ends the hearing, enters {@link Stage#FIRST_INSTANCE_JUDGED}. */
    FIRST_INSTANCE_JUDGMENT(null, false),
    /** Kháng cáo, kháng nghị. */
    APPEAL_FILED(null, false),
    /** Tòa án cấp phúc thẩm nhận hồ sơ; needs {@link ProcedureEvent#courtLevel()}. */
    APPEAL_FILE_RECEIVED(null, false),
    /**
     * Mở phiên tòa phúc thẩm: meets the limit to open the appeal hearing ({@link Stage#APPEAL_PREPARATION},
     * Điều 346(1)) or to resume a postponed one ({@link Stage#APPEAL_TRIAL_POSTPONED}, Điều 352).
     */
    APPEAL_TRIAL_OPENED(null, false),
    /** Hoãn phiên tòa phúc thẩm (Điều 352): the hearing must resume within 30 days. */
    APPEAL_TRIAL_POSTPONED(null, false),
    /** Bản án phúc thẩm: enters {@link Stage#APPEAL_JUDGED}. */
    APPEAL_JUDGMENT(null, false),
    /**
     * Hủy bản án để điều tra lại (Điều 358, 174(3)): a new investigation limit (Điều 172) counted from the day the
     * investigators received the file.
     */
    JUDGMENT_ANNULLED_FOR_REINVESTIGATION(null, true),
    /**
     * Hủy bản án để xét xử lại (Điều 358): a new trial preparation limit (Điều 277(1)) counted from the day the
     * first-instance court received the file.
     */
    JUDGMENT_ANNULLED_FOR_RETRIAL(null, true),
    /** Thi hành án. */
    ENFORCEMENT_STARTED(null, false),
    /** Thu hồi tài sản: does not change the stage. */
    ASSETS_RECOVERED(null, false),
    /** Kết thúc theo dõi: ends any open limit. */
    CLOSED(null, false),
    /** Tách vụ án: does not change the stage (the split-off record has its own history). */
    SPLIT(null, false);

    private final Stage extendedStage;
    private final boolean receivesFile;

    EventType(Stage extendedStage, boolean receivesFile) {
        this.extendedStage = extendedStage;
        this.receivesFile = receivesFile;
    }

    /** Whether this event extends the limit of a stage. */
    public boolean isExtension() {
        return extendedStage != null;
    }

    /** The stage whose limit this event extends, or {@code null} when it is not an extension. */
    public Stage extendedStage() {
        return extendedStage;
    }

    /**
     * Whether the file passes to another body with this event, the next limit counting from its receipt
     * ({@link ProcedureEvent#fileReceivedDate()}).
     */
    public boolean receivesFile() {
        return receivesFile;
    }
}
