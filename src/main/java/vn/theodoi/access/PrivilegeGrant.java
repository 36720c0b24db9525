package vn.theodoi.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A privileged grant waiting for a second administrator: roles to add (LEADER, ADMIN) and/or a
 * clearance to raise to (SECRET, TOP_SECRET). It takes effect only when another administrator
 * than the one who asked (and than the person it is for) approves it.
 */
@Entity
@Table(name = "privilege_grant")
class PrivilegeGrant {

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String roles;

    @Enumerated(EnumType.STRING)
    private Clearance clearance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected PrivilegeGrant() {
    }

    PrivilegeGrant(Long userId, Set<Role> roles, Clearance clearance, String requestedBy, Instant now) {
        this.userId = userId;
        this.roles = roles.stream().sorted().map(Role::name).collect(Collectors.joining(" "));
        this.clearance = clearance;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(Status decision, String by, Instant now) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (!roles.isBlank()) {
            Arrays.stream(roles.split(" ")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    Long getId() { return id; }
    Long getUserId() { return userId; }
    Clearance getClearance() { return clearance; }
    Status getStatus() { return status; }
    String getRequestedBy() { return requestedBy; }
    Instant getRequestedAt() { return requestedAt; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    long getVersion() { return version; }
}
