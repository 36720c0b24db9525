package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the statutory time-limit table (bảng thời hạn tố tụng): the limit of one stage for one severity
 * (or all) and one variant, under one Code for one period. Rows are data, reviewed as
 * {@code deadline/time-limit-rules.csv}, stored by migrations and editable by an administrator; the engine holds
 * no period of its own.
 *
 * @param stage                      a timed stage
 * @param severity                   the severity the row applies to, or {@code null} for all severities
 *                                   ({@code ALL} in the table)
 * @param variant                    the variant (returning body, court level, resumed investigation...)
 * @param validFrom                  the first day a limit starting on that day follows this row
 * @param validTo                    the last such day, or {@code null} while the row is in force
 * @param code                       the Criminal Procedure Code the row applies
 * @param basePeriod                 the limit before any extension
 * @param extensions                 the extensions the law allows, in order, each with its maximum (e.g.
 *                                   {@code 3M,2M}, {@code =2M,2M}, {@code 4M,4M,4M,4M@VKSTC}); empty when the limit
 *                                   cannot be extended
 * @param requestExtensionDaysBefore days before the due date by which an extension must be requested from another
 *                                   body (10 for investigation, Điều 172(2); 5 for a crime report, Điều 147(2)), or
 *                                   {@code null} when the law sets none; never for a prolongation
 *                                   ({@link ExtensionLimit#fromStart()})
 * @param maxEntries                 how many times a record may enter this stage and variant (returns for
 *                                   supplementary investigation, Điều 174(2)), or {@code null} for no limit
 * @param dayOffShift                when the day-off rule of Điều 134 applies to this row's end dates
 * @param extensionCounting          from which end date this row's extensions are counted
 * @param article                    the legal citation, e.g. "khoản 1 Điều 172 BLTTHS 2015"
 * @param note                       the interpretation written down for a lawyer to check (may be empty)
 * @param reviewedBy                 who reviewed the row against the Code's text (người rà soát), or {@code null}
 *                                   while nobody has signed it off
 * @param reviewedOn                 when, or {@code null}
 */
public record TimeLimitRule(Stage stage, Severity severity, RuleVariant variant, LocalDate validFrom,
                            LocalDate validTo, ProcedureCode code, LimitPeriod basePeriod,
                            List<ExtensionLimit> extensions, Integer requestExtensionDaysBefore, Integer maxEntries,
                            DayOffShift dayOffShift, ExtensionCounting extensionCounting, String article,
                            String note, String reviewedBy, LocalDate reviewedOn) {

    public TimeLimitRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(dayOffShift, "dayOffShift");
        Objects.requireNonNull(extensionCounting, "extensionCounting");
        Objects.requireNonNull(article, "article");
        extensions = List.copyOf(extensions);
        note = note == null ? "" : note;
        reviewedBy = reviewedBy == null || reviewedBy.isBlank() ? null : reviewedBy;
        if (!stage.isTimed()) {
            throw new IllegalArgumentException("Stage " + stage + " carries no time limit");
        }
        if (!allowedVariants(stage).contains(variant)) {
            throw new IllegalArgumentException("Variant " + variant + " does not apply to stage " + stage
                    + "; expected one of " + allowedVariants(stage));
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
        }
        if (validFrom.isBefore(code.inForceFrom())) {
            throw new IllegalArgumentException("valid_from " + validFrom + " is before " + code + " entered into force ("
                    + code.inForceFrom() + ")");
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
        if (reviewedOn != null && reviewedBy == null) {
            throw new IllegalArgumentException("reviewed_on without reviewed_by");
        }
    }

    /**
     * A row of the 2015 Code in force from 1 January 2018 without end, extensions added to the unshifted end,
     * not reviewed: the row as the table held it before periods, codes and reviews were recorded.
     */
    public TimeLimitRule(Stage stage, Severity severity, RuleVariant variant, LimitPeriod basePeriod,
                         List<LimitPeriod> extensions, Integer requestExtensionDaysBefore, Integer maxEntries,
                         DayOffShift dayOffShift, String article, String note) {
        this(stage, severity, variant, ProcedureCode.BLTTHS_2015.inForceFrom(), null, ProcedureCode.BLTTHS_2015,
                basePeriod, extensions.stream().map(ExtensionLimit::upTo).toList(), requestExtensionDaysBefore,
                maxEntries, dayOffShift, ExtensionCounting.FROM_UNSHIFTED_END, article, note, null, null);
    }

    /** The variants that make sense for a stage. */
    public static Set<RuleVariant> allowedVariants(Stage stage) {
        return switch (stage) {
            case REPORT_VERIFICATION -> EnumSet.of(RuleVariant.STANDARD, RuleVariant.RESUMED);
            case INVESTIGATION -> EnumSet.of(RuleVariant.STANDARD, RuleVariant.RESUMED, RuleVariant.REINVESTIGATION);
            case SUPPLEMENTARY_INVESTIGATION -> EnumSet.of(RuleVariant.PROCURACY, RuleVariant.COURT,
                    RuleVariant.PRESIDING_JUDGE, RuleVariant.TRIAL_PANEL);
            case PROSECUTION -> EnumSet.of(RuleVariant.STANDARD, RuleVariant.RESTORED);
            case TRIAL_PREPARATION -> EnumSet.of(RuleVariant.STANDARD, RuleVariant.RETURNED, RuleVariant.RESTORED,
                    RuleVariant.RETRIAL);
            case APPEAL_PREPARATION -> EnumSet.of(RuleVariant.PROVINCIAL, RuleVariant.HIGH, RuleVariant.SUPREME);
            default -> EnumSet.of(RuleVariant.STANDARD);
        };
    }

    /** Whether a limit starting on {@code day} follows this row. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
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
