package vn.theodoi.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code theodoi.demo.*} and {@code theodoi.bootstrap.admin.*}. */
@ConfigurationProperties("theodoi")
record BootstrapSettings(Demo demo, Bootstrap bootstrap) {

    record Demo(boolean enabled, String password) {
    }

    record Bootstrap(Admin admin) {
    }

    record Admin(String username, String password) {
    }

    boolean demoEnabled() {
        return demo != null && demo.enabled();
    }

    String demoPassword() {
        return demo == null ? null : blankToNull(demo.password());
    }

    String adminUsername() {
        return bootstrap == null || bootstrap.admin() == null ? null : blankToNull(bootstrap.admin().username());
    }

    String adminPassword() {
        return bootstrap == null || bootstrap.admin() == null ? null : blankToNull(bootstrap.admin().password());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
