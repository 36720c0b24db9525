package vn.theodoi.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in: their roles, their organization (scope) and clearance. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance clearance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(nullable = false)
    private boolean demo;

    /** Changes whenever what a session holds of this account changes; sessions compare it on every request. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, boolean demo) {
        this.username = username;
        this.demo = demo;
        changePassword(passwordHash);
    }

    void describe(String fullName, String email, Long organizationId, Set<Role> roles, Clearance clearance,
            boolean enabled) {
        boolean changesSessions = !java.util.Objects.equals(this.fullName, fullName)
                || !java.util.Objects.equals(this.organizationId, organizationId) || !this.roles.equals(roles)
                || this.clearance != clearance || this.enabled != enabled;
        if (changesSessions) {
            securityStamp++;
        }
        this.fullName = fullName;
        this.email = email;
        this.organizationId = organizationId;
        this.roles.clear();
        this.roles.addAll(roles);
        this.clearance = clearance;
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
        securityStamp++;
    }

    /** Ends every web session of the account at its next request (a lost device, say). */
    void endSessions() {
        this.passwordChangedAt = Instant.now();
        securityStamp++;
    }

    void enrolSecondFactor(String secret, long acceptedStep, Instant now) {
        this.totpSecret = secret;
        this.totpEnrolledAt = now;
        this.totpLastStep = acceptedStep;
    }

    /** Records the time step of an accepted code: that code, and every earlier one, is spent. */
    void acceptedSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() { return totpSecret; }
    Long getTotpLastStep() { return totpLastStep; }
    public Instant getTotpEnrolledAt() { return totpEnrolledAt; }
    public long getSecurityStamp() { return securityStamp; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }

    /** Counts a wrong password; returns the count of failures in a row. */
    int failedLogin(LockoutPolicy policy, Instant now) {
        failedAttempts++;
        Instant lock = policy.lockedUntilAfter(failedAttempts, now);
        if (lock != null) {
            lockedUntil = lock;
        }
        return failedAttempts;
    }

    void succeededLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        succeededLogin();
    }

    @PrePersist
    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public boolean isLocked(Instant now) {
        return LockoutPolicy.isLocked(lockedUntil, now);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    String getPasswordHash() { return passwordHash; }
    public Long getOrganizationId() { return organizationId; }
    public Clearance getClearance() { return clearance; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public boolean isDemo() { return demo; }
    public long getVersion() { return version; }
}
