package vn.theodoi.meetings.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered requirement of the conclusion and the task it became. */
@Entity
@Table(name = "meeting_requirement")
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    int number;
    @Column(nullable = false)
    String text;
    @Column(name = "lead_organization_id", nullable = false)
    Long leadOrganizationId;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "task_id", nullable = false)
    Long taskId;

    protected Requirement() {
    }

    public Requirement(int number, String text, Long leadOrganizationId, LocalDate dueDate, Long taskId) {
        this.number = number;
        this.text = text;
        this.leadOrganizationId = leadOrganizationId;
        this.dueDate = dueDate;
        this.taskId = taskId;
    }

    public int number() { return number; }
    public String text() { return text; }
    public Long leadOrganizationId() { return leadOrganizationId; }
    public LocalDate dueDate() { return dueDate; }
    public Long taskId() { return taskId; }
}
