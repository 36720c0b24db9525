package vn.theodoi.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log, as read. Written by {@link AuditChain} only; immutable once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(updatable = false)
    private String details;

    @Column(name = "chain_position", insertable = false, updatable = false)
    private Long chainPosition;

    @Column(name = "previous_hash", insertable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", insertable = false, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public AuditOutcome getOutcome() { return outcome; }
    public String getClientAddress() { return clientAddress; }
    public String getDetails() { return details; }
    /** Place in the hash chain; null for entries written before the chain began. */
    public Long getChainPosition() { return chainPosition; }
    public String getPreviousHash() { return previousHash; }
    public String getEntryHash() { return entryHash; }
}
