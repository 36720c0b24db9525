package vn.theodoi.timelimits;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.Severity;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.organization.WorkingDays;

/**
 * The deadline engine wired to the stored rule table and the working-day calendar: the one place
 * modules ask "which stage, which limits, is it overdue" (today is Vietnam's today).
 */
@Component
public class ProcedureClock {

    private final TimeLimitTable table;
    private final WorkingDayCalendar calendar;
    private final int dueSoonDays;

    ProcedureClock(TimeLimitTable table, WorkingDayCalendar calendar,
            @Value("${theodoi.deadlines.due-soon-days:15}") int dueSoonDays) {
        this.table = table;
        this.calendar = calendar;
        this.dueSoonDays = dueSoonDays;
    }

    /** How many days before a due date (or a last day to request an extension) a limit is "due soon". */
    public int dueSoonDays() {
        return dueSoonDays;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /**
     * A digest of the law as the engine applies it here: the rule table and the calendar. Stored
     * dates counted under another digest must be counted again.
     */
    public String lawFingerprint() {
        return vn.theodoi.shared.Digests.sha256(table.fingerprint() + "|" + calendar.fingerprint());
    }

    /** The engine with the stored rules. */
    public DeadlineEngine engine() {
        return new DeadlineEngine(table.rules(), dueSoonDays);
    }

    public ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events) {
        return assessor().assess(severity, events);
    }

    /** The engine with the rules and the calendar loaded once, for judging many histories in a row. */
    public ProcedureAssessor assessor() {
        return ProcedureAssessor.of(engine(), dayOffCalendar(calendar.snapshot()), today());
    }

    /** The working days as the engine reads them: days off, their names, the years whose lunar holidays are in. */
    public static DayOffCalendar dayOffCalendar(WorkingDays days) {
        return DayOffCalendar.of(days::isDayOff, days::name, days::lunarHolidaysEntered);
    }
}
