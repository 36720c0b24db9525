package vn.theodoi.deadline;

/**
 * Procedural stage (giai đoạn tố tụng) of a record, derived from its event history. The current stage is the
 * last one entered and not left. Stages marked "timed" carry a statutory time limit whose values come from the
 * rule table ({@link TimeLimitRules}); the others are resting places without a limit.
 */
public enum Stage {
    /**
     * Giải quyết nguồn tin về tội phạm (Điều 147 BLTTHS), from {@link EventType#REPORT_RECEIVED}; or, with variant
     * {@link RuleVariant#RESUMED}, from {@link EventType#REPORT_HANDLING_RESUMED} (Điều 149). Timed.
     */
    REPORT_VERIFICATION(true),
    /**
     * Điều tra (Điều 172 BLTTHS), from {@link EventType#CASE_INITIATED}; or, with variant
     * {@link RuleVariant#RESUMED}, from {@link EventType#INVESTIGATION_RESUMED} (Điều 174(1), 235); with variant
     * {@link RuleVariant#REINVESTIGATION}, from {@link EventType#JUDGMENT_ANNULLED_FOR_REINVESTIGATION}
     * (Điều 174(3), 358). Timed.
     */
    INVESTIGATION(true),
    /**
     * Điều tra bổ sung (Điều 174 BLTTHS), from {@link EventType#RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION};
     * the variant is the returning body (the procuracy, the presiding judge, the trial panel). Timed, no extension.
     */
    SUPPLEMENTARY_INVESTIGATION(true),
    /**
     * Quyết định việc truy tố (Điều 240 BLTTHS), from {@link EventType#INVESTIGATION_CONCLUDED}; with variant
     * {@link RuleVariant#RESTORED}, from {@link EventType#CASE_RESTORED} (Điều 249). Timed.
     */
    PROSECUTION(true),
    /**
     * Đã truy tố: indicted, waiting for the court to receive the file ({@link EventType#FILE_RECEIVED_BY_COURT}).
     * Not named in DOMAIN.md; a resting place without a limit.
     */
    INDICTED(false),
    /**
     * Chuẩn bị xét xử sơ thẩm (Điều 277(1) BLTTHS), from {@link EventType#FILE_RECEIVED_BY_COURT}; variants for a
     * file returned and received again ({@link RuleVariant#RETURNED}), a restored case ({@link RuleVariant#RESTORED},
     * Điều 283) and a retrial after annulment ({@link RuleVariant#RETRIAL}, Điều 358). Timed.
     */
    TRIAL_PREPARATION(true),
    /**
     * Mở phiên tòa sơ thẩm (Điều 277(2) BLTTHS), from {@link EventType#TRIAL_DECIDED} until the hearing opens
     * ({@link EventType#TRIAL_OPENED}). Timed: 15 days, 30 for force majeure or an objective obstacle, modelled as
     * one extension ({@link EventType#TRIAL_OPENING_EXTENDED}).
     */
    TRIAL_OPENING(true),
    /**
     * Hoãn phiên tòa sơ thẩm (Điều 297 BLTTHS), from {@link EventType#TRIAL_POSTPONED} until the hearing resumes
     * ({@link EventType#TRIAL_OPENED}). Timed: 30 days from the postponement decision.
     */
    TRIAL_POSTPONED(true),
    /**
     * Đang xét xử sơ thẩm: the hearing opened, the judgment is not given yet. Not named in DOMAIN.md; no limit (a
     * trial that lasts weeks after opening on time is on time).
     */
    TRIAL_HEARING(false),
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
     * the court level. Until the appeal hearing opens ({@link EventType#APPEAL_TRIAL_OPENED}, Điều 346(1)). Timed, no
     * extension.
     */
    APPEAL_PREPARATION(true),
    /**
     * Hoãn phiên tòa phúc thẩm (Điều 352 BLTTHS), from {@link EventType#APPEAL_TRIAL_POSTPONED} until the appeal
     * hearing resumes. Timed: 30 days from the postponement decision.
     */
    APPEAL_TRIAL_POSTPONED(true),
    /** Đang xét xử phúc thẩm: the appeal hearing opened, the judgment is not given yet. Not named in DOMAIN.md; no limit. */
    APPEAL_HEARING(false),
    /** Đã xét xử phúc thẩm: appeal judgment pronounced, waiting for enforcement. Not named in DOMAIN.md; no limit. */
    APPEAL_JUDGED(false),
    /** Thi hành án. No limit. */
    ENFORCEMENT(false),
    /**
     * Tạm đình chỉ: the handling of a crime report (Điều 148), the investigation (Điều 229) or the case at the
     * procuracy or the court (Điều 247, 281) is suspended; the clock is stopped. No limit.
     */
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
