package vn.theodoi.timelimits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An administrator's correction of one row of the time-limit table (its stage, severity and variant stay). */
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
        @NotNull(message = "{validation.required}") Long version) {
}
