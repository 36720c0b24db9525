package vn.theodoi.shared.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.theodoi.shared.ProcedureTime;

/** Checks {@link PlausibleDate}; tells which bound was crossed. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private final Clock clock;
    private int yearsAhead;
    private int earliestYear;

    public PlausibleDateValidator() {
        this(Clock.system(ProcedureTime.VIETNAM));
    }

    PlausibleDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(PlausibleDate annotation) {
        this.yearsAhead = annotation.yearsAhead();
        this.earliestYear = annotation.earliestYear();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        // the validation clock (Vietnam's, see ProcedureTime) where the validator factory provides one
        Clock validationClock = context.getClockProvider() != null ? context.getClockProvider().getClock() : clock;
        LocalDate today = LocalDate.now(validationClock.withZone(ProcedureTime.VIETNAM));
        String violated = null;
        if (date.isBefore(LocalDate.of(earliestYear, 1, 1))) {
            violated = "{validation.date.tooEarly}";
        } else if (yearsAhead == 0 && date.isAfter(today)) {
            violated = "{validation.date.future}";
        } else if (date.isAfter(today.plusYears(yearsAhead))) {
            violated = "{validation.date.tooFarAhead}";
        }
        if (violated == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(violated).addConstraintViolation();
        return false;
    }
}
