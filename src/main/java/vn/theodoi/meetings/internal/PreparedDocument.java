package vn.theodoi.meetings.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.meetings.DocumentState;

/** A document the Commission prepares for the meeting (tài liệu phục vụ phiên họp). */
@Entity
@Table(name = "meeting_document")
public class PreparedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String title;
    @Column(name = "owner_department_id", nullable = false)
    Long ownerDepartmentId;
    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DocumentState state;
    @Version
    long version;

    protected PreparedDocument() {
    }

    PreparedDocument(String title, Long ownerDepartmentId, LocalDate dueDate) {
        this.title = title;
        this.ownerDepartmentId = ownerDepartmentId;
        this.dueDate = dueDate;
        this.state = DocumentState.DRAFTING;
    }

    public Long id() { return id; }
    public String title() { return title; }
    public Long ownerDepartmentId() { return ownerDepartmentId; }
    public LocalDate dueDate() { return dueDate; }
    public DocumentState state() { return state; }
    public long version() { return version; }
}
