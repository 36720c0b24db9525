package vn.theodoi.proposals.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a proposal's flow: what was done, by whom, when, and the reason of a return. */
@Entity
@Table(name = "proposal_step")
public class ProposalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String step;
    @Column(name = "taken_by", nullable = false)
    String takenBy;
    @Column(name = "taken_at", nullable = false)
    Instant takenAt;
    @Column
    String reason;

    protected ProposalStep() {
    }

    ProposalStep(String step, String takenBy, Instant takenAt, String reason) {
        this.step = step;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.reason = reason;
    }

    public Long id() { return id; }
    public String step() { return step; }
    public String takenBy() { return takenBy; }
    public Instant takenAt() { return takenAt; }
    public String reason() { return reason; }
}
