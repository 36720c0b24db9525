package vn.theodoi.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditLog;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/** Users: the module's public face for managing them, and Spring Security's user source. */
@Service
@Transactional(readOnly = true)
public class Users implements UserDetailsService {

    static final String AUDIT_TARGET = "USER";

    private final UserAccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    Users(UserAccountRepository accounts, ApiTokenRepository tokens, Organizations organizations,
            PasswordEncoder passwordEncoder, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    public TheodoiUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principal(account);
    }

    TheodoiUser principal(UserAccount account) {
        OrganizationView organization = organizations.byId(account.getOrganizationId()).orElseThrow();
        return new TheodoiUser(account, organization.code(), organization.displayName(), organization.provinceCode(),
                account.isLocked(clock.instant()));
    }

    public boolean anyExists() {
        return accounts.count() > 0;
    }

    public Page<UserView> search(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        // one query for every organization the page names, not one per user
        Map<Long, OrganizationView> byId = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationView::id, Function.identity()));
        return accounts.search(pattern, pageable).map(a -> view(a, byId.get(a.getOrganizationId())));
    }

    /**
     * The full names of the given users, by username (pages name people, not logins); a username without an
     * account is left out. One query.
     */
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        java.util.Set<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).map(Users::normalize)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return accounts.findByUsernameIn(wanted).stream()
                .collect(Collectors.toMap(UserAccount::getUsername,
                        a -> a.getFullName() == null ? a.getUsername() : a.getFullName()));
    }

    public UserView byUsername(String username) {
        return view(find(username));
    }

    @Transactional
    public UserView create(UserForm form) {
        String username = normalize(form.username());
        if (accounts.existsByUsername(username)) {
            throw new DomainRuleViolation("user.usernameTaken", username);
        }
        requireAcceptable(username, form.password());
        UserAccount account = new UserAccount(username, passwordEncoder.encode(form.password()), false);
        describe(account, form);
        accounts.saveAndFlush(account);
        audit.change("USER_CREATED", AUDIT_TARGET, username, summary(account));
        return view(account);
    }

    @Transactional
    public UserView update(String username, UserForm form) {
        UserAccount account = find(username);
        if (form.version() == null || form.version() != account.getVersion()) {
            throw new ConcurrentEditException();
        }
        describe(account, form);
        if (form.password() != null && !form.password().isBlank()) {
            requireAcceptable(account.getUsername(), form.password());
            account.changePassword(passwordEncoder.encode(form.password()));
        }
        accounts.saveAndFlush(account);
        audit.change("USER_UPDATED", AUDIT_TARGET, account.getUsername(), summary(account));
        return view(account);
    }

    @Transactional
    public void unlock(String username) {
        UserAccount account = find(username);
        account.unlock();
        audit.change("USER_UNLOCKED", AUDIT_TARGET, account.getUsername(), null);
    }

    @Transactional
    public int revokeTokens(String username) {
        UserAccount account = find(username);
        var active = tokens.findByUserIdAndRevokedAtIsNull(account.getId());
        Instant now = clock.instant();
        active.forEach(token -> token.revoke(now));
        audit.change("TOKENS_REVOKED", AUDIT_TARGET, account.getUsername(), "count=" + active.size());
        return active.size();
    }

    /**
     * Creates a user without an administrator present: the first administrator of a production
     * installation, and the demo users. Same policy, same audit.
     */
    @Transactional
    UserAccount createSystemUser(String username, String fullName, String password, String organizationCode,
            Set<Role> roles, Clearance clearance, boolean demo) {
        requireAcceptable(username, password);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), demo);
        account.describe(fullName, null, organization(organizationCode).id(), roles, clearance, true);
        accounts.saveAndFlush(account);
        audit.eventAs("system", "USER_CREATED", AUDIT_TARGET, username, vn.theodoi.audit.AuditOutcome.SUCCESS,
                summary(account));
        return account;
    }

    /**
     * Demo mode only: creates the demo user, or, when it exists, sets its password to the one
     * printed or configured at this start (only an account created as a demo user is touched).
     */
    @Transactional
    public void ensureDemoUser(String username, String fullName, String password, String organizationCode, Role role,
            Clearance clearance) {
        accounts.findByUsername(username).ifPresentOrElse(account -> {
            if (account.isDemo()) {
                requireAcceptable(username, password);
                account.changePassword(passwordEncoder.encode(password));
                account.unlock();
            }
        }, () -> createSystemUser(username, fullName, password, organizationCode, Set.of(role), clearance, true));
    }

    private void describe(UserAccount account, UserForm form) {
        OrganizationView organization = organization(form.organizationCode());
        account.describe(VietnameseText.clean(form.fullName()), VietnameseText.clean(form.email()), organization.id(),
                form.roles(), form.clearance(), form.enabled() == null || form.enabled());
    }

    private OrganizationView organization(String code) {
        return organizations.byCode(VietnameseText.clean(code))
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
    }

    private void requireAcceptable(String username, String password) {
        PasswordPolicy.check(username, password).ifPresent(key -> {
            throw new DomainRuleViolation(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(normalize(username)).orElseThrow(() -> new NotFoundException("user", username));
    }

    private UserView view(UserAccount a) {
        return view(a, organizations.byId(a.getOrganizationId()).orElseThrow());
    }

    private UserView view(UserAccount a, OrganizationView organization) {
        return new UserView(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(),
                a.getRoles().stream().sorted().toList(), organization.code(), organization.displayName(),
                organization.provinceCode(), a.getClearance(), a.isEnabled(), a.isLocked(clock.instant()),
                a.getLockedUntil(), a.getFailedAttempts(), a.getVersion());
    }

    private static String summary(UserAccount a) {
        return "roles=" + a.getRoles() + ", organizationId=" + a.getOrganizationId() + ", clearance="
                + a.getClearance() + ", enabled=" + a.isEnabled();
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
