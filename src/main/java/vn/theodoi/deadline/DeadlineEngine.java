package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Derives a record's stage and time limits from its severity and event history (Bộ luật Tố tụng hình sự 2015, and
 * 2003 for limits that started before 1 January 2018), and refuses events the procedure does not allow. Pure and
 * thread-safe: every period comes from the {@link TimeLimitRules} table, every day off from the
 * {@link DayOffCalendar} given.
 *
 * <h2>History</h2>
 * A history is judged in date order, whatever the order of entry: an event dated before events already recorded
 * is accepted when the whole history, taken in date order, is lawful (events of the same date keep the order
 * given). A limit follows the rule row in force on the day it starts to run ({@link TimeLimitRule#appliesOn}).
 * Where the law counts the next limit from the receipt of the file, the event's {@code date} ends the stage being
 * left and its {@code fileReceivedDate} starts the next one.
 *
 * <h2>Counting (Điều 134)</h2>
 * An end date is the start plus the base period ({@link LimitPeriod#addTo}); each extension is added to the
 * previous end date before its day-off shift (or after it, when the row's {@link ExtensionCounting} says so); the
 * day-off rule is then applied to the result when the row's {@link DayOffShift} says so for the unit of the last
 * period added. An extension never makes a due date earlier than the one before it (possible only with a short day
 * extension after a long holiday). Every step is kept in the limit's {@link Derivation}.
 *
 * <h2>Extensions</h2>
 * An extension event without an amount is taken as the maximum the law allows for that ordinal extension. An
 * amount is compared with the maximum by end date, so {@code 61D} exceeds a maximum of {@code 2M} from 1 January
 * but not from 1 July. An extension must be decided on or before the last day of the limit in force: one dated
 * after it is refused (the limit was already missed). An extension the rule reserves to a named body must be
 * granted by it; a new one without the granting body is refused, one already recorded without it is flagged.
 */
public final class DeadlineEngine {

    /** The default warning window, in days, before a due date or a request deadline. */
    public static final int DEFAULT_DUE_SOON_DAYS = 15;

    private static final Set<Stage> INVESTIGATING = EnumSet.of(Stage.INVESTIGATION, Stage.SUPPLEMENTARY_INVESTIGATION);
    private static final Set<Stage> FIRST_INSTANCE_COURT = EnumSet.of(Stage.TRIAL_PREPARATION, Stage.TRIAL_OPENING,
            Stage.TRIAL_HEARING, Stage.TRIAL_POSTPONED);
    private static final Set<Stage> AFTER_TRIAL_DECIDED = EnumSet.of(Stage.TRIAL_OPENING, Stage.TRIAL_HEARING,
            Stage.TRIAL_POSTPONED);
    private static final Set<Stage> APPEAL_COURT = EnumSet.of(Stage.APPEAL, Stage.APPEAL_PREPARATION,
            Stage.APPEAL_HEARING, Stage.APPEAL_TRIAL_POSTPONED);
    /** Where a judgment may be annulled from: at the appeal hearing, or a judgment in force (cassation, reopening). */
    private static final Set<Stage> ANNULLABLE = EnumSet.of(Stage.APPEAL_PREPARATION, Stage.APPEAL_HEARING,
            Stage.APPEAL_TRIAL_POSTPONED, Stage.APPEAL_JUDGED, Stage.FIRST_INSTANCE_JUDGED, Stage.ENFORCEMENT);
    /** Stages whose limit is to open a hearing: left by a judgment without an opening, they are flagged. */
    private static final Set<Stage> OPENING_LIMITS = EnumSet.of(Stage.TRIAL_OPENING, Stage.TRIAL_POSTPONED,
            Stage.APPEAL_PREPARATION, Stage.APPEAL_TRIAL_POSTPONED);

    private final TimeLimitRules rules;
    private final int dueSoonDays;

    /**
     * @param rules       the time-limit table
     * @param dueSoonDays days before a due date (or a last day to request an extension) from which a limit is
     *                    {@link DeadlineStatus#DUE_SOON}; not negative
     */
    public DeadlineEngine(TimeLimitRules rules, int dueSoonDays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
    }

    public TimeLimitRules rules() {
        return rules;
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /**
     * The current stage and the time limits of a record.
     *
     * @param severity severity of the gravest charge; may be {@code null} while only severity-independent
     *                 stages (report verification) have been entered
     * @param events   the history, in entry order (judged in date order)
     * @param calendar days off
     * @param today    the day statuses are computed for
     * @throws ProcedureViolation when an event of the history is not allowed (its index in {@code events} is in the
     *                            exception)
     * @throws RuleTableException when the table lacks a row the history needs
     */
    public ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events, DayOffCalendar calendar,
                                      LocalDate today) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(today, "today");
        Replay replay = replay(severity, events, calendar, -1);
        List<TimeLimit> limits = new ArrayList<>(replay.segments.size());
        for (Segment s : replay.segments) {
            limits.add(limit(s, calendar, today));
        }
        return new ProcedureAssessment(replay.stage, limits);
    }

    /**
     * Checks that {@code newEvent} may be added to {@code existingEvents}: the history with it, taken in date
     * order, must be lawful. A new extension the rule reserves to a named body must name it.
     *
     * @return the current stage of the history with the new event
     * @throws ProcedureViolation when it may not: with index {@code existingEvents.size()} when the new event itself
     *                            is refused, or the index of an existing event the new one makes unlawful (an event
     *                            entered late); with the existing event's index when the history was already
     *                            unlawful without the new event
     */
    public Stage check(Severity severity, List<ProcedureEvent> existingEvents, ProcedureEvent newEvent,
                       DayOffCalendar calendar) {
        Objects.requireNonNull(existingEvents, "existingEvents");
        Objects.requireNonNull(calendar, "calendar");
        replay(severity, existingEvents, calendar, -1);
        List<ProcedureEvent> all = new ArrayList<>(existingEvents);
        all.add(newEvent);
        return replay(severity, all, calendar, existingEvents.size()).stage;
    }

    /**
     * As {@link #check(Severity, List, ProcedureEvent, DayOffCalendar)} with Saturdays and Sundays as the only days
     * off: an extension dated on a due date moved over a holiday may be wrongly refused.
     *
     * @deprecated give the working-day calendar: whether an extension came after its limit ended depends on it
     */
    @Deprecated
    public Stage check(Severity severity, List<ProcedureEvent> existingEvents, ProcedureEvent newEvent) {
        return check(severity, existingEvents, newEvent, DayOffCalendar.weekendsOnly());
    }

    /**
     * The status of a limit still running on {@code today}: the rule lists use, stored due dates
     * in hand, without replaying the history.
     */
    public static DeadlineStatus openStatus(LocalDate due, LocalDate lastDayToRequest, LocalDate today,
            int dueSoonDays) {
        if (today.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        LocalDate warnFrom = due.minusDays(dueSoonDays);
        if (lastDayToRequest != null && lastDayToRequest.minusDays(dueSoonDays).isBefore(warnFrom)) {
            warnFrom = lastDayToRequest.minusDays(dueSoonDays);
        }
        return today.isBefore(warnFrom) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DUE_SOON;
    }

    private Replay replay(Severity severity, List<ProcedureEvent> events, DayOffCalendar calendar, int strictIndex) {
        List<Integer> order = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        // stable: events of the same date keep the order given; undated events are refused when reached
        order.sort(Comparator.comparing(i -> events.get(i) == null || events.get(i).date() == null
                ? LocalDate.MIN : events.get(i).date()));
        Replay replay = new Replay(severity, calendar);
        for (int i : order) {
            replay.apply(events.get(i), i, i == strictIndex);
        }
        return replay;
    }

    // ---------------------------------------------------------------- computation of one limit

    private TimeLimit limit(Segment s, DayOffCalendar calendar, LocalDate today) {
        Count c = count(s, s.granted, calendar, true);
        TimeLimitRule rule = s.rule;
        int left = rule.maxExtensions() - s.granted.size();
        ExtensionLimit next = left > 0 ? rule.extensions().get(s.granted.size()) : null;
        LocalDate lastDayToRequest = next != null && !next.fromStart() && rule.requestExtensionDaysBefore() != null
                ? c.due.minusDays(rule.requestExtensionDaysBefore()) : null;
        List<Integer> missingYears = new ArrayList<>();
        for (int y = s.countedFrom.getYear(); y <= c.due.getYear(); y++) {
            if (!calendar.hasLunarHolidays(y)) {
                missingYears.add(y);
            }
        }
        Set<LimitFlag> flags = EnumSet.noneOf(LimitFlag.class);
        flags.addAll(s.flags);
        if (!missingYears.isEmpty()) {
            flags.add(LimitFlag.LUNAR_HOLIDAYS_MISSING);
        }
        Derivation derivation = new Derivation(s.startEvent, s.startEventDate, s.countedFrom, rule, c.steps,
                missingYears, s.endEvent, s.end);
        return new TimeLimit(s.stage, s.countedFrom, c.baseDue, c.due, c.maxDue, s.granted.size(), left,
                lastDayToRequest, status(c.due, lastDayToRequest, s.end, today), s.end, rule.article(), rule.variant(),
                rule.code(), List.copyOf(flags), derivation);
    }

    /** The dates of a limit with the given extensions granted, and how they were reached. */
    private record Count(LocalDate baseDue, LocalDate due, LocalDate unshifted, LocalDate maxDue,
                         List<Derivation.Step> steps) {
    }

    private static Count count(Segment s, List<Granted> granted, DayOffCalendar calendar, boolean withMax) {
        TimeLimitRule rule = s.rule;
        List<Derivation.Step> steps = new ArrayList<>();
        LocalDate unshifted = rule.basePeriod().addTo(s.countedFrom);
        steps.add(new Derivation.Step(Derivation.StepKind.BASE_PERIOD, s.countedFrom, unshifted, rule.basePeriod(),
                null, 0, null, null, null, List.of()));
        LocalDate baseDue = shift(unshifted, rule.basePeriod().unit(), rule, calendar, steps);
        LocalDate due = baseDue;
        int ordinal = 0;
        for (Granted g : granted) {
            ordinal++;
            LocalDate anchor = anchor(rule, unshifted, due);
            LocalDate end = g.asked == null ? g.allowance.capFrom(s.countedFrom, anchor) : g.asked.addTo(anchor);
            PeriodUnit unit = g.asked == null ? g.allowance.max().unit() : g.asked.unit();
            LimitPeriod added = g.asked != null ? g.asked : g.allowance.fromStart() ? null : g.allowance.max();
            steps.add(new Derivation.Step(Derivation.StepKind.EXTENSION, anchor, end, added, g.allowance, ordinal,
                    g.event.type(), g.event.date(), g.event.grantedBy(), List.of()));
            unshifted = end;
            LocalDate shifted = shift(end, unit, rule, calendar, steps);
            if (shifted.isBefore(due)) {
                steps.add(new Derivation.Step(Derivation.StepKind.KEPT_LATER_DUE_DATE, shifted, due, null, null, 0,
                        null, null, null, List.of()));
            } else {
                due = shifted;
            }
        }
        LocalDate maxDue = due;
        if (withMax) {
            LocalDate maxUnshifted = unshifted;
            for (ExtensionLimit allowance : rule.extensions().subList(granted.size(), rule.maxExtensions())) {
                LocalDate end = allowance.capFrom(s.countedFrom, anchor(rule, maxUnshifted, maxDue));
                maxUnshifted = end;
                maxDue = latest(maxDue, shift(end, allowance.max().unit(), rule, calendar, null));
            }
        }
        return new Count(baseDue, due, unshifted, maxDue, steps);
    }

    private static LocalDate anchor(TimeLimitRule rule, LocalDate unshifted, LocalDate due) {
        return rule.extensionCounting() == ExtensionCounting.FROM_SHIFTED_END ? due : unshifted;
    }

    /** Applies the day-off rule to an end date, recording the step when {@code steps} is given. */
    private static LocalDate shift(LocalDate end, PeriodUnit lastUnit, TimeLimitRule rule, DayOffCalendar calendar,
                                   List<Derivation.Step> steps) {
        if (!calendar.isDayOff(end)) {
            return end;
        }
        if (!rule.dayOffShift().appliesTo(lastUnit)) {
            if (steps != null) {
                steps.add(new Derivation.Step(Derivation.StepKind.DAY_OFF_NOT_SHIFTED, end, end, null, null, 0, null,
                        null, null, List.of(new Derivation.DayOff(end, calendar.dayOffName(end)))));
            }
            return end;
        }
        LocalDate moved = calendar.firstWorkingDayFrom(end);
        if (steps != null) {
            List<Derivation.DayOff> skipped = new ArrayList<>();
            for (LocalDate d = end; d.isBefore(moved); d = d.plusDays(1)) {
                skipped.add(new Derivation.DayOff(d, calendar.dayOffName(d)));
            }
            steps.add(new Derivation.Step(Derivation.StepKind.DAY_OFF_SHIFT, end, moved, null, null, 0, null, null,
                    null, skipped));
        }
        return moved;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private DeadlineStatus status(LocalDate due, LocalDate lastDayToRequest, LocalDate end, LocalDate today) {
        if (end != null) {
            return end.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
        }
        return openStatus(due, lastDayToRequest, today, dueSoonDays);
    }

    // ---------------------------------------------------------------- replay of the history

    /** An extension granted. */
    private record Granted(ProcedureEvent event, ExtensionLimit allowance, LimitPeriod asked) {
    }

    /** One entered timed stage. */
    private static final class Segment {
        final Stage stage;
        final TimeLimitRule rule;
        final EventType startEvent;
        final LocalDate startEventDate;
        final LocalDate countedFrom;
        final List<Granted> granted = new ArrayList<>();
        final Set<LimitFlag> flags = EnumSet.noneOf(LimitFlag.class);
        LocalDate end;
        EventType endEvent;

        Segment(Stage stage, TimeLimitRule rule, EventType startEvent, LocalDate startEventDate,
                LocalDate countedFrom) {
            this.stage = stage;
            this.rule = rule;
            this.startEvent = startEvent;
            this.startEventDate = startEventDate;
            this.countedFrom = countedFrom;
        }
    }

    /** The body whose work a suspension or dismissal stopped, which tells what may restart it. */
    private enum Phase {
        REPORT, INVESTIGATION, PROSECUTION, TRIAL, APPEAL
    }

    /** The state machine of the procedure, fed one event at a time in date order. */
    private final class Replay {
        final Severity severity;
        final DayOffCalendar calendar;
        final List<Segment> segments = new ArrayList<>();
        final Map<String, Integer> entries = new HashMap<>();
        Stage stage;
        Segment open;
        /** What a suspension or dismissal stopped, while the stage is {@link Stage#SUSPENDED} or DISMISSED. */
        Phase halted;
        /** The court returned the file: its next receipt by the court is a returned file (Điều 277(1)). */
        boolean courtReturnPending;
        /** The open stage runs from a receipt later than the event that entered it: nothing happens before it. */
        LocalDate receivedOn;
        int index;
        boolean strict;

        Replay(Severity severity, DayOffCalendar calendar) {
            this.severity = severity;
            this.calendar = calendar;
        }

        void apply(ProcedureEvent e, int eventIndex, boolean newEvent) {
            index = eventIndex;
            strict = newEvent;
            if (e == null || e.type() == null) {
                throw violation("deadline.event.typeMissing");
            }
            EventType type = e.type();
            if (e.date() == null) {
                throw violation("deadline.event.dateMissing", type);
            }
            checkFields(e);
            if (receivedOn != null && e.date().isBefore(receivedOn) && type != EventType.ASSETS_RECOVERED
                    && type != EventType.SPLIT) {
                throw violation("deadline.event.beforeReceipt", type, e.date(), receivedOn);
            }
            if (stage == null && type != EventType.REPORT_RECEIVED && type != EventType.CASE_INITIATED) {
                throw violation("deadline.event.firstEventInvalid", type);
            }
            if (type.isExtension()) {
                extend(e);
            } else {
                transition(e);
            }
        }

        private void checkFields(ProcedureEvent e) {
            EventType type = e.type();
            if (!type.isExtension() && e.hasExtensionAmount()) {
                throw violation("deadline.event.unexpectedField", type, "extension");
            }
            if (!type.isExtension() && e.grantedBy() != null) {
                throw violation("deadline.event.unexpectedField", type, "grantedBy");
            }
            if (type == EventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION) {
                if (e.returnedBy() == null) {
                    throw violation("deadline.event.returnedByMissing", type);
                }
            } else if (e.returnedBy() != null) {
                throw violation("deadline.event.unexpectedField", type, "returnedBy");
            }
            if (type == EventType.APPEAL_FILE_RECEIVED) {
                if (e.courtLevel() == null) {
                    throw violation("deadline.event.courtLevelMissing", type);
                }
            } else if (e.courtLevel() != null) {
                throw violation("deadline.event.unexpectedField", type, "courtLevel");
            }
            if (e.fileReceivedDate() != null) {
                if (!type.receivesFile()) {
                    throw violation("deadline.event.unexpectedField", type, "fileReceivedDate");
                }
                if (e.fileReceivedDate().isBefore(e.date())) {
                    throw violation("deadline.event.receivedBeforeDecision", type, e.fileReceivedDate(), e.date());
                }
            }
        }

        private void transition(ProcedureEvent e) {
            EventType type = e.type();
            switch (type) {
                case REPORT_RECEIVED -> {
                    if (stage != null) {
                        throw notAllowed(e);
                    }
                    enter(Stage.REPORT_VERIFICATION, RuleVariant.STANDARD, e, e.date());
                }
                case REPORT_HANDLING_SUSPENDED -> {
                    require(e, EnumSet.of(Stage.REPORT_VERIFICATION));
                    halt(Stage.SUSPENDED, Phase.REPORT, e);
                }
                case REPORT_HANDLING_RESUMED -> {
                    requireHalted(e, Phase.REPORT, EnumSet.of(Stage.SUSPENDED));
                    enter(Stage.REPORT_VERIFICATION, RuleVariant.RESUMED, e, e.date());
                }
                case CASE_INITIATED -> {
                    if (stage != null) {
                        require(e, EnumSet.of(Stage.REPORT_VERIFICATION));
                    }
                    enter(Stage.INVESTIGATION, RuleVariant.STANDARD, e, e.date());
                }
                case INVESTIGATION_SUSPENDED -> {
                    require(e, INVESTIGATING);
                    halt(Stage.SUSPENDED, Phase.INVESTIGATION, e);
                }
                case INVESTIGATION_RESUMED -> {
                    requireHalted(e, Phase.INVESTIGATION, EnumSet.of(Stage.SUSPENDED, Stage.DISMISSED));
                    enter(Stage.INVESTIGATION, RuleVariant.RESUMED, e, e.date());
                }
                case INVESTIGATION_CONCLUDED -> {
                    require(e, INVESTIGATING);
                    enter(Stage.PROSECUTION, RuleVariant.STANDARD, e, e.receivedOrDecided());
                }
                case RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION -> returned(e);
                case INDICTED -> {
                    require(e, EnumSet.of(Stage.PROSECUTION));
                    leaveTo(Stage.INDICTED, e);
                }
                case CASE_SUSPENDED -> {
                    if (stage == Stage.PROSECUTION) {
                        halt(Stage.SUSPENDED, Phase.PROSECUTION, e);
                    } else if (FIRST_INSTANCE_COURT.contains(stage)) {
                        halt(Stage.SUSPENDED, Phase.TRIAL, e);
                    } else {
                        throw notAllowed(e);
                    }
                }
                case CASE_RESTORED -> {
                    if ((stage != Stage.SUSPENDED && stage != Stage.DISMISSED)
                            || (halted != Phase.PROSECUTION && halted != Phase.TRIAL)) {
                        throw notAllowed(e);
                    }
                    enter(halted == Phase.PROSECUTION ? Stage.PROSECUTION : Stage.TRIAL_PREPARATION,
                            RuleVariant.RESTORED, e, e.date());
                }
                case DISMISSED -> {
                    Phase phase = phaseOf(stage);
                    if (phase == null || phase == Phase.REPORT) {
                        throw notAllowed(e);
                    }
                    halt(Stage.DISMISSED, phase, e);
                }
                case FILE_RECEIVED_BY_COURT -> {
                    require(e, EnumSet.of(Stage.INDICTED));
                    enter(Stage.TRIAL_PREPARATION, courtReturnPending ? RuleVariant.RETURNED : RuleVariant.STANDARD,
                            e, e.date());
                    courtReturnPending = false;
                }
                case TRIAL_DECIDED -> {
                    require(e, EnumSet.of(Stage.TRIAL_PREPARATION));
                    enter(Stage.TRIAL_OPENING, RuleVariant.STANDARD, e, e.date());
                }
                case TRIAL_OPENED -> {
                    require(e, EnumSet.of(Stage.TRIAL_OPENING, Stage.TRIAL_POSTPONED));
                    leaveTo(Stage.TRIAL_HEARING, e);
                }
                case TRIAL_POSTPONED -> {
                    require(e, EnumSet.of(Stage.TRIAL_OPENING, Stage.TRIAL_HEARING));
                    enter(Stage.TRIAL_POSTPONED, RuleVariant.STANDARD, e, e.date());
                }
                case FIRST_INSTANCE_JUDGMENT -> {
                    require(e, EnumSet.of(Stage.TRIAL_HEARING, Stage.TRIAL_OPENING, Stage.TRIAL_POSTPONED));
                    flagHearingNotRecorded();
                    leaveTo(Stage.FIRST_INSTANCE_JUDGED, e);
                }
                case APPEAL_FILED -> {
                    require(e, EnumSet.of(Stage.FIRST_INSTANCE_JUDGED, Stage.APPEAL));
                    if (stage != Stage.APPEAL) {
                        leaveTo(Stage.APPEAL, e);
                    }
                }
                case APPEAL_FILE_RECEIVED -> {
                    require(e, EnumSet.of(Stage.APPEAL));
                    enter(Stage.APPEAL_PREPARATION, RuleVariant.of(e.courtLevel()), e, e.date());
                }
                case APPEAL_TRIAL_OPENED -> {
                    require(e, EnumSet.of(Stage.APPEAL_PREPARATION, Stage.APPEAL_TRIAL_POSTPONED));
                    leaveTo(Stage.APPEAL_HEARING, e);
                }
                case APPEAL_TRIAL_POSTPONED -> {
                    require(e, EnumSet.of(Stage.APPEAL_PREPARATION, Stage.APPEAL_HEARING));
                    enter(Stage.APPEAL_TRIAL_POSTPONED, RuleVariant.STANDARD, e, e.date());
                }
                case APPEAL_JUDGMENT -> {
                    require(e, EnumSet.of(Stage.APPEAL_HEARING, Stage.APPEAL_PREPARATION,
                            Stage.APPEAL_TRIAL_POSTPONED));
                    flagHearingNotRecorded();
                    leaveTo(Stage.APPEAL_JUDGED, e);
                }
                case JUDGMENT_ANNULLED_FOR_REINVESTIGATION, JUDGMENT_ANNULLED_FOR_RETRIAL -> {
                    require(e, ANNULLABLE);
                    flagHearingNotRecorded();
                    // a new proceeding: the returns counted so far and a pending court return do not carry over
                    entries.keySet().removeIf(k -> k.startsWith(Stage.SUPPLEMENTARY_INVESTIGATION + "/"));
                    courtReturnPending = false;
                    if (type == EventType.JUDGMENT_ANNULLED_FOR_REINVESTIGATION) {
                        enter(Stage.INVESTIGATION, RuleVariant.REINVESTIGATION, e, e.receivedOrDecided());
                    } else {
                        enter(Stage.TRIAL_PREPARATION, RuleVariant.RETRIAL, e, e.receivedOrDecided());
                    }
                }
                case ENFORCEMENT_STARTED -> {
                    require(e, EnumSet.of(Stage.FIRST_INSTANCE_JUDGED, Stage.APPEAL_JUDGED));
                    leaveTo(Stage.ENFORCEMENT, e);
                }
                case CLOSED -> {
                    if (stage == Stage.CLOSED) {
                        throw notAllowed(e);
                    }
                    leaveTo(Stage.CLOSED, e);
                }
                case ASSETS_RECOVERED, SPLIT -> {
                    // No change of stage; allowed in every stage once the record exists.
                }
                default -> throw new IllegalStateException("Unhandled event type " + type);
            }
        }

        /** A return for supplementary investigation: who returns it is told by the body and the stage. */
        private void returned(ProcedureEvent e) {
            RuleVariant variant;
            if (e.returnedBy() == ReturnedBy.PROCURACY) {
                if (stage != Stage.PROSECUTION) {
                    throw violation("deadline.return.wrongStage", e.returnedBy(), stage);
                }
                variant = RuleVariant.PROCURACY;
            } else if (stage == Stage.TRIAL_PREPARATION) {
                variant = RuleVariant.PRESIDING_JUDGE;
            } else if (AFTER_TRIAL_DECIDED.contains(stage)) {
                variant = RuleVariant.TRIAL_PANEL;
            } else {
                throw violation("deadline.return.wrongStage", e.returnedBy(), stage);
            }
            enter(Stage.SUPPLEMENTARY_INVESTIGATION, variant, e, e.receivedOrDecided());
            if (e.returnedBy() == ReturnedBy.COURT) {
                courtReturnPending = true;
            }
        }

        private void extend(ProcedureEvent e) {
            Stage target = e.type().extendedStage();
            if (stage != target || open == null) {
                throw violation("deadline.extension.wrongStage", e.type(), stage, target);
            }
            TimeLimitRule rule = open.rule;
            int used = open.granted.size();
            if (used >= rule.maxExtensions()) {
                throw violation("deadline.extension.exhausted", stage, rule.maxExtensions());
            }
            Count now = count(open, open.granted, calendar, false);
            if (e.date().isAfter(now.due)) {
                throw violation("deadline.extension.afterLimitEnded", stage, e.date(), now.due);
            }
            ExtensionLimit allowance = rule.extensions().get(used);
            LimitPeriod asked = null;
            if (e.extensionDays() != null && e.extensionMonths() != null) {
                throw violation("deadline.extension.ambiguousAmount", e.type());
            } else if (e.extensionDays() != null || e.extensionMonths() != null) {
                int amount = e.extensionDays() != null ? e.extensionDays() : e.extensionMonths();
                if (amount <= 0) {
                    throw violation("deadline.extension.notPositive", e.type(), amount);
                }
                asked = e.extensionDays() != null ? LimitPeriod.days(amount) : LimitPeriod.months(amount);
                LocalDate anchor = anchor(rule, now.unshifted, now.due);
                if (asked.addTo(anchor).isAfter(allowance.capFrom(open.countedFrom, anchor))) {
                    throw violation(allowance.fromStart() ? "deadline.extension.beyondProlongation"
                            : "deadline.extension.tooLong", stage, used + 1, allowance.max().amount(),
                            allowance.max().unit(), asked.amount(), asked.unit());
                }
            }
            String grantor = allowance.requiredGrantor();
            if (grantor != null) {
                if (e.grantedBy() == null) {
                    if (strict) {
                        throw violation("deadline.extension.grantorRequired", stage, used + 1, grantor);
                    }
                    open.flags.add(LimitFlag.GRANTOR_NOT_RECORDED);
                } else if (!grantor.equalsIgnoreCase(e.grantedBy())) {
                    throw violation("deadline.extension.wrongGrantor", stage, used + 1, grantor, e.grantedBy());
                }
            }
            open.granted.add(new Granted(e, allowance, asked));
        }

        private void require(ProcedureEvent e, Set<Stage> allowed) {
            if (!allowed.contains(stage)) {
                throw notAllowed(e);
            }
        }

        private void requireHalted(ProcedureEvent e, Phase phase, Set<Stage> allowed) {
            if (!allowed.contains(stage) || halted != phase) {
                throw notAllowed(e);
            }
        }

        private ProcedureViolation notAllowed(ProcedureEvent e) {
            return violation("deadline.event.notAllowedInStage", e.type(), stage);
        }

        /** The body at work in a stage, for a suspension or dismissal; {@code null} when nothing can be halted. */
        private Phase phaseOf(Stage s) {
            if (s == null) {
                return null;
            }
            return switch (s) {
                case REPORT_VERIFICATION -> Phase.REPORT;
                case INVESTIGATION, SUPPLEMENTARY_INVESTIGATION -> Phase.INVESTIGATION;
                case PROSECUTION, INDICTED -> Phase.PROSECUTION;
                case TRIAL_PREPARATION, TRIAL_OPENING, TRIAL_HEARING, TRIAL_POSTPONED -> Phase.TRIAL;
                case APPEAL, APPEAL_PREPARATION, APPEAL_HEARING, APPEAL_TRIAL_POSTPONED -> Phase.APPEAL;
                case SUSPENDED -> halted;
                default -> null;
            };
        }

        private void flagHearingNotRecorded() {
            if (open != null && OPENING_LIMITS.contains(open.stage)) {
                open.flags.add(LimitFlag.HEARING_DATE_NOT_RECORDED);
            }
        }

        private void enter(Stage next, RuleVariant variant, ProcedureEvent cause, LocalDate countedFrom) {
            TimeLimitRule rule;
            try {
                rule = rules.require(next, severity, variant, countedFrom);
            } catch (ProcedureViolation v) {
                if (v.getKey().equals("deadline.rules.notInForce") && cause.courtLevel() != null) {
                    throw violation("deadline.appeal.courtLevelNotInForce", cause.courtLevel(), countedFrom);
                }
                throw violation(v.getKey(), v.getArguments());
            }
            String key = rule.stage() + "/" + rule.variant();
            int entered = entries.getOrDefault(key, 0);
            if (rule.maxEntries() != null && entered >= rule.maxEntries()) {
                if (rule.variant() == RuleVariant.PRESIDING_JUDGE || rule.variant() == RuleVariant.TRIAL_PANEL) {
                    throw violation("deadline.return.courtActorLimitReached", rule.variant(), rule.maxEntries(),
                            rule.article());
                }
                if (next == Stage.SUPPLEMENTARY_INVESTIGATION) {
                    throw violation("deadline.return.limitReached", rule.variant() == RuleVariant.PROCURACY
                            ? ReturnedBy.PROCURACY : ReturnedBy.COURT, rule.maxEntries());
                }
                throw violation("deadline.stage.entriesExhausted", next, variant, rule.maxEntries(), cause.type());
            }
            entries.put(key, entered + 1);
            leaveTo(next, cause);
            open = new Segment(next, rule, cause.type(), cause.date(), countedFrom);
            segments.add(open);
            receivedOn = countedFrom.isAfter(cause.date()) ? countedFrom : null;
        }

        private void halt(Stage next, Phase phase, ProcedureEvent cause) {
            leaveTo(next, cause);
            halted = phase;
        }

        private void leaveTo(Stage next, ProcedureEvent cause) {
            if (open != null) {
                open.end = cause.date();
                open.endEvent = cause.type();
                open = null;
            }
            stage = next;
            receivedOn = null;
            if (next != Stage.SUSPENDED && next != Stage.DISMISSED) {
                halted = null;
            }
        }

        private ProcedureViolation violation(String key, Object... args) {
            return new ProcedureViolation(key, index, args);
        }
    }
}
