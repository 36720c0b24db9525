package vn.theodoi.access;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.audit.AuditTally;

/**
 * Every login, from the form or the token endpoint, goes through here: rate limits per address
 * and per account, the password check, the count of wrong passwords in a row (locking at the
 * limit), the second factor where it is required, and the audit of each attempt.
 *
 * <p>A wrong password gets the same answer whatever the account's state: unknown, locked or
 * disabled, and the work done is the same (a bcrypt check against a dummy hash for unknown
 * names). The right password of a locked account gets that same answer too, because telling
 * "locked" to the right password would let a guesser carry on during the lock and learn when
 * they hit. The right password of a disabled account is told that the account is disabled: only
 * someone who knows the password learns it, and for the owner it is the useful answer (a
 * disabled account cannot be used whatever else is known).
 */
@Service
public class LoginAttempts {

    /** Why a login failed, as the login page and the API explain it. */
    public enum Failure { BAD_CREDENTIALS, DISABLED, RATE_LIMITED }

    /** What a person whose password was right does next. */
    public enum Next { DONE, SECOND_FACTOR, ENROLMENT_REQUIRED }

    /** A login past its password check. Kept in the session between the two steps of a login. */
    public record PasswordChecked(Long userId, String username, Next next, long checkedAtEpochSecond)
            implements Serializable {
    }

    private final UserAccountRepository accounts;
    private final Users users;
    private final SecondFactors secondFactors;
    private final LoginRateLimits rateLimits;
    private final PasswordEncoder passwordEncoder;
    private final LockoutPolicy policy;
    private final AuditLog audit;
    private final AuditTally tally;
    private final TransactionTemplate transaction;
    private final String dummyHash;
    /**
     * At most one password hash checked per core at a time. bcrypt is slow on purpose: a burst of
     * logins running all at once would starve every other thread of the node, among them those holding
     * a database connection or the audit chain's lock, until the pool runs dry. A login waiting here
     * holds no connection.
     */
    private final Semaphore hashChecks = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(UserAccountRepository accounts, Users users, SecondFactors secondFactors, LoginRateLimits rateLimits,
            PasswordEncoder passwordEncoder, SecuritySettings settings, AuditLog audit, AuditTally tally,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.users = users;
        this.secondFactors = secondFactors;
        this.rateLimits = rateLimits;
        this.passwordEncoder = passwordEncoder;
        this.policy = new LockoutPolicy(settings.maxFailedLogins(), settings.lockout());
        this.audit = audit;
        this.tally = tally;
        this.transaction = new TransactionTemplate(transactions);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = passwordEncoder.encode(Base64.getEncoder().encodeToString(random));
    }

    /** The first step of every login; throws {@link LoginFailedException} when it fails. */
    public PasswordChecked checkPassword(String username, String password, String channel, String address) {
        String name = Users.normalize(username);
        if (!rateLimits.tryAttempt(address, name)) {
            tally.count("LOGIN_RATE_LIMITED", channel);
            throw new LoginFailedException(Failure.RATE_LIMITED);
        }
        Optional<UserAccount> found = name.length() > 64 ? Optional.empty() : accounts.findByUsername(name);
        // The same work whatever the account: bcrypt runs against a dummy hash for an unknown name.
        boolean matches = !PasswordPolicy.tooLong(password)
                && matches(password == null ? "" : password, found.map(UserAccount::getPasswordHash).orElse(dummyHash))
                && found.isPresent();
        if (!matches) {
            transaction.executeWithoutResult(status -> countFailure(found.map(UserAccount::getId), channel, "password"));
            throw new LoginFailedException(Failure.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (account.isLocked(clock.instant())) {
            audit.recordEventAs(account.getUsername(), "LOGIN", "USER", account.getUsername(), AuditOutcome.FAILURE,
                    AuditDetails.of().code("channel", channel).code("reason", "LOCKED"));
            throw new LoginFailedException(Failure.BAD_CREDENTIALS);
        }
        if (!account.isEnabled()) {
            audit.recordEventAs(account.getUsername(), "LOGIN", "USER", account.getUsername(), AuditOutcome.FAILURE,
                    AuditDetails.of().code("channel", channel).code("reason", "DISABLED"));
            throw new LoginFailedException(Failure.DISABLED);
        }
        // Whoever enrolled a second factor gives it, required or not; who needs one and has none enrols first.
        Next next = account.hasSecondFactor() ? Next.SECOND_FACTOR
                : SecondFactors.requiredFor(account) ? Next.ENROLMENT_REQUIRED : Next.DONE;
        return new PasswordChecked(account.getId(), account.getUsername(), next, clock.instant().getEpochSecond());
    }

    private boolean matches(String password, String hash) {
        hashChecks.acquireUninterruptibly();
        try {
            return passwordEncoder.matches(password, hash);
        } finally {
            hashChecks.release();
        }
    }

    /** The second step: a TOTP or recovery code. A wrong code counts as a wrong password. */
    public boolean checkSecondFactor(PasswordChecked login, String code, String channel, String address) {
        if (!rateLimits.tryAttempt(address, login.username())) {
            tally.count("LOGIN_RATE_LIMITED", channel);
            throw new LoginFailedException(Failure.RATE_LIMITED);
        }
        UserAccount account = accounts.findById(login.userId()).orElse(null);
        if (account == null || account.isLocked(clock.instant()) || !account.isEnabled()) {
            return false;
        }
        if (secondFactors.verify(login.userId(), code)) {
            return true;
        }
        transaction.executeWithoutResult(status -> countFailure(Optional.of(login.userId()), channel, "secondFactor"));
        return false;
    }

    /** Whether a login that passed its password check is too old to finish. */
    public boolean expired(PasswordChecked login, java.time.Duration timeout) {
        return clock.instant().getEpochSecond() - login.checkedAtEpochSecond() > timeout.toSeconds();
    }

    /**
     * Ends a login whose every factor was right: resets the count of failures, audits it and
     * returns the person as of now (empty when the account was disabled or locked meanwhile).
     */
    public Optional<TheodoiUser> succeed(Long userId, String channel) {
        Optional<UserAccount> account = transaction.execute(status -> accounts.findById(userId)
                .filter(UserAccount::isEnabled).filter(a -> !a.isLocked(clock.instant())).map(a -> {
                    a.succeededLogin();
                    return a;
                }));
        account.ifPresent(a -> audit.recordEventAs(a.getUsername(), "LOGIN", "USER", a.getUsername(),
                AuditOutcome.SUCCESS, AuditDetails.of().code("channel", channel)
                        .flag("secondFactor", a.hasSecondFactor())));
        return account.map(users::principal);
    }

    private void countFailure(Optional<Long> accountId, String channel, String factor) {
        Optional<UserAccount> account = accountId.flatMap(accounts::findById);
        if (account.isEmpty()) {
            // The name typed is not an account: it is not written down (it may be a password typed in the wrong field).
            audit.recordEventAs(null, "LOGIN", "USER", null, AuditOutcome.FAILURE,
                    AuditDetails.of().code("channel", channel).code("reason", "UNKNOWN_ACCOUNT"));
            return;
        }
        UserAccount user = account.get();
        AuditDetails details = AuditDetails.of().code("channel", channel).code("factor", factor);
        if (!user.isLocked(clock.instant()) && user.isEnabled()) {
            int inARow = user.failedLogin(policy, clock.instant());
            details.count("failuresInARow", inARow);
            if (user.isLocked(clock.instant())) {
                audit.recordEventAs(user.getUsername(), "ACCOUNT_LOCKED", "USER", user.getUsername(),
                        AuditOutcome.SUCCESS, AuditDetails.of().count("failuresInARow", inARow));
            }
        }
        audit.recordEventAs(user.getUsername(), "LOGIN", "USER", user.getUsername(), AuditOutcome.FAILURE, details);
    }

    public LockoutPolicy policy() {
        return policy;
    }

    /** A login that did not succeed, with the reason users are told. */
    public static class LoginFailedException extends AuthenticationException {

        private final Failure failure;

        LoginFailedException(Failure failure) {
            super(failure.name());
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }
}
