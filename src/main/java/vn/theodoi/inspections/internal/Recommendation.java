package vn.theodoi.inspections.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered recommendation (kiến nghị) of an inspection and the task it became. */
@Entity
@Table(name = "inspection_recommendation")
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    int number;
    @Column(nullable = false)
    String text;
    @Column(name = "lead_organization_id", nullable = false)
    Long leadOrganizationId;
    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;
    @Column(name = "recommended_on", nullable = false)
    LocalDate recommendedOn;
    @Column(name = "task_id", nullable = false)
    Long taskId;

    protected Recommendation() {
    }

    Recommendation(int number, String text, Long leadOrganizationId, LocalDate dueDate, LocalDate recommendedOn,
            Long taskId) {
        this.number = number;
        this.text = text;
        this.leadOrganizationId = leadOrganizationId;
        this.dueDate = dueDate;
        this.recommendedOn = recommendedOn;
        this.taskId = taskId;
    }

    public int number() { return number; }
    public String text() { return text; }
    public Long leadOrganizationId() { return leadOrganizationId; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate recommendedOn() { return recommendedOn; }
    public Long taskId() { return taskId; }
}
