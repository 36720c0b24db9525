package vn.theodoi.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Users users, SecuritySettings settings,
            AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
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

    /** The person a valid, unrevoked, unexpired token belongs to. */
    @Transactional(readOnly = true)
    public Optional<TheodoiUser> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isValidAt(now))
                .flatMap(t -> accounts.findById(t.getUserId()))
                .filter(UserAccount::isEnabled)
                .map(users::principal);
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
