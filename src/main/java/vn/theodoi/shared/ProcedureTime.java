package vn.theodoi.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates of procedure are days in Vietnam, whatever time zone the server runs in: an event dated
 * today at 01:00 in Hà Nội is not "in the future" on a server set to UTC.
 */
@Configuration(proxyBeanMethods = false)
public class ProcedureTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    ValidationConfigurationCustomizer vietnameseValidationClock() {
        return configuration -> configuration.clockProvider(() -> Clock.system(VIETNAM));
    }
}
