package vn.theodoi.access;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: the API (bearer tokens, stateless, problem details), the API documentation
 * (public, it holds no data) and the web pages (login in two steps by {@link LoginPages}, sessions
 * in the database, CSRF). Passwords are checked only by {@link LoginAttempts}: no Spring Security
 * authentication mechanism (form login, HTTP Basic) is enabled, and the authentication manager
 * refuses everything, so there is no second way in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SecuritySettings.class, BootstrapSettings.class})
class SecurityConfiguration {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable in place: hashes carry their algorithm id.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** No password check outside {@link LoginAttempts} (and no generated default user). */
    @Bean
    AuthenticationManager authenticationManager() {
        return authentication -> {
            throw new ProviderNotFoundException("logins go through LoginAttempts");
        };
    }

    @Bean
    HttpSessionSecurityContextRepository sessionSecurityContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    /** At each step of a login: a new session id (no fixation) and a new CSRF token. */
    @Bean
    SessionAuthenticationStrategy loginSessionStrategy() {
        return new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
                new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, SecuritySettings settings)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookies: a bearer token cannot be ridden cross-site
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h -> {
                    h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                            .frameOptions(f -> f.deny())
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER));
                    hsts(h, settings);
                })
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/v1/users/**", "/api/v1/grants/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/organizations/**", "/api/v1/provinces/**",
                                "/api/v1/calendar/**", "/api/v1/time-limit-rules/**").authenticated()
                        .requestMatchers("/api/v1/organizations/**", "/api/v1/provinces/**", "/api/v1/calendar/**",
                                "/api/v1/time-limit-rules/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> {
                    h.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP))
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
                    hsts(h, settings);
                });
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, JdbcTemplate jdbc,
            Users users, HttpSessionSecurityContextRepository sessionContexts, SecuritySettings settings)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(sessionContexts))
                // bearer tokens reach the actuator endpoints too (a metrics scraper has no session)
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new AccountChanges(jdbc, users, sessionContexts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/login/**", "/setup-required", "/css/**", "/js/**", "/images/**",
                                "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit/**").hasRole(Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .headers(h -> {
                    h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
                            .frameOptions(f -> f.deny())
                            .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
                    hsts(h, settings);
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /** HSTS on HTTPS requests (behind a TLS proxy, with forwarded headers trusted) when enabled: the prod profile. */
    private static void hsts(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
            SecuritySettings settings) {
        SecuritySettings.Hsts hsts = settings.hsts();
        if (!hsts.enabled()) {
            headers.httpStrictTransportSecurity(h -> h.disable());
            return;
        }
        headers.httpStrictTransportSecurity(h -> h
                .maxAgeInSeconds(hsts.maxAge() == null ? 31_536_000 : hsts.maxAge().toSeconds())
                .includeSubDomains(hsts.includeSubDomains())
                .preload(hsts.preload()));
    }
}
