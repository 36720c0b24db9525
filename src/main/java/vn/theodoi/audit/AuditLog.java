package vn.theodoi.audit;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to write the audit log. The actor is the authenticated person (or the name given
 * for logins), the client address comes from the current request.
 */
@Service
public class AuditLog {

    static final String ANONYMOUS = "anonymous";

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
        this.clock = Clock.systemUTC();
    }

    /**
     * Audits a change inside the caller's transaction: if the change rolls back, so does its
     * audit line, and the log never claims a change that did not happen.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void change(String action, String targetType, Object targetId, String details) {
        write(currentActor(), action, targetType, targetId, AuditOutcome.SUCCESS, details);
    }

    /**
     * Audits a read, a denial, a login or an export in its own transaction, so that it is kept
     * even when the surrounding work is read-only or fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(String action, String targetType, Object targetId, AuditOutcome outcome, String details) {
        write(currentActor(), action, targetType, targetId, outcome, details);
    }

    /** As {@link #event}, for an actor not (yet) authenticated: a login attempt names its user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void eventAs(String actor, String action, String targetType, Object targetId, AuditOutcome outcome,
            String details) {
        write(actor == null || actor.isBlank() ? ANONYMOUS : actor, action, targetType, targetId, outcome, details);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        return entries.search(query.actor(), query.action(), query.outcome(), query.targetType(), query.targetId(),
                query.fromInstant(), query.toInstant(), pageable);
    }

    private void write(String actor, String action, String targetType, Object targetId, AuditOutcome outcome,
            String details) {
        entries.save(new AuditEntry(Instant.now(clock), truncate(actor, 64), action, targetType,
                targetId == null ? null : truncate(String.valueOf(targetId), 128), outcome, clientAddress(), details));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
            return ANONYMOUS;
        }
        return auth.getName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
