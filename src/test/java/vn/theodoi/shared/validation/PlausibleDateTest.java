package vn.theodoi.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Issue 7, failure 1: a split dated +999999999-12-31 was accepted. The window: 1975 to today (+ N years). */
class PlausibleDateTest {

    record Fact(@PlausibleDate LocalDate on) {
    }

    record Target(@PlausibleDate(yearsAhead = 10) LocalDate by) {
    }

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> violations(Object bean) {
        return VALIDATOR.validate(bean).stream().map(v -> v.getMessageTemplate()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "fact {0} days from today -> {1}")
    @CsvSource(nullValues = "OK", value = {"0, OK", "-1, OK", "1, {validation.date.future}",
            "3650, {validation.date.future}"})
    void factsAreNotInTheFuture(long days, String expected) {
        LocalDate today = LocalDate.now(vn.theodoi.shared.ProcedureTime.VIETNAM);
        assertThat(violations(new Fact(today.plusDays(days)))).isEqualTo(expected == null ? Set.of() : Set.of(expected));
    }

    @ParameterizedTest(name = "target {0} -> {1}")
    @CsvSource(nullValues = "OK", value = {"1975-01-01, OK", "1974-12-31, {validation.date.tooEarly}",
            "+999999999-12-31, {validation.date.tooFarAhead}", "-999999999-01-01, {validation.date.tooEarly}"})
    void datesStayInTheWindow(String date, String expected) {
        assertThat(violations(new Target(LocalDate.parse(date)))).isEqualTo(expected == null ? Set.of() : Set.of(expected));
        assertThat(violations(new Target(LocalDate.now(vn.theodoi.shared.ProcedureTime.VIETNAM).plusYears(10)))).isEmpty();
        assertThat(violations(new Target(LocalDate.now(vn.theodoi.shared.ProcedureTime.VIETNAM).plusYears(10)
                .plusDays(1)))).containsExactly("{validation.date.tooFarAhead}");
        assertThat(violations(new Fact(null))).isEmpty();
    }
}
