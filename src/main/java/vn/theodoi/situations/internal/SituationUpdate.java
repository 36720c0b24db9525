package vn.theodoi.situations.internal;

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
import vn.theodoi.situations.SituationStatus;

/** A follow-up entry (cập nhật) on a hot spot: a day, what happened, the status before and after. */
@Entity
@Table(name = "situation_update")
public class SituationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "update_date", nullable = false)
    LocalDate updateDate;
    @Column(nullable = false)
    String body;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false)
    SituationStatus statusBefore;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    SituationStatus statusAfter;
    @Column(name = "written_by", nullable = false)
    String writtenBy;
    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    protected SituationUpdate() {
    }

    SituationUpdate(LocalDate updateDate, String body, SituationStatus statusBefore, SituationStatus statusAfter,
            String writtenBy, Instant writtenAt) {
        this.updateDate = updateDate;
        this.body = body;
        this.statusBefore = statusBefore;
        this.statusAfter = statusAfter;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long id() { return id; }
    public LocalDate updateDate() { return updateDate; }
    public String body() { return body; }
    public SituationStatus statusBefore() { return statusBefore; }
    public SituationStatus statusAfter() { return statusAfter; }
    public String writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
}
