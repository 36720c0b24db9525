package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.constraints.PastOrPresent;

/** "Today" for validation is Vietnam's day, even on a server whose clock runs in another zone. */
class ProcedureTimeTest {

    record Dated(@PastOrPresent LocalDate date) {
    }

    @Test
    void todayInVietnamIsNotInTheFutureOnAServerFarWest() {
        TimeZone original = TimeZone.getDefault();
        try {
            // UTC-12: the server's calendar lags Vietnam's by a day for most of the day
            TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT+12"));
            var factory = Validation.byDefaultProvider().configure();
            new ProcedureTime().vietnameseValidationClock().customize(factory);
            var validator = factory.buildValidatorFactory().getValidator();

            assertThat(validator.validate(new Dated(LocalDate.now(ProcedureTime.VIETNAM)))).isEmpty();
            assertThat(validator.validate(new Dated(LocalDate.now(ProcedureTime.VIETNAM).plusDays(1)))).hasSize(1);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
