package vn.theodoi.timelimits;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.Severity;
import vn.theodoi.organization.CalendarChanged;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.organization.WorkingDays;
import vn.theodoi.shared.cache.Snapshot;

/**
 * The deadline engine wired to the stored rule table and the working-day calendar: the one place
 * modules ask "which stage, which limits, is it overdue" (today is Vietnam's today).
 */
@Component
public class ProcedureClock {

    /** How long the law held in memory for showing records may go unread (a change on another node). */
    static final java.time.Duration LAW_MAX_AGE = java.time.Duration.ofSeconds(60);

    private final TimeLimitTable table;
    private final WorkingDayCalendar calendar;
    private final int dueSoonDays;
    /**
     * Held on this node only: a change is announced by a local event ({@link TimeLimitRulesChanged},
     * {@link CalendarChanged}); the other nodes read it again within {@link #LAW_MAX_AGE}.
     */
    private final Snapshot<Law> law;

    ProcedureClock(TimeLimitTable table, WorkingDayCalendar calendar,
            @Value("${theodoi.deadlines.due-soon-days:15}") int dueSoonDays) {
        this.table = table;
        this.calendar = calendar;
        this.dueSoonDays = dueSoonDays;
        this.law = new Snapshot<>(new ConcurrentMapCache("procedure-law", false), "law", LAW_MAX_AGE,
                () -> new Law(engine(), dayOffCalendar(calendar.snapshot())));
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

    /**
     * The assessor for showing a record (its page, the API): the rules and the calendar held in memory, dropped
     * once a change of either made here commits, and read again at most {@link #LAW_MAX_AGE} after they were
     * read otherwise (a change made on another node). Whatever is stored (stage, dates, limits' history) is
     * always counted with {@link #assessor()}, which reads the law from the database.
     */
    public ProcedureAssessor readingAssessor() {
        Law current = law.get();
        return ProcedureAssessor.of(current.engine(), current.calendar(), today());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TimeLimitRulesChanged changed) {
        law.evict();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarChanged changed) {
        law.evict();
    }

    private record Law(DeadlineEngine engine, DayOffCalendar calendar) {
    }

    /** The working days as the engine reads them: days off, their names, the years whose lunar holidays are in. */
    public static DayOffCalendar dayOffCalendar(WorkingDays days) {
        return DayOffCalendar.of(days::isDayOff, days::name, days::lunarHolidaysEntered);
    }
}
