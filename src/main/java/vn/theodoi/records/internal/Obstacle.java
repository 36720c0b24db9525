package vn.theodoi.records.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A difficulty raised (khó khăn, vướng mắc) and, once resolved (tháo gỡ), how. */
@Entity
@Table(name = "record_obstacle")
class Obstacle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String description;
    @Column(name = "raised_on", nullable = false)
    LocalDate raisedOn;
    String resolution;
    @Column(name = "resolved_on")
    LocalDate resolvedOn;
    @Version
    long version;

    protected Obstacle() {
    }

    Obstacle(String description, LocalDate raisedOn) {
        this.description = description;
        this.raisedOn = raisedOn;
    }
}
