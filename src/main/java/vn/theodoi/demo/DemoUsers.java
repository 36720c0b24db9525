package vn.theodoi.demo;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.SecondFactors;
import vn.theodoi.access.Users;

/**
 * Demo mode only: one user per role (two administrators, so that one can approve the other's
 * privileged grants), with fictional names, sharing one password that is either
 * THEODOI_DEMO_PASSWORD or a random one printed at every start. The demo users who need a second
 * factor (the administrators, the leader cleared TOP_SECRET and the department head cleared
 * SECRET) are enrolled with one TOTP secret, THEODOI_DEMO_TOTP_SECRET or a random one, printed
 * with an otpauth URI for an authenticator app.
 */
@Component
@Order(1)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String fullName, String organizationCode, Role role, Clearance clearance) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Trần Quản Trị", "BNCTW-VP", Role.ADMIN, Clearance.UNCLASSIFIED),
            new DemoUser("second_admin", "Ngô Thị Duyệt", "BNCTW-VP", Role.ADMIN, Clearance.UNCLASSIFIED),
            new DemoUser("leader", "Lê Minh Lãnh", "BNCTW", Role.LEADER, Clearance.TOP_SECRET),
            new DemoUser("department_head", "Phạm Thu Vụ", "BNCTW-VAVV", Role.DEPARTMENT_HEAD, Clearance.SECRET),
            new DemoUser("specialist", "Nguyễn Văn Chuyên", "BNCTW-VAVV", Role.SPECIALIST, Clearance.CONFIDENTIAL),
            new DemoUser("provincial_officer", "Hoàng Thị Tỉnh", "BNC-48", Role.PROVINCIAL_OFFICER,
                    Clearance.CONFIDENTIAL),
            new DemoUser("agency_liaison", "Đỗ Văn Liên", "BCA-C03", Role.AGENCY_LIAISON, Clearance.CONFIDENTIAL),
            new DemoUser("auditor", "Vũ Thị Kiểm", "BNCTW-VP", Role.AUDITOR, Clearance.UNCLASSIFIED));

    private final Users users;
    private final SecondFactors secondFactors;
    private final DemoSettings settings;
    private String password;
    private String totpSecret;

    DemoUsers(Users users, SecondFactors secondFactors, DemoSettings settings) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        password = settings.password() != null ? settings.password() : randomPassword();
        totpSecret = settings.totpSecret() != null ? settings.totpSecret() : secondFactors.newSecret();
        for (DemoUser demo : USERS) {
            users.ensureDemoUser(demo.username(), demo.fullName(), password, demo.organizationCode(), demo.role(),
                    demo.clearance(), totpSecret);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent event) {
        if (!settings.enabled() || password == null) {
            return;
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder banner = new StringBuilder("\n\n  theodoi is running (demo mode): http://localhost:")
                .append(port).append("/\n  Demo logins, all with the password: ").append(password).append("\n");
        USERS.forEach(u -> banner.append("    ").append(String.format("%-20s", u.username())).append(u.role())
                .append(SecondFactors.requiredFor(java.util.Set.of(u.role()), u.clearance()) ? "  (second factor)" : "")
                .append('\n'));
        banner.append("  Second factor (TOTP) of the users marked so, one secret for all: ").append(totpSecret)
                .append("\n    otpauth://totp/theodoi:demo?secret=").append(totpSecret)
                .append("&issuer=theodoi&digits=6&period=30\n");
        if (settings.password() == null) {
            banner.append("  (set THEODOI_DEMO_PASSWORD to choose the password; a new one is drawn at each start)\n");
        }
        if (settings.totpSecret() == null) {
            banner.append("  (set THEODOI_DEMO_TOTP_SECRET, 32 base32 characters, to keep the second factor across starts)\n");
        }
        log.info(banner.toString());
    }

    /** Random, and always within the password policy. */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder("Td-");
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.append("-7a").toString();
    }
}
