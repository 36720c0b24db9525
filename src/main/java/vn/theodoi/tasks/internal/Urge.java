package vn.theodoi.tasks.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An urge (đôn đốc): who urged which organization, when, and the message. */
@Entity
@Table(name = "task_urge")
public class Urge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "urged_by", nullable = false)
    String urgedBy;
    @Column(name = "urged_at", nullable = false)
    Instant urgedAt;
    @Column(name = "to_organization_id", nullable = false)
    Long toOrganizationId;
    @Column(nullable = false)
    String message;

    protected Urge() {
    }

    Urge(String urgedBy, Instant urgedAt, Long toOrganizationId, String message) {
        this.urgedBy = urgedBy;
        this.urgedAt = urgedAt;
        this.toOrganizationId = toOrganizationId;
        this.message = message;
    }

    public Long id() { return id; }
    public String urgedBy() { return urgedBy; }
    public Instant urgedAt() { return urgedAt; }
    public Long toOrganizationId() { return toOrganizationId; }
    public String message() { return message; }
}
