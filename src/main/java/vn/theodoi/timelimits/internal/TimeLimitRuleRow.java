package vn.theodoi.timelimits.internal;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.deadline.TimeLimitRule;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.timelimits.TimeLimitRuleForm;
import vn.theodoi.timelimits.TimeLimitRuleView;

/** One row of the statutory time-limit table as stored: text columns, so a lawyer reads it as written. */
@Entity
@Table(name = "time_limit_rule")
public class TimeLimitRuleRow {

    @Id
    private Long id;
    private String stage;
    private String severity;
    private String variant;
    @Column(name = "base_period")
    private String basePeriod;
    private String extensions;
    @Column(name = "request_extension_days_before")
    private Integer requestExtensionDaysBefore;
    @Column(name = "max_entries")
    private Integer maxEntries;
    @Column(name = "day_off_shift")
    private String dayOffShift;
    private String article;
    private String note;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    /** The Code the row applies: BLTTHS 2015 or BLTTHS 2003. */
    private String code;
    @Column(name = "extension_counting")
    private String extensionCounting;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Version
    private long version;

    protected TimeLimitRuleRow() {
    }

    /** An administrator's correction; stage, severity and variant stay. */
    public void revise(TimeLimitRuleForm form) {
        this.basePeriod = form.basePeriod().strip().toUpperCase();
        this.extensions = form.extensions() == null || form.extensions().isBlank() ? null
                : form.extensions().replace(" ", "").toUpperCase();
        this.requestExtensionDaysBefore = form.requestExtensionDaysBefore();
        this.maxEntries = form.maxEntries();
        this.dayOffShift = form.dayOffShift();
        this.article = VietnameseText.clean(form.article());
        this.note = VietnameseText.clean(form.note());
        if (form.extensionCounting() != null) {
            this.extensionCounting = form.extensionCounting();
        }
        if (form.validTo() != null) {
            this.validTo = form.validTo();
        }
        // a corrected row is reviewed only if the correction says by whom and when
        String reviewer = VietnameseText.clean(form.reviewedBy());
        this.reviewedBy = reviewer == null || form.reviewedOn() == null ? null : reviewer;
        this.reviewedOn = this.reviewedBy == null ? null : form.reviewedOn();
    }

    /**
     * The row as the deadline engine takes it, read the way the reviewed CSV is (columns in
     * {@link TimeLimitRules#COLUMNS} order); throws when the text does not make a rule.
     */
    public TimeLimitRule rule() {
        return TimeLimitRules.rowOf(Arrays.asList(stage, severity, variant, text(validFrom), text(validTo), code,
                basePeriod, extensions, text(requestExtensionDaysBefore), text(maxEntries), dayOffShift,
                extensionCounting, article, note, reviewedBy, text(reviewedOn)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public TimeLimitRuleView view() {
        return new TimeLimitRuleView(id, stage, severity, variant, validFrom, validTo, code, basePeriod, extensions,
                requestExtensionDaysBefore, maxEntries, dayOffShift, extensionCounting, article, note, reviewedBy,
                reviewedOn, version);
    }

    public long getVersion() {
        return version;
    }
}
