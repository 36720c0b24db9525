package vn.theodoi.deadline;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link DeadlineEngine#assess}: the current stage and the time limit of every timed stage the
 * record has entered, oldest first.
 *
 * @param currentStage the last stage entered and not left; {@code null} for a record without events
 * @param timeLimits   one entry per timed stage entered, in event order
 */
public record ProcedureAssessment(Stage currentStage, List<TimeLimit> timeLimits) {

    public ProcedureAssessment {
        timeLimits = List.copyOf(timeLimits);
    }

    /** The current stage, empty for a record without events. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(currentStage);
    }

    /** Every flag of every limit: what the record and the list must show (e.g. a year without lunar holidays). */
    public Set<LimitFlag> flags() {
        Set<LimitFlag> all = EnumSet.noneOf(LimitFlag.class);
        timeLimits.forEach(t -> all.addAll(t.flags()));
        return all;
    }

    /** The limit of the current stage, when the current stage is timed. */
    public Optional<TimeLimit> currentLimit() {
        return timeLimits.isEmpty() || !timeLimits.get(timeLimits.size() - 1).isOpen()
                ? Optional.empty() : Optional.of(timeLimits.get(timeLimits.size() - 1));
    }
}
