package vn.theodoi.timelimits;

import java.time.LocalDate;
import java.util.List;

import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ProcedureViolation;
import vn.theodoi.deadline.Severity;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * Judges a procedure history against the law: the stage and every time limit, or the refusal of
 * the first event the law does not allow, as a {@link DomainRuleViolation} a person can read.
 * Aggregates take one as an argument, so their rules run the same with the stored table and
 * calendar as with a test's.
 */
@FunctionalInterface
public interface ProcedureAssessor {

    ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events);

    /** The engine with a fixed calendar and day: what {@link ProcedureClock} builds, and what tests build. */
    static ProcedureAssessor of(DeadlineEngine engine, DayOffCalendar calendar, LocalDate today) {
        return (severity, events) -> {
            try {
                return engine.assess(severity, events, calendar, today);
            } catch (ProcedureViolation violation) {
                throw new DomainRuleViolation(violation.getKey(), violation.getArguments());
            }
        };
    }
}
