package vn.theodoi.records.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Put under monitoring (đưa vào diện theo dõi), moved to another level, or taken out (level null), by a decision. */
@Entity
@Table(name = "record_level_change")
class LevelChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "oversight_level")
    Integer oversightLevel;
    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;
    @Column(name = "decision_ref")
    String decisionRef;
    String note;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected LevelChange() {
    }

    LevelChange(Integer oversightLevel, LocalDate decidedOn, String decisionRef, String note, String recordedBy,
            Instant recordedAt) {
        this.oversightLevel = oversightLevel;
        this.decidedOn = decidedOn;
        this.decisionRef = decisionRef;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
