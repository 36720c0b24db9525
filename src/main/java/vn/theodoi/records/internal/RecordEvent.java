package vn.theodoi.records.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.records.EventInput;
import vn.theodoi.shared.VietnameseText;

/**
 * One procedure event (sự kiện tố tụng) with its date and the document that records it. A
 * correction never overwrites: it adds the corrected event and marks this one superseded, with the reason.
 * Read through its methods only: an event may be a lazy proxy (the one that superseded another).
 */
@Entity
@Table(name = "record_event")
class RecordEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private OversightRecord record;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_months")
    private Integer extensionMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_by")
    private ReturnedBy returnedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_level")
    private CourtLevel courtLevel;

    @Column(name = "document_ref")
    private String documentRef;

    private String note;

    @Column(name = "file_received_date")
    private LocalDate fileReceivedDate;

    @Column(name = "granted_by")
    private String grantedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private RecordEvent supersededBy;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordEvent() {
    }

    RecordEvent(OversightRecord record, EventInput input, String recordedBy, Instant recordedAt) {
        this.record = record;
        this.type = input.type();
        this.date = input.date();
        this.extensionDays = input.extensionDays();
        this.extensionMonths = input.extensionMonths();
        this.returnedBy = input.returnedBy();
        this.courtLevel = input.courtLevel();
        this.documentRef = VietnameseText.clean(input.documentRef());
        this.note = VietnameseText.clean(input.note());
        this.fileReceivedDate = input.fileReceivedDate();
        this.grantedBy = VietnameseText.clean(input.grantedBy());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void supersede(RecordEvent correction, String reason) {
        this.supersededBy = correction;
        this.correctionReason = reason;
    }

    void reinstate() {
        this.supersededBy = null;
        this.correctionReason = null;
    }

    boolean isCurrent() {
        return supersededBy == null;
    }

    ProcedureEvent toProcedureEvent() {
        return new ProcedureEvent(type, date, extensionDays, extensionMonths, returnedBy, courtLevel, fileReceivedDate,
                grantedBy);
    }

    Long id() { return id; }
    EventType type() { return type; }
    LocalDate date() { return date; }
    Integer extensionDays() { return extensionDays; }
    Integer extensionMonths() { return extensionMonths; }
    ReturnedBy returnedBy() { return returnedBy; }
    CourtLevel courtLevel() { return courtLevel; }
    String documentRef() { return documentRef; }
    String note() { return note; }
    LocalDate fileReceivedDate() { return fileReceivedDate; }
    String grantedBy() { return grantedBy; }
    Long supersededById() { return supersededBy == null ? null : supersededBy.id(); }
    String correctionReason() { return correctionReason; }
    String recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
}
