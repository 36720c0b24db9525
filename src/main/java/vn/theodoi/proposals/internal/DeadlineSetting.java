package vn.theodoi.proposals.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.shared.web.ConcurrentEditException;

/** The response deadline of a type in working days, which an administrator changes. */
@Entity
@Table(name = "proposal_deadline_setting")
public class DeadlineSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_type")
    private ProposalType type;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Version
    private long version;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DeadlineSetting() {
    }

    void change(int days, long expectedVersion, String by, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException();
        }
        this.workingDays = days;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public ProposalType getType() { return type; }
    public int getWorkingDays() { return workingDays; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
