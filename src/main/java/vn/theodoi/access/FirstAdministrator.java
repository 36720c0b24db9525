package vn.theodoi.access;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A production installation has no default password: it starts without users and refuses to
 * serve (503) until the first administrator is created from {@code --theodoi.bootstrap.admin.username}
 * and {@code --theodoi.bootstrap.admin.password} (or THEODOI_ADMIN_USERNAME / THEODOI_ADMIN_PASSWORD).
 */
@Configuration(proxyBeanMethods = false)
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    /** The organization a bootstrap administrator belongs to: the Commission's office. */
    static final String ADMIN_ORGANIZATION = "BNCTW-VP";

    private final AtomicBoolean usersExist = new AtomicBoolean();

    @Bean
    @Order(0)
    ApplicationRunner createFirstAdministrator(Users users, BootstrapSettings settings) {
        return (ApplicationArguments args) -> {
            for (Long grant : settings.grantsToApprove()) {
                try {
                    users.approveByOperator(grant);
                    log.info("Grant {} approved by the operator (theodoi.bootstrap.approve-grants).", grant);
                } catch (RuntimeException e) {
                    log.warn("Grant {} not approved: {}", grant, e.getMessage());
                }
            }
            if (users.anyExists()) {
                usersExist.set(true);
                return;
            }
            if (settings.adminUsername() != null && settings.adminPassword() != null) {
                users.createSystemUser(Users.normalize(settings.adminUsername()), "Quản trị hệ thống",
                        settings.adminPassword(), ADMIN_ORGANIZATION, EnumSet.of(Role.ADMIN), Clearance.UNCLASSIFIED,
                        false);
                usersExist.set(true);
                log.info("First administrator '{}' created. Remove THEODOI_ADMIN_PASSWORD from the environment now.",
                        settings.adminUsername());
            } else if (!settings.demoEnabled()) {
                log.warn("No users yet: theodoi refuses to serve until the first administrator is created. "
                        + "Restart with THEODOI_ADMIN_USERNAME and THEODOI_ADMIN_PASSWORD set (see README).");
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> setupGate(Users users) {
        OncePerRequestFilter gate = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (usersExist.get() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
                    chain.doFilter(request, response);
                    return;
                }
                if (users.anyExists()) {
                    usersExist.set(true);
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("""
                        theodoi chưa có quản trị viên. Khởi động lại với THEODOI_ADMIN_USERNAME và THEODOI_ADMIN_PASSWORD.
                        theodoi has no administrator yet. Restart with THEODOI_ADMIN_USERNAME and THEODOI_ADMIN_PASSWORD set.
                        """);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
