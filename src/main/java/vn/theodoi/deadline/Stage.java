package vn.theodoi.deadline;

/**
 * Procedural stage (giai đoạn tố tụng) of a record, derived from its event history. The current stage is the
 * last one entered and not left. Stages marked "timed" carry a statutory time limit whose values come from the
 * rule table ({@link TimeLimitRules}); the others are resting places without a limit.
 */
public enum Stage {
    /** Giải quyết nguồn tin về tội phạm (Điều 147 BLTTHS), from {@link EventType#REPORT_RECEIVED}. Timed. */
    REPORT_VERIFICATION(true),
    /**
     * Điều tra (Điều 172 BLTTHS), from {@link EventType#CASE_INITIATED}; or, with variant
     * {@link RuleVariant#RESUMED}, from {@link EventType#INVESTIGATION_RESUMED} (Điều 174(1), 235). Timed.
     */
    INVESTIGATION(true),
    /**
     * Điều tra bổ sung (Điều 174 BLTTHS), from {@link EventType#RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION};
     * the variant is the returning body. Timed, no extension.
     */
    SUPPLEMENTARY_INVESTIGATION(true),
    /** Quyết định việc truy tố (Điều 240 BLTTHS), from {@link EventType#INVESTIGATION_CONCLUDED}. Timed. */
    PROSECUTION(true),
    /**
     * Đã truy tố: indicted, waiting for the court to receive the file ({@link EventType#FILE_RECEIVED_BY_COURT}).
     * Not named in DOMAIN.md; a resting place without a limit.
     */
    INDICTED(false),
    /** Chuẩn bị xét xử sơ thẩm (Điều 277 BLTTHS), from {@link EventType#FILE_RECEIVED_BY_COURT}. Timed. */
    TRIAL_PREPARATION(true),
    /**
     * Mở phiên tòa sơ thẩm (Điều 277(3) BLTTHS), from {@link EventType#TRIAL_DECIDED} until the
     * first-instance judgment. Timed: 15 days, 30 "with good reason", modelled as one extension
     * ({@link EventType#TRIAL_OPENING_EXTENDED}).
     */
    TRIAL_OPENING(true),
    /**
     * Đã xét xử sơ thẩm: first-instance judgment pronounced, waiting for an appeal or for the judgment to be
     * enforced. Not named in DOMAIN.md; no limit (the appeal period itself is not tracked here).
     */
    FIRST_INSTANCE_JUDGED(false),
    /**
     * Có kháng cáo, kháng nghị: an appeal has been filed, the appeal court has not yet received the file. Not
     * named in DOMAIN.md; no limit.
     */
    APPEAL(false),
    /**
     * Chuẩn bị xét xử phúc thẩm (Điều 346 BLTTHS), from {@link EventType#APPEAL_FILE_RECEIVED}; the variant is
     * the court level. Timed, no extension.
     */
    APPEAL_PREPARATION(true),
    /** Đã xét xử phúc thẩm: appeal judgment pronounced, waiting for enforcement. Not named in DOMAIN.md; no limit. */
    APPEAL_JUDGED(false),
    /** Thi hành án. No limit. */
    ENFORCEMENT(false),
    /** Tạm đình chỉ điều tra (Điều 229 BLTTHS): the investigation clock is stopped. No limit. */
    SUSPENDED(false),
    /** Đình chỉ. No limit. */
    DISMISSED(false),
    /** Kết thúc theo dõi / đóng hồ sơ. No limit. */
    CLOSED(false);

    private final boolean timed;

    Stage(boolean timed) {
        this.timed = timed;
    }

    /** Whether the stage carries a statutory time limit (and so needs rows in the rule table). */
    public boolean isTimed() {
        return timed;
    }
}
