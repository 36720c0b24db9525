package vn.theodoi.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code theodoi.demo.enabled} (the embedded default; off in production) and the demo users' password. */
@Component
class DemoSettings {

    private final boolean enabled;
    private final String password;

    DemoSettings(@Value("${theodoi.demo.enabled:false}") boolean enabled,
            @Value("${theodoi.demo.password:}") String password) {
        this.enabled = enabled;
        this.password = password == null || password.isBlank() ? null : password;
    }

    boolean enabled() {
        return enabled;
    }

    String password() {
        return password;
    }
}
