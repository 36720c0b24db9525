package vn.theodoi.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the statutory time-limit table as stored (read by the deadline engine and shown to administrators). */
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
    private java.time.LocalDate validFrom;
    @Column(name = "valid_to")
    private java.time.LocalDate validTo;
    private String code;
    @Column(name = "extension_counting")
    private String extensionCounting;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_on")
    private java.time.LocalDate reviewedOn;
    @jakarta.persistence.Version
    private long version;

    protected TimeLimitRuleRow() {
    }

    void revise(TimeLimitRuleForm form) {
        this.basePeriod = form.basePeriod().strip().toUpperCase();
        this.extensions = form.extensions() == null || form.extensions().isBlank() ? null
                : form.extensions().replace(" ", "").toUpperCase();
        this.requestExtensionDaysBefore = form.requestExtensionDaysBefore();
        this.maxEntries = form.maxEntries();
        this.dayOffShift = form.dayOffShift();
        this.article = vn.theodoi.shared.VietnameseText.clean(form.article());
        this.note = vn.theodoi.shared.VietnameseText.clean(form.note());
    }

    public long getVersion() { return version; }

    public Long getId() { return id; }
    public String getStage() { return stage; }
    public String getSeverity() { return severity; }
    public String getVariant() { return variant; }
    public String getBasePeriod() { return basePeriod; }
    public String getExtensions() { return extensions; }
    public Integer getRequestExtensionDaysBefore() { return requestExtensionDaysBefore; }
    public Integer getMaxEntries() { return maxEntries; }
    public String getDayOffShift() { return dayOffShift; }
    public String getArticle() { return article; }
    public String getNote() { return note; }
    public java.time.LocalDate getValidFrom() { return validFrom; }
    public java.time.LocalDate getValidTo() { return validTo; }
    public String getCode() { return code; }
    public String getExtensionCounting() { return extensionCounting; }
    public String getReviewedBy() { return reviewedBy; }
    public java.time.LocalDate getReviewedOn() { return reviewedOn; }
}
