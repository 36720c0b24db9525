package vn.theodoi.access;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;

/**
 * Every password check, from the login form or the token endpoint, goes through here: it counts
 * wrong passwords in a row, locks the account at the limit, and audits each attempt.
 */
@Service
public class LoginAttempts {

    /** Why a login failed, as the login page and the API explain it. */
    public enum Failure { BAD_CREDENTIALS, LOCKED, DISABLED }

    private final UserAccountRepository accounts;
    private final LockoutPolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(UserAccountRepository accounts, SecuritySettings settings, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.accounts = accounts;
        this.policy = new LockoutPolicy(settings.maxFailedLogins(), settings.lockout());
        this.audit = audit;
    }

    /** Checks a username and password with the given manager, recording the outcome. */
    public Authentication authenticate(AuthenticationManager manager, String username, String password,
            String channel) {
        try {
            Authentication result = manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(Users.normalize(username), password));
            succeeded(result.getName(), channel);
            return result;
        } catch (AuthenticationException e) {
            throw new LoginFailedException(failed(username, e, channel), e);
        }
    }

    public void succeeded(String username, String channel) {
        transaction.executeWithoutResult(status ->
                accounts.findByUsername(Users.normalize(username)).ifPresent(UserAccount::succeededLogin));
        audit.eventAs(Users.normalize(username), "LOGIN", "USER", Users.normalize(username), AuditOutcome.SUCCESS,
                channel);
    }

    /** Records a failed attempt and tells why it failed; the fifth wrong password in a row locks. */
    public Failure failed(String username, AuthenticationException cause, String channel) {
        // Its own transaction (also when called from this class): the count of failures must stick.
        return transaction.execute(status -> countFailure(username, cause, channel));
    }

    private Failure countFailure(String username, AuthenticationException cause, String channel) {
        String name = Users.normalize(username);
        Failure failure = cause instanceof LockedException ? Failure.LOCKED
                : cause instanceof DisabledException ? Failure.DISABLED
                : Failure.BAD_CREDENTIALS;
        String details = channel + ": " + failure;
        if (failure == Failure.BAD_CREDENTIALS && cause instanceof BadCredentialsException) {
            var account = accounts.findByUsername(name);
            if (account.isPresent()) {
                int inARow = account.get().failedLogin(policy, clock.instant());
                details += ", failures in a row=" + inARow;
                if (account.get().isLocked(clock.instant())) {
                    failure = Failure.LOCKED;
                    audit.eventAs(name, "ACCOUNT_LOCKED", "USER", name, AuditOutcome.SUCCESS,
                            "after " + inARow + " wrong passwords");
                }
            }
        }
        audit.eventAs(name, "LOGIN", "USER", name, AuditOutcome.FAILURE, details);
        return failure;
    }

    public LockoutPolicy policy() {
        return policy;
    }

    /** A login that did not succeed, with the reason users are told. */
    public static class LoginFailedException extends AuthenticationException {

        private final Failure failure;

        LoginFailedException(Failure failure, Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }
}
