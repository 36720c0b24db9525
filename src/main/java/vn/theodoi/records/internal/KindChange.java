package vn.theodoi.records.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.theodoi.records.RecordKind;

/** A matter (or a crime report) turned into a case: one record, one history. */
@Entity
@Table(name = "record_kind_change")
class KindChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind", nullable = false)
    RecordKind fromKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind", nullable = false)
    RecordKind toKind;
    @Column(name = "changed_on", nullable = false)
    LocalDate changedOn;
    String note;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected KindChange() {
    }

    KindChange(RecordKind fromKind, RecordKind toKind, LocalDate changedOn, String note, String recordedBy,
            Instant recordedAt) {
        this.fromKind = fromKind;
        this.toKind = toKind;
        this.changedOn = changedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
