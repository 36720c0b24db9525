package vn.theodoi.records;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;

/**
 * The list's filters, as the page and the API bind them from the query string; null means "any".
 * {@code q} is searched without diacritics in code, title, summary and persons' names.
 * {@code behindMilestone}: a milestone the Steering Committee directed is past its target and not achieved
 * (chậm so với mốc chỉ đạo). {@code requestPassed}: the running limit's last day to request an extension has
 * passed and the limit has not ended (đã qua ngày đề nghị gia hạn). {@code responsible}: the specialist who
 * follows the record, by username.
 * <p>
 * {@code figure}, {@code figureLevel}, {@code figureFrom}, {@code figureTo} (yyyy-MM-dd, both included): exactly
 * the records a report's figure ({@link RecordFigures}) counts over that period, so that every figure links to
 * its list; see {@link Figure} for what each one lists.
 */
@RecordFilter.ValidFigure
public record RecordFilter(RecordKind kind, Integer level, String province, Stage stage, String agency,
        Severity severity, Clearance classification, DeadlineStatus deadline, String q, Boolean mine,
        Boolean flagged, RecordSort sort, Boolean behindMilestone, Boolean requestPassed, String responsible,
        Figure figure, Integer figureLevel, LocalDate figureFrom, LocalDate figureTo) {

    /** What a figure of a report counts; a list of records narrowed to one lists exactly the records it counts. */
    public enum Figure {
        /** Cases initiated (khởi tố vụ án) in the period: {@link RecordFigures#initiated()}'s cases. */
        INITIATED,
        /** Cases indicted (truy tố) in the period. */
        INDICTED,
        /** Cases judged at first instance (xét xử sơ thẩm) in the period. */
        FIRST_INSTANCE,
        /** Cases judged on appeal (xét xử phúc thẩm) in the period. */
        APPEAL,
        /** Records with at least one person charged (khởi tố bị can) in the period. */
        CHARGED_PERSONS,
        /** Records with at least one person indicted in the period. */
        INDICTED_PERSONS,
        /** Records with at least one person tried at first instance in the period. */
        TRIED_FIRST_INSTANCE_PERSONS,
        /** Records with at least one person tried on appeal in the period. */
        TRIED_APPEAL_PERSONS,
        /** Matters concluded (vụ việc kết thúc) in the period. */
        MATTERS_CONCLUDED,
        /** Records with damage (thiệt hại) established in the period. */
        DAMAGE,
        /** Records with money recovered (thu hồi) in the period. */
        RECOVERED,
        /** Records at oversight level {@code figureLevel} at the period's end. */
        LEVEL_AT_END,
        /** Records put at oversight level {@code figureLevel} during the period. */
        LEVEL_ADDED,
        /** Records taken from oversight level {@code figureLevel} during the period. */
        LEVEL_REMOVED,
        /** Records with a timed stage left in the period on or before its limit's last day (thời hạn được bảo đảm). */
        DEADLINES_MET,
        /**
         * Records with a limit whose last day is in the period, its stage left after that day or still open with that
         * day before today (thời hạn bị vi phạm).
         */
        DEADLINES_MISSED;

        /** Whether this figure is counted per oversight level (and needs {@code figureLevel}). */
        public boolean byLevel() {
            return this == LEVEL_AT_END || this == LEVEL_ADDED || this == LEVEL_REMOVED;
        }
    }

    /** Whether the list is narrowed to a report's figure. */
    public boolean hasFigure() {
        return figure != null;
    }

    /** The same filter narrowed to a report's figure over a period. */
    public RecordFilter withFigure(Figure which, Integer whichLevel, LocalDate from, LocalDate to) {
        return new RecordFilter(kind, level, province, stage, agency, severity, classification, deadline, q, mine,
                flagged, sort, behindMilestone, requestPassed, responsible, which, whichLevel, from, to);
    }

    /** A report's figure: every record it counts, whatever else. */
    public static RecordFilter ofFigure(Figure which, Integer whichLevel, LocalDate from, LocalDate to) {
        return none().withFigure(which, whichLevel, from, to);
    }

    /**
     * A figure needs its period (from not after to), and a level (1, 2 or 3) exactly when counted per level;
     * the figure's parameters without a figure are refused too.
     */
    @Documented
    @Constraint(validatedBy = FigureValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ValidFigure {
        String message() default "{validation.record.figure.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link ValidFigure}, naming the parameter at fault. */
    public static class FigureValidator implements ConstraintValidator<ValidFigure, RecordFilter> {

        @Override
        public boolean isValid(RecordFilter f, ConstraintValidatorContext context) {
            if (f == null || f.figure == null && f.figureLevel == null && f.figureFrom == null && f.figureTo == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (f.figure == null) {
                valid = refuse(context, "figure", "{validation.record.figure.required}");
            }
            if (f.figureFrom == null) {
                valid = refuse(context, "figureFrom", "{validation.record.figure.period}");
            }
            if (f.figureTo == null) {
                valid = refuse(context, "figureTo", "{validation.record.figure.period}");
            }
            if (f.figureFrom != null && f.figureTo != null && f.figureFrom.isAfter(f.figureTo)) {
                valid = refuse(context, "figureTo", "{validation.record.figure.order}");
            }
            boolean byLevel = f.figure != null && f.figure.byLevel();
            if (byLevel && (f.figureLevel == null || f.figureLevel < 1 || f.figureLevel > 3)
                    || !byLevel && f.figureLevel != null) {
                valid = refuse(context, "figureLevel", "{validation.record.figure.level}");
            }
            return valid;
        }

        private static boolean refuse(ConstraintValidatorContext context, String parameter, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(parameter).addConstraintViolation();
            return false;
        }
    }

    /** The free text searched for, as search keys hold it ({@link VietnameseText#searchWords}); empty when none. */
    public String searchText() {
        return VietnameseText.searchWords(q);
    }

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    /** Only records with a limit the reader must check by hand ({@link vn.theodoi.deadline.LimitFlag}). */
    public boolean isFlagged() {
        return Boolean.TRUE.equals(flagged);
    }

    public boolean isBehindMilestone() {
        return Boolean.TRUE.equals(behindMilestone);
    }

    public boolean isRequestPassed() {
        return Boolean.TRUE.equals(requestPassed);
    }

    public RecordSort sortOrDefault() {
        return sort == null ? RecordSort.UPDATED : sort;
    }

    /** This filter in another order. */
    public RecordFilter sortedBy(RecordSort order) {
        return new RecordFilter(kind, level, province, stage, agency, severity, classification, deadline, q, mine,
                flagged, order, behindMilestone, requestPassed, responsible, figure, figureLevel, figureFrom, figureTo);
    }

    /** This filter with another deadline status (null: any). */
    public RecordFilter withDeadline(DeadlineStatus status) {
        return new RecordFilter(kind, level, province, stage, agency, severity, classification, status, q, mine,
                flagged, sort, behindMilestone, requestPassed, responsible, figure, figureLevel, figureFrom, figureTo);
    }

    /** No filter: every visible record, most recently updated first. */
    public static RecordFilter none() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Every record with a running limit of this status, most urgent first. */
    public static RecordFilter deadline(DeadlineStatus status) {
        return new RecordFilter(null, null, null, null, null, null, null, status, null, null, null, RecordSort.DUE,
                null, null, null, null, null, null, null);
    }

    /** Every record behind a directed milestone, most urgent limit first. */
    public static RecordFilter behindMilestones() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, RecordSort.DUE,
                true, null, null, null, null, null, null);
    }

    /** Every record whose last day to request an extension has passed, the limit still running. */
    public static RecordFilter requestDayPassed() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, RecordSort.DUE,
                null, true, null, null, null, null, null);
    }

    /** The records the person follows, nearest deadline first. */
    public static RecordFilter mineByDue() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, true, null, RecordSort.DUE,
                null, null, null, null, null, null, null);
    }
}
