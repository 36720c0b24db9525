package vn.theodoi.records.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A target directed by the Steering Committee or the Commission ("kết thúc điều tra trước 30/9"). */
@Entity
@Table(name = "record_milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String description;
    @Column(name = "target_date", nullable = false)
    LocalDate targetDate;
    @Column(name = "directed_by")
    String directedBy;
    @Column(name = "achieved_on")
    LocalDate achievedOn;
    @Version
    long version;

    protected Milestone() {
    }

    Milestone(String description, LocalDate targetDate, String directedBy) {
        this.description = description;
        this.targetDate = targetDate;
        this.directedBy = directedBy;
    }
}
