package vn.theodoi.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A due date moved by a leader: from, to, why, by whom and when (lịch sử điều chỉnh thời hạn). */
@Entity
@Table(name = "task_due_change")
public class DueDateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "from_date")
    LocalDate fromDate;
    @Column(name = "to_date")
    LocalDate toDate;
    @Column(nullable = false)
    String reason;
    @Column(name = "changed_by", nullable = false)
    String changedBy;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    protected DueDateChange() {
    }

    DueDateChange(LocalDate fromDate, LocalDate toDate, String reason, String changedBy, Instant changedAt) {
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public LocalDate fromDate() { return fromDate; }
    public LocalDate toDate() { return toDate; }
    public String reason() { return reason; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
