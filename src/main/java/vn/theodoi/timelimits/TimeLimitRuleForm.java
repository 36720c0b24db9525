package vn.theodoi.timelimits;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An administrator's correction of one row of the time-limit table (its stage, severity, variant and
 * first day in force stay). {@code extensionCounting} and {@code validTo}, when absent, stay as they
 * are. A correction records the lawyer's review when {@code reviewedBy} and {@code reviewedOn} are
 * given; otherwise the corrected row is shown as not yet reviewed.
 */
public record TimeLimitRuleForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "\\s*[0-9]{1,3}\\s*[DdMm]\\s*", message = "{validation.rule.period}") String basePeriod,
        @Pattern(regexp = "(\\s*=?\\s*[0-9]{1,3}\\s*[DdMm](@[A-Za-z0-9-]+)?\\s*)"
                + "(,\\s*=?\\s*[0-9]{1,3}\\s*[DdMm](@[A-Za-z0-9-]+)?\\s*)*|\\s*",
                message = "{validation.rule.extensions}") String extensions,
        @PositiveOrZero(message = "{validation.positive}") Integer requestExtensionDaysBefore,
        @Positive(message = "{validation.positive}") Integer maxEntries,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "WHEN_MONTHS|ALWAYS|NEVER", message = "{validation.rule.shift}") String dayOffShift,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.maxLength}") String article,
        @Size(max = 2000, message = "{validation.maxLength}") String note,
        @Pattern(regexp = "FROM_UNSHIFTED_END|FROM_SHIFTED_END", message = "{validation.rule.counting}")
        String extensionCounting,
        LocalDate validTo,
        @Size(max = 255, message = "{validation.maxLength}") String reviewedBy,
        @PastOrPresent(message = "{validation.event.future}") LocalDate reviewedOn,
        @NotNull(message = "{validation.required}") Long version) {

    /** A correction of the period, extensions, request days, entries, shift, article and note only. */
    public TimeLimitRuleForm(String basePeriod, String extensions, Integer requestExtensionDaysBefore,
            Integer maxEntries, String dayOffShift, String article, String note, Long version) {
        this(basePeriod, extensions, requestExtensionDaysBefore, maxEntries, dayOffShift, article, note, null, null,
                null, null, version);
    }
}
