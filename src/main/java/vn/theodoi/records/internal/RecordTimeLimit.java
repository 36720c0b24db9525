package vn.theodoi.records.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;

/**
 * One timed stage's limit (thời hạn tố tụng) as the engine last counted it: stored for every stage entered, left
 * or not, so that reports count the deadlines met and missed in a period. Derived from the events, never entered;
 * {@code ordinal} is the limit's place in the engine's list (event order).
 */
@Entity
@Table(name = "record_time_limit")
class RecordTimeLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, updatable = false)
    int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Stage stage;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "due_date")
    LocalDate dueDate;
    /** The day the stage was left; null while it runs. */
    @Column(name = "end_date")
    LocalDate endDate;

    protected RecordTimeLimit() {
    }

    RecordTimeLimit(int ordinal, TimeLimit limit) {
        this.ordinal = ordinal;
        take(limit);
    }

    /** Takes the engine's new count; true when a stored value changed. */
    boolean take(TimeLimit limit) {
        boolean same = stage == limit.stage() && Objects.equals(startDate, limit.startDate())
                && Objects.equals(dueDate, limit.dueDate()) && Objects.equals(endDate, limit.endDate());
        if (!same) {
            stage = limit.stage();
            startDate = limit.startDate();
            dueDate = limit.dueDate();
            endDate = limit.endDate();
        }
        return !same;
    }
}
