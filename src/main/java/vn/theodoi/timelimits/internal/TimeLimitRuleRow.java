package vn.theodoi.timelimits.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.deadline.DayOffShift;
import vn.theodoi.deadline.LimitPeriod;
import vn.theodoi.deadline.RuleVariant;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimitRule;
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
    }

    /** The row as the deadline engine takes it; throws when the text does not make a rule. */
    public TimeLimitRule rule() {
        List<LimitPeriod> extended = extensions == null || extensions.isBlank() ? List.of()
                : Arrays.stream(extensions.split(",")).map(String::strip).map(LimitPeriod::parse).toList();
        return new TimeLimitRule(Stage.valueOf(stage), "ALL".equals(severity) ? null : Severity.valueOf(severity),
                RuleVariant.valueOf(variant), LimitPeriod.parse(basePeriod), extended, requestExtensionDaysBefore,
                maxEntries, DayOffShift.valueOf(dayOffShift), article, note);
    }

    public TimeLimitRuleView view() {
        return new TimeLimitRuleView(id, stage, severity, variant, basePeriod, extensions, requestExtensionDaysBefore,
                maxEntries, dayOffShift, article, note, version);
    }

    /** For the audit log: the row's values, no prose. */
    public String describe() {
        return stage + "/" + severity + "/" + variant + " " + basePeriod + " ext=" + extensions + " request="
                + requestExtensionDaysBefore + " max=" + maxEntries + " shift=" + dayOffShift;
    }

    public long getVersion() {
        return version;
    }
}
