package vn.theodoi.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.Digests;

/** Opaque bearer tokens: random, stored as a SHA-256 hash, expiring, revocable. */
@Service
public class ApiTokens {

    /** A token as handed to its client, once. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final Users users;
    private final SecuritySettings settings;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /** An account as of one security stamp: what a token's principal was built from. */
    private record StampedAccount(long userId, long stamp) {
    }

    private record Built(TheodoiUser user, Instant at) {
    }

    /** How long a principal built for a token's account is reused while the account's stamp holds. */
    static final Duration PRINCIPAL_REUSE = Duration.ofSeconds(60);
    private static final int PRINCIPALS_HELD = 10_000;

    /**
     * Principals built per account and security stamp, on this node. A web session keeps its principal
     * in the session and checks the stamp on each request ({@link AccountChanges}); a token's requests
     * do the same here, so an account change (roles, clearance, organization, disabling, password)
     * reaches the next request on every node, without reading the account whole each time.
     */
    private final Map<StampedAccount, Built> principals = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Users users, SecuritySettings settings,
            AuditLog audit, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Transactional
    public IssuedToken issue(TheodoiUser user, String clientAddress) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(user.id(), hash(token), now, now.plus(settings.apiTokenLifetime()),
                clientAddress));
        audit.recordEventAs(user.getUsername(), "TOKEN_ISSUED", "API_TOKEN", saved.getId(), AuditOutcome.SUCCESS,
                AuditDetails.of().instant("expiresAt", saved.getExpiresAt()));
        return new IssuedToken(token, saved.getExpiresAt());
    }

    /**
     * The person a valid, unrevoked, unexpired token belongs to, if the account is enabled. One statement
     * per request, outside any transaction, as a web session's stamp check; the principal is built again
     * only when the account's security stamp changed or a minute has passed.
     */
    public Optional<TheodoiUser> authenticate(String token) {
        Instant now = clock.instant();
        Optional<StampedAccount> account = jdbc.query("select t.user_id, u.security_stamp from api_token t"
                        + " join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null"
                        + " and t.expires_at > ? and u.enabled = true",
                (rs, n) -> new StampedAccount(rs.getLong(1), rs.getLong(2)), hash(token), now.atOffset(ZoneOffset.UTC))
                .stream().findFirst();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Built held = principals.get(account.get());
        if (held != null && held.at().plus(PRINCIPAL_REUSE).isAfter(now)) {
            return Optional.of(held.user());
        }
        Optional<TheodoiUser> built = readOnly.execute(status -> accounts.findById(account.get().userId())
                .filter(UserAccount::isEnabled).map(users::principal));
        built.filter(user -> user.securityStamp() == account.get().stamp()).ifPresent(user -> {
            if (principals.size() >= PRINCIPALS_HELD) {
                principals.clear();
            }
            principals.put(account.get(), new Built(user, now));
        });
        return built;
    }

    /** Revokes the token presented; returns false when it was unknown. */
    @Transactional
    public boolean revoke(String token) {
        return tokens.findByTokenHash(hash(token)).map(t -> {
            t.revoke(clock.instant());
            audit.recordEvent("TOKEN_REVOKED", "API_TOKEN", t.getId(), AuditOutcome.SUCCESS, null);
            return true;
        }).orElse(false);
    }

    static String hash(String token) {
        return Digests.sha256(token);
    }
}
