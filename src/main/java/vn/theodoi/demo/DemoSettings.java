package vn.theodoi.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code theodoi.demo.enabled} (the embedded default; off in production), the demo users' password and second factor. */
@Component
class DemoSettings {

    private final boolean enabled;
    private final String password;
    private final String totpSecret;

    DemoSettings(@Value("${theodoi.demo.enabled:false}") boolean enabled,
            @Value("${theodoi.demo.password:}") String password,
            @Value("${theodoi.demo.totp-secret:}") String totpSecret) {
        this.enabled = enabled;
        this.password = password == null || password.isBlank() ? null : password;
        this.totpSecret = totpSecret == null || totpSecret.isBlank() ? null : totpSecret;
    }

    boolean enabled() {
        return enabled;
    }

    String password() {
        return password;
    }

    /** The demo users' TOTP secret (base32), or null to draw one at start. */
    String totpSecret() {
        return totpSecret;
    }
}
