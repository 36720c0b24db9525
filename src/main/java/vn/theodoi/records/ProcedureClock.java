package vn.theodoi.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ProcedureViolation;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.TimeLimitRule;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.organization.WorkingDays;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * The deadline engine wired to the stored rule table and the working-day calendar: the only
 * place records ask "which stage, which limits".
 */
@Component
class ProcedureClock {

    private final TimeLimitRuleRowRepository rules;
    private final WorkingDayCalendar calendar;
    private final int dueSoonDays;

    ProcedureClock(TimeLimitRuleRowRepository rules, WorkingDayCalendar calendar,
            @Value("${theodoi.deadlines.due-soon-days:15}") int dueSoonDays) {
        this.rules = rules;
        this.calendar = calendar;
        this.dueSoonDays = dueSoonDays;
    }

    int dueSoonDays() {
        return dueSoonDays;
    }

    LocalDate today() {
        return calendar.today();
    }

    DeadlineEngine engine() {
        return new DeadlineEngine(TimeLimitRules.of(rules.findAll().stream().map(ProcedureClock::rule).toList()),
                dueSoonDays);
    }

    ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events) {
        return assessor().assess(severity, events);
    }

    /** The engine with the rules and the calendar loaded once, for assessing many records in a row. */
    Assessor assessor() {
        DeadlineEngine engine = engine();
        WorkingDays days = calendar.snapshot();
        LocalDate today = today();
        DayOffCalendar dayOff = dayOffCalendar(days);
        return (severity, events) -> {
            try {
                return engine.assess(severity, events, dayOff, today);
            } catch (ProcedureViolation violation) {
                throw translate(violation);
            }
        };
    }

    @FunctionalInterface
    interface Assessor {
        ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events);
    }

    /** Refuses an event the law does not allow with the ones already recorded (taken in date order). */
    void check(Severity severity, List<ProcedureEvent> existing, ProcedureEvent added) {
        try {
            engine().check(severity, existing, added, dayOffCalendar(calendar.snapshot()));
        } catch (ProcedureViolation violation) {
            throw translate(violation);
        }
    }

    static DomainRuleViolation translate(ProcedureViolation violation) {
        return new DomainRuleViolation(violation.getKey(), violation.getArguments());
    }

    /** The working days as the engine reads them: days off, their names, the years whose lunar holidays are in. */
    static DayOffCalendar dayOffCalendar(WorkingDays days) {
        return DayOffCalendar.of(days::isDayOff, days::name, days::lunarHolidaysEntered);
    }

    /** A stored row as a rule, read the way the reviewed CSV is (columns in {@link TimeLimitRules#COLUMNS} order). */
    static TimeLimitRule rule(TimeLimitRuleRow row) {
        return TimeLimitRules.rowOf(Arrays.asList(row.getStage(), row.getSeverity(), row.getVariant(),
                text(row.getValidFrom()), text(row.getValidTo()), row.getCode(), row.getBasePeriod(),
                row.getExtensions(), text(row.getRequestExtensionDaysBefore()), text(row.getMaxEntries()),
                row.getDayOffShift(), row.getExtensionCounting(), row.getArticle(), row.getNote(), row.getReviewedBy(),
                text(row.getReviewedOn())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
