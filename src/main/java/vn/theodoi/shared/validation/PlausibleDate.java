package vn.theodoi.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date within the window the domain can mean (issue 7): never before 1975 ({@link #earliestYear});
 * a fact (an event, a decision, a sum's date) not after today in Vietnam ({@code yearsAhead = 0});
 * a target or a calendar entry at most {@link #yearsAhead} years after today. Null is valid (use
 * {@code @NotNull} for required dates). For {@link java.time.LocalDate}. Collections are bounded
 * with Bean Validation's own {@code @Size}.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** How many years after today the date may be; 0 for facts, which cannot be in the future. */
    int yearsAhead() default 0;

    /** The first year a date may be in. */
    int earliestYear() default 1975;

    String message() default "{validation.date.plausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
