package vn.theodoi.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code theodoi.security.*}: lockout and token lifetime. */
@ConfigurationProperties("theodoi.security")
record SecuritySettings(int maxFailedLogins, Duration lockout, Duration apiTokenLifetime) {

    SecuritySettings {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        apiTokenLifetime = apiTokenLifetime == null ? Duration.ofHours(8) : apiTokenLifetime;
    }
}
