package vn.theodoi.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.theodoi.shared.InputText;

/**
 * The one way to write the audit log. The actor is the authenticated person (or the name given
 * for logins), the client address comes from the current request.
 *
 * <p>An entry is chained ({@link AuditChain}) when its transaction commits: the entries a
 * transaction wrote are appended in its last statements, after everything else it changed was
 * flushed, under the chain head's lock. A transaction that rolls back leaves no entry.
 *
 * <p>Details are ids, kinds, codes and dates ({@link AuditDetails}), never free text a person typed.
 */
@Service
public class AuditLog {

    static final String ANONYMOUS = "anonymous";
    static final int MAX_DETAILS = 2000;

    private final AuditEntries entries;
    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AuditLog(AuditEntries entries, AuditChain chain, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    /**
     * Audits a change inside the caller's transaction: if the change rolls back, so does its
     * audit line, and the log never claims a change that did not happen.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordChange(String action, String targetType, Object targetId, AuditDetails details) {
        write(currentActor(), action, targetType, targetId, AuditOutcome.SUCCESS, text(details));
    }

    /** As {@link #recordChange}, for an actor not (yet) authenticated: the second step of a login, say. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordChangeAs(String actor, String action, String targetType, Object targetId, AuditDetails details) {
        write(actorOrAnonymous(actor), action, targetType, targetId, AuditOutcome.SUCCESS, text(details));
    }

    /**
     * Audits a read, a denial, a login or an export in its own transaction, so that it is kept
     * even when the surrounding work is read-only or fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String action, String targetType, Object targetId, AuditOutcome outcome,
            AuditDetails details) {
        write(currentActor(), action, targetType, targetId, outcome, text(details));
    }

    /** As {@link #recordEvent}, for an actor not (yet) authenticated: a login attempt names its user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEventAs(String actor, String action, String targetType, Object targetId, AuditOutcome outcome,
            AuditDetails details) {
        write(actorOrAnonymous(actor), action, targetType, targetId, outcome, text(details));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        return entries.search(query.actor(), query.action(), query.outcome(), query.targetType(), query.targetId(),
                query.fromInstant(), query.toInstant(), pageable);
    }

    /**
     * Every entry the page shows for these filters, all pages, newest first, one at a time (exports): each
     * entry leaves the persistence context once handed over, so 200,000 entries take no more memory than one.
     */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, java.util.function.Consumer<AuditEntry> each) {
        try (java.util.stream.Stream<AuditEntry> stream = entries.stream(query.actor(), query.action(),
                query.outcome(), query.targetType(), query.targetId(), query.fromInstant(), query.toInstant())) {
            stream.forEach(e -> {
                each.accept(e);
                entityManager.detach(e);
            });
        }
    }

    /** Recomputes the whole chain and names the first entry that does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return chain.verify();
    }

    private void write(String actor, String action, String targetType, Object targetId, AuditOutcome outcome,
            String details) {
        AuditChain.Pending entry = new AuditChain.Pending(Instant.now(clock), truncate(sanitized(actor), 64), action,
                targetType, targetId == null ? null : truncate(sanitized(String.valueOf(targetId)), 128), outcome,
                clientAddress(), details);
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.executeWithoutResult(status -> chain.append(List.of(entry)));
            return;
        }
        PendingEntries pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance).map(PendingEntries.class::cast)
                .filter(p -> p.owner == this).findFirst().orElse(null);
        if (pending == null) {
            pending = new PendingEntries(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.entries.add(entry);
    }

    /** The entries a transaction wrote, chained just before it commits. */
    private static final class PendingEntries implements TransactionSynchronization, Ordered {

        private final AuditLog owner;
        private final List<AuditChain.Pending> entries = new ArrayList<>();

        PendingEntries(AuditLog owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Everything else this transaction changed reaches the database (and takes its locks)
            // first: the chain head's lock is the last one taken, so it cannot be part of a deadlock.
            owner.entityManager.flush();
            owner.chain.append(entries);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static String text(AuditDetails details) {
        return details == null ? null : truncate(details.toString(), MAX_DETAILS);
    }

    private static String actorOrAnonymous(String actor) {
        return actor == null || actor.isBlank() ? ANONYMOUS : actor;
    }

    /** Control characters and lone surrogates become '?': no line of the log can be forged or broken. */
    static String sanitized(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_DETAILS));
        for (int i = 0; i < text.length() && clean.length() < MAX_DETAILS; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || InputText.refusal(String.valueOf(c)).isPresent() || c == '\n'
                    || c == '\r' || c == '\t') {
                clean.append('?');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
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
            return truncate(attributes.getRequest().getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
