package vn.theodoi.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress report (báo cáo tiến độ) by the lead organization's people, as of a day. */
@Entity
@Table(name = "task_progress")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "report_date", nullable = false)
    LocalDate reportDate;
    @Column(nullable = false)
    String body;
    @Column(name = "written_by", nullable = false)
    String writtenBy;
    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    protected ProgressReport() {
    }

    ProgressReport(LocalDate reportDate, String body, String writtenBy, Instant writtenAt) {
        this.reportDate = reportDate;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long id() { return id; }
    public LocalDate reportDate() { return reportDate; }
    public String body() { return body; }
    public String writtenBy() { return writtenBy; }
    public Instant writtenAt() { return writtenAt; }
}
