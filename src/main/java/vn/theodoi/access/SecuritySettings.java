package vn.theodoi.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code theodoi.security.*}: lockout, token lifetime, rate limits on login attempts, how long a
 * password-checked login may wait for its second factor, and HSTS.
 */
@ConfigurationProperties("theodoi.security")
record SecuritySettings(int maxFailedLogins, Duration lockout, Duration apiTokenLifetime,
        int loginAttemptsPerAddress, int loginAttemptsPerAccount, Duration loginRatePeriod,
        Duration secondFactorTimeout, Hsts hsts) {

    /** Strict-Transport-Security, sent on HTTPS requests when enabled (the prod profile). */
    record Hsts(boolean enabled, Duration maxAge, boolean includeSubDomains, boolean preload) {
    }

    SecuritySettings {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        apiTokenLifetime = apiTokenLifetime == null ? Duration.ofHours(8) : apiTokenLifetime;
        loginAttemptsPerAddress = loginAttemptsPerAddress <= 0 ? 60 : loginAttemptsPerAddress;
        loginAttemptsPerAccount = loginAttemptsPerAccount <= 0 ? 10 : loginAttemptsPerAccount;
        loginRatePeriod = loginRatePeriod == null ? Duration.ofMinutes(1) : loginRatePeriod;
        secondFactorTimeout = secondFactorTimeout == null ? Duration.ofMinutes(5) : secondFactorTimeout;
        hsts = hsts == null ? new Hsts(false, Duration.ofDays(365), true, false) : hsts;
    }
}
