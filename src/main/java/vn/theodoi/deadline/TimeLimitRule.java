package vn.theodoi.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the statutory time-limit table (bảng thời hạn tố tụng): the limit of one stage for one severity
 * (or all) and one variant. Rows are data, reviewed as {@code deadline/time-limit-rules.csv}, stored by
 * migrations and editable by an administrator; the engine holds no period of its own.
 *
 * @param stage                      a timed stage
 * @param severity                   the severity the row applies to, or {@code null} for all severities
 *                                   ({@code ALL} in the table)
 * @param variant                    the variant (returning body, court level, resumed investigation...)
 * @param basePeriod                 the limit before any extension
 * @param extensions                 the extensions the law allows, in order, each with its maximum length (e.g.
 *                                   {@code 3M,2M}); empty when the limit cannot be extended
 * @param requestExtensionDaysBefore days before the due date by which an extension must be requested (10 for
 *                                   investigation, Điều 172(2)), or {@code null} when the law sets none
 * @param maxEntries                 how many times a record may enter this stage and variant (2 returns for
 *                                   supplementary investigation per body, Điều 174(2)), or {@code null} for no
 *                                   limit
 * @param dayOffShift                when the day-off rule of Điều 134 applies to this row's end dates
 * @param article                    the legal citation, e.g. "khoản 1 Điều 172 BLTTHS 2015"
 * @param note                       the interpretation written down for a lawyer to check (may be empty)
 */
public record TimeLimitRule(Stage stage, Severity severity, RuleVariant variant, LimitPeriod basePeriod,
                            List<LimitPeriod> extensions, Integer requestExtensionDaysBefore, Integer maxEntries,
                            DayOffShift dayOffShift, String article, String note) {

    public TimeLimitRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(dayOffShift, "dayOffShift");
        Objects.requireNonNull(article, "article");
        extensions = List.copyOf(extensions);
        note = note == null ? "" : note;
        if (!stage.isTimed()) {
            throw new IllegalArgumentException("Stage " + stage + " carries no time limit");
        }
        if (!allowedVariants(stage).contains(variant)) {
            throw new IllegalArgumentException("Variant " + variant + " does not apply to stage " + stage
                    + "; expected one of " + allowedVariants(stage));
        }
        if (requestExtensionDaysBefore != null && requestExtensionDaysBefore < 0) {
            throw new IllegalArgumentException("requestExtensionDaysBefore must not be negative");
        }
        if (maxEntries != null && maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        if (article.isBlank()) {
            throw new IllegalArgumentException("article must not be blank");
        }
    }

    /** The variants that make sense for a stage. */
    public static Set<RuleVariant> allowedVariants(Stage stage) {
        return switch (stage) {
            case INVESTIGATION -> Set.of(RuleVariant.STANDARD, RuleVariant.RESUMED);
            case SUPPLEMENTARY_INVESTIGATION -> Set.of(RuleVariant.PROCURACY, RuleVariant.COURT);
            case APPEAL_PREPARATION -> Set.of(RuleVariant.PROVINCIAL, RuleVariant.HIGH);
            default -> Set.of(RuleVariant.STANDARD);
        };
    }

    /** Whether the row applies to every severity ({@code ALL}). */
    public boolean appliesToAllSeverities() {
        return severity == null;
    }

    /** How many extensions the law allows. */
    public int maxExtensions() {
        return extensions.size();
    }
}
