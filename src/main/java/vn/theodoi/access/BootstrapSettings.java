package vn.theodoi.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code theodoi.demo.*} and {@code theodoi.bootstrap.*}. */
@ConfigurationProperties("theodoi")
record BootstrapSettings(Demo demo, Bootstrap bootstrap) {

    record Demo(boolean enabled, String password, String totpSecret) {
    }

    record Bootstrap(Admin admin, java.util.List<Long> approveGrants) {
    }

    record Admin(String username, String password) {
    }

    boolean demoEnabled() {
        return demo != null && demo.enabled();
    }

    String demoPassword() {
        return demo == null ? null : blankToNull(demo.password());
    }

    /** The demo users' TOTP secret (base32), or null to draw one at start. */
    String demoTotpSecret() {
        return demo == null ? null : blankToNull(demo.totpSecret());
    }

    java.util.List<Long> grantsToApprove() {
        return bootstrap == null || bootstrap.approveGrants() == null ? java.util.List.of() : bootstrap.approveGrants();
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
