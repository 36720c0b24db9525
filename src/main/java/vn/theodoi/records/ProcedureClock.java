package vn.theodoi.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.theodoi.deadline.DayOffShift;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.LimitPeriod;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ProcedureViolation;
import vn.theodoi.deadline.RuleVariant;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
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
        return (severity, events) -> {
            try {
                return engine.assess(severity, events, days::isDayOff, today);
            } catch (ProcedureViolation violation) {
                throw translate(violation);
            }
        };
    }

    @FunctionalInterface
    interface Assessor {
        ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events);
    }

    /** Refuses an event the law does not allow after the ones already recorded. */
    void check(Severity severity, List<ProcedureEvent> existing, ProcedureEvent added) {
        try {
            engine().check(severity, existing, added);
        } catch (ProcedureViolation violation) {
            throw translate(violation);
        }
    }

    static DomainRuleViolation translate(ProcedureViolation violation) {
        return new DomainRuleViolation(violation.getKey(), violation.getArguments());
    }

    static TimeLimitRule rule(TimeLimitRuleRow row) {
        List<LimitPeriod> extensions = row.getExtensions() == null || row.getExtensions().isBlank() ? List.of()
                : Arrays.stream(row.getExtensions().split(",")).map(String::strip).map(LimitPeriod::parse).toList();
        return new TimeLimitRule(Stage.valueOf(row.getStage()),
                "ALL".equals(row.getSeverity()) ? null : Severity.valueOf(row.getSeverity()),
                RuleVariant.valueOf(row.getVariant()), LimitPeriod.parse(row.getBasePeriod()), extensions,
                row.getRequestExtensionDaysBefore(), row.getMaxEntries(), DayOffShift.valueOf(row.getDayOffShift()),
                row.getArticle(), row.getNote());
    }
}
