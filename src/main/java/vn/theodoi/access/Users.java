package vn.theodoi.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.CacheManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.cache.Snapshot;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * Users: the module's public face for managing them.
 *
 * <p>Separation of duties: nobody changes their own roles, clearance, organization or enabled
 * flag; an administrator holds no role that reads case content; and a privileged grant (the role
 * LEADER or ADMIN, a clearance of SECRET or TOP_SECRET) asked for by one administrator becomes a
 * pending grant that takes effect only when another administrator approves it. A password change
 * or disabling revokes every API token of the account and ends its web sessions; any other change
 * reaches the sessions at their next request ({@link AccountChanges}).
 */
@Service
@Transactional(readOnly = true)
public class Users {

    static final String AUDIT_TARGET = "USER";
    /** Roles that read case content: an administrator holds none of them (DOMAIN.md section 9). */
    static final Set<Role> CASE_ROLES = EnumSet.of(Role.LEADER, Role.DEPARTMENT_HEAD, Role.SPECIALIST,
            Role.PROVINCIAL_OFFICER, Role.AGENCY_LIAISON);
    /** The cache of people's names and roles; evicting it (on any node) makes the next page read them again. */
    public static final String NAMES_CACHE = "person-names";
    /** An eviction from another node that was missed is made good after this long. */
    static final Duration NAMES_MAX_AGE = Duration.ofMinutes(1);
    /** Roles a second administrator must approve. */
    static final Set<Role> PRIVILEGED_ROLES = EnumSet.of(Role.LEADER, Role.ADMIN);

    private final SecondFactors secondFactors;
    private final UserAccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final PrivilegeGrantRepository grants;
    private final RecoveryCodeRepository recoveryCodes;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Snapshot<NameDirectory> names;
    private final Clock clock = Clock.systemUTC();

    Users(UserAccountRepository accounts, ApiTokenRepository tokens, PrivilegeGrantRepository grants,
            RecoveryCodeRepository recoveryCodes, Organizations organizations, PasswordEncoder passwordEncoder,
            AuditLog audit, SecondFactors secondFactors, JdbcTemplate jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.names = new Snapshot<>(caches.getCache(NAMES_CACHE), NAMES_CACHE, NAMES_MAX_AGE, this::loadNames);
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.tokens = tokens;
        this.grants = grants;
        this.recoveryCodes = recoveryCodes;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** The person with this username as the account is now (for work done without a request, such as demo data). */
    public TheodoiUser loadUserByUsername(String username) {
        return principal(find(username));
    }

    TheodoiUser principal(UserAccount account) {
        OrganizationView organization = organizations.byId(account.getOrganizationId()).orElseThrow();
        return new TheodoiUser(account, organization.code(), organization.displayName(), organization.provinceCode(),
                account.isLocked(clock.instant()));
    }

    /**
     * The person a web session holds, as the account is now; empty when the session must end
     * (the account is gone or disabled, its password changed or its sessions were ended).
     */
    Optional<TheodoiUser> currentPrincipal(TheodoiUser held) {
        return accounts.findById(held.id())
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getPasswordChangedAt().equals(held.passwordChangedAt()))
                .map(this::principal);
    }

    /** Of these usernames (normalized), the ones that name an account, in one query. */
    public Set<String> existing(java.util.Collection<String> usernames) {
        java.util.List<String> normalized = usernames.stream().map(Users::normalize).filter(u -> !u.isEmpty())
                .distinct().toList();
        return normalized.isEmpty() ? Set.of() : accounts.findExistingUsernames(normalized);
    }

    public boolean anyExists() {
        return accounts.count() > 0;
    }

    public Page<UserView> search(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        // one query for every organization the page names, not one per user
        Map<Long, OrganizationView> byId = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationView::id, Function.identity(), (a, b) -> a, java.util.HashMap::new));
        Map<Long, PrivilegeGrant> pending = grants.findByStatusOrderByRequestedAtAsc(PrivilegeGrant.Status.PENDING)
                .stream().collect(Collectors.toMap(PrivilegeGrant::getUserId, Function.identity(), (a, b) -> a));
        // an organization added on another node since this node's directory was read is looked up once more
        return accounts.search(pattern, pageable).map(a -> view(a, byId.computeIfAbsent(a.getOrganizationId(),
                id -> organizations.byId(id).orElseThrow()), Optional.ofNullable(pending.get(a.getId()))));
    }

    /**
     * The full names of the given users, by username (pages name people, not logins); a username without an
     * account is left out. From memory (see {@link #NAMES_CACHE}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, String> fullNames(java.util.Collection<String> usernames) {
        java.util.Set<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).map(Users::normalize)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        // every account is in the directory: a change evicts it on every node, so a username missing here is not
        // an account (a system actor, a deleted login) and keeps its login as its name
        Map<String, String> known = new java.util.HashMap<>();
        Map<String, NameEntry> all = names.get().byUsername();
        wanted.forEach(u -> Optional.ofNullable(all.get(u)).ifPresent(e -> known.put(u, e.name().fullName())));
        return known;
    }

    /**
     * The enabled people holding any of these roles, by full name: whom records and tasks can be given to. Read
     * from memory on the common path (see {@link #NAMES_CACHE}).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PersonName> enabledWithAnyRole(Set<Role> roles) {
        return names.get().entries().stream().filter(e -> e.enabled() && e.roles().stream().anyMatch(roles::contains))
                .map(NameEntry::name).toList();
    }

    private NameDirectory loadNames() {
        Map<String, NameEntry> byUsername = new java.util.LinkedHashMap<>();
        jdbc.query("select u.username, u.full_name, u.enabled, coalesce(o.short_name, o.name) as organization_name,"
                + " r.role from app_user u join organization o on o.id = u.organization_id"
                + " left join app_user_role r on r.user_id = u.id order by u.full_name, u.username", rs -> {
                    String username = rs.getString("username");
                    String fullName = rs.getString("full_name");
                    String organization = rs.getString("organization_name");
                    boolean enabled = rs.getBoolean("enabled");
                    NameEntry entry = byUsername.computeIfAbsent(username, k -> new NameEntry(
                            new PersonName(k, fullName == null ? k : fullName, organization), enabled,
                            EnumSet.noneOf(Role.class)));
                    String role = rs.getString("role");
                    if (role != null) {
                        entry.roles().add(Role.valueOf(role));
                    }
                });
        return new NameDirectory(List.copyOf(byUsername.values()), Map.copyOf(byUsername));
    }

    private record NameEntry(PersonName name, boolean enabled, Set<Role> roles) {
    }

    private record NameDirectory(List<NameEntry> entries, Map<String, NameEntry> byUsername) {
    }

    /**
     * Names and roles are read again once this change commits, on every node. Evicted in the transaction, as the
     * organization directory is: the cache evicts here again and tells the other nodes after the commit. An
     * eviction made in an afterCommit callback evicted here only, since what it registers to send is never run.
     */
    private void namesChangedAfterCommit() {
        names.evict();
    }

    /**
     * The enabled people of these organizations, by full name: whom work there may be handed to
     * (a department head's staff when someone is away). One query.
     */
    public java.util.List<UserView> peopleOf(java.util.Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return java.util.List.of();
        }
        return accounts.findByOrganizationIdInAndEnabledTrueOrderByFullName(organizationIds).stream()
                .map(a -> view(a, organizations.byId(a.getOrganizationId()).orElseThrow(), Optional.empty()))
                .toList();
    }

    /**
     * The username of the enabled person of the head's own units (their organization and those below it)
     * that work is handed to.
     *
     * @throws DomainRuleViolation when the name is blank or names nobody there
     */
    public String staffMember(TheodoiUser head, String username) {
        String wanted = normalize(username == null ? "" : username);
        if (wanted.isEmpty()) {
            throw new DomainRuleViolation("validation.required");
        }
        return peopleOf(organizations.subtreeOf(head.organizationId())).stream().map(UserView::username)
                .filter(wanted::equals).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("workload.notInUnit", username.strip()));
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
        requireAdministratorRolesAlone(form.roles());
        requireAcceptable(username, form.password());
        Set<Role> privileged = EnumSet.noneOf(Role.class);
        form.roles().stream().filter(PRIVILEGED_ROLES::contains).forEach(privileged::add);
        Set<Role> now = EnumSet.noneOf(Role.class);
        form.roles().stream().filter(r -> !PRIVILEGED_ROLES.contains(r)).forEach(now::add);
        Clearance raisedTo = isPrivileged(form.clearance()) ? form.clearance() : null;
        UserAccount account = new UserAccount(username, passwordEncoder.encode(form.password()), false);
        OrganizationView organization = organization(form.organizationCode());
        account.describe(VietnameseText.clean(form.fullName()), VietnameseText.clean(form.email()), organization.id(),
                now, raisedTo != null ? Clearance.CONFIDENTIAL : form.clearance(), enabled(form));
        accounts.saveAndFlush(account);
        namesChangedAfterCommit();
        audit.recordChange("USER_CREATED", AUDIT_TARGET, username, summary(account));
        requestGrant(account, privileged, raisedTo);
        return view(account);
    }

    @Transactional
    public UserView update(String username, UserForm form) {
        UserAccount account = find(username);
        if (form.version() == null || form.version() != account.getVersion()) {
            throw new ConcurrentEditException();
        }
        OrganizationView organization = organization(form.organizationCode());
        boolean enabled = enabled(form);
        if (isSelf(account) && (!form.roles().equals(account.getRoles()) || form.clearance() != account.getClearance()
                || !organization.id().equals(account.getOrganizationId()) || enabled != account.isEnabled())) {
            audit.recordEvent("USER_SELF_CHANGE_REFUSED", AUDIT_TARGET, account.getUsername(), AuditOutcome.DENIED,
                    null);
            throw new ForbiddenException("user.selfChange");
        }
        requireAdministratorRolesAlone(form.roles());
        Set<Role> added = EnumSet.noneOf(Role.class);
        form.roles().stream().filter(PRIVILEGED_ROLES::contains).filter(r -> !account.getRoles().contains(r))
                .forEach(added::add);
        Set<Role> now = EnumSet.noneOf(Role.class);
        form.roles().stream().filter(r -> !added.contains(r)).forEach(now::add);
        boolean raises = isPrivileged(form.clearance()) && form.clearance().compareTo(account.getClearance()) > 0;
        boolean wasEnabled = account.isEnabled();
        account.describe(VietnameseText.clean(form.fullName()), VietnameseText.clean(form.email()), organization.id(),
                now, raises ? account.getClearance() : form.clearance(), enabled);
        boolean passwordChanged = form.password() != null && !form.password().isBlank();
        if (passwordChanged) {
            requireAcceptable(account.getUsername(), form.password());
            account.changePassword(passwordEncoder.encode(form.password()));
        }
        accounts.saveAndFlush(account);
        namesChangedAfterCommit();
        audit.recordChange("USER_UPDATED", AUDIT_TARGET, account.getUsername(),
                summary(account).flag("passwordChanged", passwordChanged));
        if (passwordChanged || (wasEnabled && !enabled)) {
            revokeAllTokens(account, passwordChanged ? "PASSWORD_CHANGED" : "DISABLED");
        }
        requestGrant(account, added, raises ? form.clearance() : null);
        return view(account);
    }

    /** The pending privileged grants, oldest first. */
    public List<GrantView> pendingGrants() {
        return grants.findByStatusOrderByRequestedAtAsc(PrivilegeGrant.Status.PENDING).stream()
                .map(this::grantView).toList();
    }

    public GrantView grant(Long id) {
        return grantView(grants.findById(id).orElseThrow(() -> new NotFoundException("grant", id)));
    }

    /** A second administrator approves: the roles are added and the clearance raised, at once. */
    @Transactional
    public GrantView approve(Long grantId, Long version) {
        PrivilegeGrant grant = pendingGrant(grantId, version);
        UserAccount account = accounts.findById(grant.getUserId()).orElseThrow();
        String approver = currentUsername();
        if (approver.equals(grant.getRequestedBy())) {
            refuseDecision(grant, "grant.sameAdministrator");
        }
        if (approver.equals(account.getUsername())) {
            refuseDecision(grant, "grant.ownGrant");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        roles.addAll(grant.roleSet());
        requireAdministratorRolesAlone(roles);
        Clearance clearance = grant.getClearance() != null && grant.getClearance().compareTo(account.getClearance()) > 0
                ? grant.getClearance() : account.getClearance();
        account.describe(account.getFullName(), account.getEmail(), account.getOrganizationId(), roles, clearance,
                account.isEnabled());
        grant.decide(PrivilegeGrant.Status.APPROVED, approver, clock.instant());
        accounts.saveAndFlush(account);
        namesChangedAfterCommit();
        grants.saveAndFlush(grant);
        audit.recordChange("GRANT_APPROVED", AUDIT_TARGET, account.getUsername(), grantDetails(grant));
        audit.recordChange("USER_UPDATED", AUDIT_TARGET, account.getUsername(), summary(account));
        return grantView(grant);
    }

    /**
     * The operator of the installation approves a grant at start ({@code theodoi.bootstrap.approve-grants}):
     * the way a lone administrator gets a second one. Whoever can set the server's configuration is
     * the second person here; the audit log names the operator.
     */
    @Transactional
    void approveByOperator(Long grantId) {
        PrivilegeGrant grant = pendingGrant(grantId, null);
        UserAccount account = accounts.findById(grant.getUserId()).orElseThrow();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        roles.addAll(grant.roleSet());
        requireAdministratorRolesAlone(roles);
        Clearance clearance = grant.getClearance() != null && grant.getClearance().compareTo(account.getClearance()) > 0
                ? grant.getClearance() : account.getClearance();
        account.describe(account.getFullName(), account.getEmail(), account.getOrganizationId(), roles, clearance,
                account.isEnabled());
        grant.decide(PrivilegeGrant.Status.APPROVED, OPERATOR, clock.instant());
        audit.recordChangeAs(OPERATOR, "GRANT_APPROVED", AUDIT_TARGET, account.getUsername(), grantDetails(grant));
    }

    static final String OPERATOR = "operator";

    /** Another administrator (or the one who asked, withdrawing it) rejects: nothing changes. */
    @Transactional
    public GrantView reject(Long grantId, Long version) {
        PrivilegeGrant grant = pendingGrant(grantId, version);
        UserAccount account = accounts.findById(grant.getUserId()).orElseThrow();
        if (currentUsername().equals(account.getUsername())) {
            refuseDecision(grant, "grant.ownGrant");
        }
        grant.decide(PrivilegeGrant.Status.REJECTED, currentUsername(), clock.instant());
        grants.saveAndFlush(grant);
        audit.recordChange("GRANT_REJECTED", AUDIT_TARGET, account.getUsername(), grantDetails(grant));
        return grantView(grant);
    }

    @Transactional
    public void unlock(String username) {
        UserAccount account = find(username);
        account.unlock();
        audit.recordChange("USER_UNLOCKED", AUDIT_TARGET, account.getUsername(), null);
    }

    @Transactional
    public int revokeTokens(String username) {
        return revokeAllTokens(find(username), "ADMINISTRATOR");
    }

    /** A lost authenticator: the second factor is removed (to be enrolled again at the next login) and sessions end. */
    @Transactional
    public void resetSecondFactor(String username) {
        UserAccount account = find(username);
        if (isSelf(account)) {
            throw new ForbiddenException("user.selfChange");
        }
        account.enrolSecondFactor(null, 0, null);
        account.endSessions();
        recoveryCodes.deleteAllOf(account.getId());
        revokeAllTokens(account, "SECOND_FACTOR_RESET");
        audit.recordChange("SECOND_FACTOR_RESET", AUDIT_TARGET, account.getUsername(), null);
    }

    private int revokeAllTokens(UserAccount account, String reason) {
        var active = tokens.findByUserIdAndRevokedAtIsNull(account.getId());
        Instant now = clock.instant();
        active.forEach(token -> token.revoke(now));
        audit.recordChange("TOKENS_REVOKED", AUDIT_TARGET, account.getUsername(),
                AuditDetails.of().count("tokens", active.size()).code("reason", reason));
        return active.size();
    }

    private void requestGrant(UserAccount account, Set<Role> roles, Clearance clearance) {
        if (roles.isEmpty() && clearance == null) {
            return;
        }
        if (grants.findFirstByUserIdAndStatus(account.getId(), PrivilegeGrant.Status.PENDING).isPresent()) {
            throw new DomainRuleViolation("grant.alreadyPending", account.getUsername());
        }
        PrivilegeGrant grant = grants.saveAndFlush(new PrivilegeGrant(account.getId(), roles, clearance,
                currentUsername(), clock.instant()));
        audit.recordChange("GRANT_REQUESTED", AUDIT_TARGET, account.getUsername(), grantDetails(grant));
    }

    private PrivilegeGrant pendingGrant(Long grantId, Long version) {
        PrivilegeGrant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
        if (version != null && version != grant.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (grant.getStatus() != PrivilegeGrant.Status.PENDING) {
            throw new DomainRuleViolation("grant.decided", grantId);
        }
        return grant;
    }

    private void refuseDecision(PrivilegeGrant grant, String key) {
        audit.recordEvent("GRANT_DECISION_REFUSED", AUDIT_TARGET, grant.getId(), AuditOutcome.DENIED,
                AuditDetails.of().code("reason", key));
        throw new ForbiddenException(key);
    }

    /**
     * Creates a user without an administrator present: the first administrator of a production
     * installation, and the demo users. Same policy, same audit; no grant to approve.
     */
    @Transactional
    UserAccount createSystemUser(String username, String fullName, String password, String organizationCode,
            Set<Role> roles, Clearance clearance, boolean demo) {
        requireAcceptable(username, password);
        requireAdministratorRolesAlone(roles);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), demo);
        account.describe(fullName, null, organization(organizationCode).id(), roles, clearance, true);
        accounts.saveAndFlush(account);
        namesChangedAfterCommit();
        audit.recordEventAs("system", "USER_CREATED", AUDIT_TARGET, username, AuditOutcome.SUCCESS, summary(account));
        return account;
    }

    /**
     * Demo mode only: creates the demo user, or, when it exists, sets its password to the one
     * printed or configured at this start (only an account created as a demo user is touched).
     */
    @Transactional
    public void ensureDemoUser(String username, String fullName, String password, String organizationCode, Role role,
            Clearance clearance, String totpSecret) {
        accounts.findByUsername(username).ifPresentOrElse(account -> {
            if (account.isDemo()) {
                requireAcceptable(username, password);
                account.changePassword(passwordEncoder.encode(password));
                account.unlock();
            }
        }, () -> createSystemUser(username, fullName, password, organizationCode, Set.of(role), clearance, true));
        // the demo users who need a second factor are enrolled with the secret printed at start
        secondFactors.enrolDemo(username, totpSecret);
    }

    /** An administrator holds no role that reads case content, and no auditor role either. */
    static void requireAdministratorRolesAlone(Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            throw new DomainRuleViolation("user.adminExclusive");
        }
    }

    static boolean isPrivileged(Clearance clearance) {
        return clearance != null && clearance.permits(Clearance.SECRET);
    }

    private static boolean enabled(UserForm form) {
        return form.enabled() == null || form.enabled();
    }

    private static boolean isSelf(UserAccount account) {
        return TheodoiUser.current().map(u -> u.id().equals(account.getId())).orElse(false);
    }

    private static String currentUsername() {
        return TheodoiUser.current().map(TheodoiUser::getUsername).orElse("system");
    }

    private OrganizationView organization(String code) {
        return organizations.byCode(VietnameseText.clean(code))
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
    }

    private void requireAcceptable(String username, String password) {
        PasswordPolicy.check(username, password).ifPresent(key -> {
            throw new DomainRuleViolation(key, PasswordPolicy.argumentOf(key));
        });
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(normalize(username)).orElseThrow(() -> new NotFoundException("user", username));
    }

    private UserView view(UserAccount a) {
        return view(a, organizations.byId(a.getOrganizationId()).orElseThrow(),
                grants.findFirstByUserIdAndStatus(a.getId(), PrivilegeGrant.Status.PENDING));
    }

    private UserView view(UserAccount a, OrganizationView organization, Optional<PrivilegeGrant> pending) {
        return new UserView(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(),
                a.getRoles().stream().sorted().toList(), organization.code(), organization.displayName(),
                organization.provinceCode(), a.getClearance(), a.isEnabled(), a.isLocked(clock.instant()),
                a.getLockedUntil(), a.getFailedAttempts(), a.getVersion(), SecondFactors.requiredFor(a),
                a.hasSecondFactor(), pending.map(g -> grantView(g, a.getUsername())).orElse(null));
    }

    private GrantView grantView(PrivilegeGrant g) {
        return grantView(g, accounts.findById(g.getUserId()).map(UserAccount::getUsername).orElse(null));
    }

    private static GrantView grantView(PrivilegeGrant g, String username) {
        return new GrantView(g.getId(), username, g.roleSet().stream().sorted().toList(), g.getClearance(),
                g.getStatus().name(), g.getRequestedBy(), g.getRequestedAt(), g.getDecidedBy(), g.getDecidedAt(),
                g.getVersion());
    }

    private static AuditDetails grantDetails(PrivilegeGrant g) {
        return AuditDetails.of().id("grant", g.getId()).kinds("roles", g.roleSet()).kind("clearance", g.getClearance())
                .code("requestedBy", g.getRequestedBy());
    }

    private static AuditDetails summary(UserAccount a) {
        return AuditDetails.of().kinds("roles", a.getRoles()).id("organization", a.getOrganizationId())
                .kind("clearance", a.getClearance()).flag("enabled", a.isEnabled());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
