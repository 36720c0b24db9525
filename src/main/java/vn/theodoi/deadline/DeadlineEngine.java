package vn.theodoi.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Derives a record's stage and time limits from its severity and event history (Bộ luật Tố tụng hình sự 2015),
 * and refuses events the procedure does not allow. Pure and thread-safe: every period comes from the
 * {@link TimeLimitRules} table, every day off from the {@link DayOffCalendar} given.
 *
 * <h2>Counting (Điều 134)</h2>
 * An end date is the event date plus the base period ({@link LimitPeriod#addTo}); each extension is added to
 * the previous end date <em>before</em> any day-off shift; the day-off rule is then applied once to the result,
 * when the row's {@link DayOffShift} says so for the unit of the last period added. An extension never makes a
 * due date earlier than the one before it (possible only with a short day extension after a long holiday).
 *
 * <h2>Extensions</h2>
 * An extension event without an amount is taken as the maximum the law allows for that ordinal extension.
 * An amount is compared with the maximum by end date, so {@code 61D} exceeds a maximum of {@code 2M} from
 * 1 January but not from 1 July. A late extension (dated after the due date or the request deadline) is
 * recorded as given: it is a fact the oversight body must see, not a data-entry error.
 */
public final class DeadlineEngine {

    /** The default warning window, in days, before a due date or a request deadline. */
    public static final int DEFAULT_DUE_SOON_DAYS = 15;

    private static final Set<Stage> INVESTIGATING = EnumSet.of(Stage.INVESTIGATION, Stage.SUPPLEMENTARY_INVESTIGATION);

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
     * @param events   the history, in evaluation order
     * @param calendar days off
     * @param today    the day statuses are computed for
     * @throws ProcedureViolation when an event of the history is not allowed (its index is in the exception)
     * @throws RuleTableException when the table lacks a row the history needs
     */
    public ProcedureAssessment assess(Severity severity, List<ProcedureEvent> events, DayOffCalendar calendar,
                                      LocalDate today) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(today, "today");
        Replay replay = replay(severity, events);
        List<TimeLimit> limits = new ArrayList<>(replay.segments.size());
        for (Segment s : replay.segments) {
            limits.add(compute(s, calendar, today));
        }
        return new ProcedureAssessment(replay.stage, limits);
    }

    /**
     * Checks that {@code newEvent} may follow {@code existingEvents}.
     *
     * @return the stage the record is in after the new event
     * @throws ProcedureViolation when it may not (index {@code existingEvents.size()}), or when an existing event
     *                            is already invalid (its own index)
     */
    public Stage check(Severity severity, List<ProcedureEvent> existingEvents, ProcedureEvent newEvent) {
        Objects.requireNonNull(existingEvents, "existingEvents");
        Replay replay = replay(severity, existingEvents);
        replay.apply(newEvent, existingEvents.size());
        return replay.stage;
    }

    private Replay replay(Severity severity, List<ProcedureEvent> events) {
        Replay replay = new Replay(severity);
        for (int i = 0; i < events.size(); i++) {
            replay.apply(events.get(i), i);
        }
        return replay;
    }

    // ---------------------------------------------------------------- computation of one limit

    private TimeLimit compute(Segment s, DayOffCalendar calendar, LocalDate today) {
        TimeLimitRule rule = s.rule;
        LocalDate unshifted = rule.basePeriod().addTo(s.start);
        LocalDate baseDue = shift(unshifted, rule.basePeriod().unit(), rule, calendar);
        LocalDate due = baseDue;
        for (LimitPeriod p : s.granted) {
            unshifted = p.addTo(unshifted);
            due = latest(due, shift(unshifted, p.unit(), rule, calendar));
        }
        LocalDate maxDue = due;
        LocalDate maxUnshifted = unshifted;
        List<LimitPeriod> remaining = rule.extensions().subList(s.granted.size(), rule.extensions().size());
        for (LimitPeriod p : remaining) {
            maxUnshifted = p.addTo(maxUnshifted);
            maxDue = latest(maxDue, shift(maxUnshifted, p.unit(), rule, calendar));
        }
        int left = remaining.size();
        LocalDate lastDayToRequest = left > 0 && rule.requestExtensionDaysBefore() != null
                ? due.minusDays(rule.requestExtensionDaysBefore()) : null;
        return new TimeLimit(s.stage, s.start, baseDue, due, maxDue, s.granted.size(), left, lastDayToRequest,
                status(due, lastDayToRequest, s.end, today), s.end, rule.article(), s.variant);
    }

    private static LocalDate shift(LocalDate end, PeriodUnit lastUnit, TimeLimitRule rule, DayOffCalendar calendar) {
        return rule.dayOffShift().appliesTo(lastUnit) ? calendar.firstWorkingDayFrom(end) : end;
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

    // ---------------------------------------------------------------- replay of the history

    /** One entered timed stage. */
    private static final class Segment {
        final Stage stage;
        final RuleVariant variant;
        final TimeLimitRule rule;
        final LocalDate start;
        final List<LimitPeriod> granted = new ArrayList<>();
        /** End of the limit in force before any day-off shift; used to compare extension lengths. */
        LocalDate unshiftedEnd;
        LocalDate end;

        Segment(Stage stage, RuleVariant variant, TimeLimitRule rule, LocalDate start) {
            this.stage = stage;
            this.variant = variant;
            this.rule = rule;
            this.start = start;
            this.unshiftedEnd = rule.basePeriod().addTo(start);
        }
    }

    /** The state machine of the procedure, fed one event at a time. */
    private final class Replay {
        final Severity severity;
        final List<Segment> segments = new ArrayList<>();
        final Map<String, Integer> entries = new HashMap<>();
        Stage stage;
        Segment open;
        LocalDate lastDate;
        boolean dismissedDuringInvestigation;
        int index;

        Replay(Severity severity) {
            this.severity = severity;
        }

        void apply(ProcedureEvent e, int eventIndex) {
            index = eventIndex;
            if (e == null || e.type() == null) {
                throw violation("deadline.event.typeMissing");
            }
            EventType type = e.type();
            if (e.date() == null) {
                throw violation("deadline.event.dateMissing", type);
            }
            if (lastDate != null && e.date().isBefore(lastDate)) {
                throw violation("deadline.event.beforePrevious", type, e.date(), lastDate);
            }
            checkFields(e);
            if (stage == null && type != EventType.REPORT_RECEIVED && type != EventType.CASE_INITIATED) {
                throw violation("deadline.event.firstEventInvalid", type);
            }
            if (type.isExtension()) {
                extend(e);
            } else {
                transition(e);
            }
            lastDate = e.date();
        }

        private void checkFields(ProcedureEvent e) {
            EventType type = e.type();
            if (!type.isExtension() && e.hasExtensionAmount()) {
                throw violation("deadline.event.unexpectedField", type, "extension");
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
        }

        private void transition(ProcedureEvent e) {
            LocalDate d = e.date();
            switch (e.type()) {
                case REPORT_RECEIVED -> {
                    if (stage != null) {
                        throw violation("deadline.event.notAllowedInStage", e.type(), stage);
                    }
                    enter(Stage.REPORT_VERIFICATION, RuleVariant.STANDARD, d, e.type());
                }
                case CASE_INITIATED -> {
                    if (stage != null) {
                        require(e, EnumSet.of(Stage.REPORT_VERIFICATION));
                    }
                    enter(Stage.INVESTIGATION, RuleVariant.STANDARD, d, e.type());
                }
                case INVESTIGATION_SUSPENDED -> {
                    require(e, INVESTIGATING);
                    leaveTo(Stage.SUSPENDED, d);
                }
                case INVESTIGATION_RESUMED -> {
                    if (stage != Stage.SUSPENDED && !(stage == Stage.DISMISSED && dismissedDuringInvestigation)) {
                        throw violation("deadline.event.notAllowedInStage", e.type(), stage);
                    }
                    enter(Stage.INVESTIGATION, RuleVariant.RESUMED, d, e.type());
                }
                case INVESTIGATION_CONCLUDED -> {
                    require(e, INVESTIGATING);
                    enter(Stage.PROSECUTION, RuleVariant.STANDARD, d, e.type());
                }
                case RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION -> {
                    Set<Stage> from = e.returnedBy() == ReturnedBy.PROCURACY
                            ? EnumSet.of(Stage.PROSECUTION)
                            : EnumSet.of(Stage.TRIAL_PREPARATION, Stage.TRIAL_OPENING);
                    if (!from.contains(stage)) {
                        throw violation("deadline.return.wrongStage", e.returnedBy(), stage);
                    }
                    enter(Stage.SUPPLEMENTARY_INVESTIGATION, RuleVariant.of(e.returnedBy()), d, e.type());
                }
                case INDICTED -> {
                    require(e, EnumSet.of(Stage.PROSECUTION));
                    leaveTo(Stage.INDICTED, d);
                }
                case DISMISSED -> {
                    require(e, EnumSet.of(Stage.INVESTIGATION, Stage.SUPPLEMENTARY_INVESTIGATION, Stage.SUSPENDED,
                            Stage.PROSECUTION, Stage.INDICTED, Stage.TRIAL_PREPARATION, Stage.TRIAL_OPENING,
                            Stage.APPEAL, Stage.APPEAL_PREPARATION));
                    dismissedDuringInvestigation = INVESTIGATING.contains(stage) || stage == Stage.SUSPENDED;
                    leaveTo(Stage.DISMISSED, d);
                }
                case FILE_RECEIVED_BY_COURT -> {
                    require(e, EnumSet.of(Stage.INDICTED));
                    enter(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD, d, e.type());
                }
                case TRIAL_DECIDED -> {
                    require(e, EnumSet.of(Stage.TRIAL_PREPARATION));
                    enter(Stage.TRIAL_OPENING, RuleVariant.STANDARD, d, e.type());
                }
                case FIRST_INSTANCE_JUDGMENT -> {
                    require(e, EnumSet.of(Stage.TRIAL_OPENING));
                    leaveTo(Stage.FIRST_INSTANCE_JUDGED, d);
                }
                case APPEAL_FILED -> {
                    require(e, EnumSet.of(Stage.FIRST_INSTANCE_JUDGED, Stage.APPEAL));
                    if (stage != Stage.APPEAL) {
                        leaveTo(Stage.APPEAL, d);
                    }
                }
                case APPEAL_FILE_RECEIVED -> {
                    require(e, EnumSet.of(Stage.APPEAL));
                    enter(Stage.APPEAL_PREPARATION, RuleVariant.of(e.courtLevel()), d, e.type());
                }
                case APPEAL_JUDGMENT -> {
                    require(e, EnumSet.of(Stage.APPEAL_PREPARATION));
                    leaveTo(Stage.APPEAL_JUDGED, d);
                }
                case ENFORCEMENT_STARTED -> {
                    require(e, EnumSet.of(Stage.FIRST_INSTANCE_JUDGED, Stage.APPEAL_JUDGED));
                    leaveTo(Stage.ENFORCEMENT, d);
                }
                case CLOSED -> {
                    if (stage == Stage.CLOSED) {
                        throw violation("deadline.event.notAllowedInStage", e.type(), stage);
                    }
                    leaveTo(Stage.CLOSED, d);
                }
                case ASSETS_RECOVERED, SPLIT -> {
                    // No change of stage; allowed in every stage once the record exists.
                }
                default -> throw new IllegalStateException("Unhandled event type " + e.type());
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
            LimitPeriod max = rule.extensions().get(used);
            LimitPeriod asked;
            if (e.extensionDays() != null && e.extensionMonths() != null) {
                throw violation("deadline.extension.ambiguousAmount", e.type());
            } else if (e.extensionDays() != null || e.extensionMonths() != null) {
                int amount = e.extensionDays() != null ? e.extensionDays() : e.extensionMonths();
                if (amount <= 0) {
                    throw violation("deadline.extension.notPositive", e.type(), amount);
                }
                asked = e.extensionDays() != null ? LimitPeriod.days(amount) : LimitPeriod.months(amount);
            } else {
                asked = max;
            }
            if (asked.addTo(open.unshiftedEnd).isAfter(max.addTo(open.unshiftedEnd))) {
                throw violation("deadline.extension.tooLong", stage, used + 1, max.amount(), max.unit(),
                        asked.amount(), asked.unit());
            }
            open.granted.add(asked);
            open.unshiftedEnd = asked.addTo(open.unshiftedEnd);
        }

        private void require(ProcedureEvent e, Set<Stage> allowed) {
            if (!allowed.contains(stage)) {
                throw violation("deadline.event.notAllowedInStage", e.type(), stage);
            }
        }

        private void enter(Stage next, RuleVariant variant, LocalDate date, EventType cause) {
            TimeLimitRule rule;
            try {
                rule = rules.require(next, severity, variant);
            } catch (ProcedureViolation v) {
                throw violation(v.getKey(), v.getArguments());
            }
            String key = next + "/" + variant;
            int entered = entries.getOrDefault(key, 0);
            if (rule.maxEntries() != null && entered >= rule.maxEntries()) {
                if (next == Stage.SUPPLEMENTARY_INVESTIGATION) {
                    throw violation("deadline.return.limitReached", variant == RuleVariant.PROCURACY
                            ? ReturnedBy.PROCURACY : ReturnedBy.COURT, rule.maxEntries());
                }
                throw violation("deadline.stage.entriesExhausted", next, variant, rule.maxEntries(), cause);
            }
            entries.put(key, entered + 1);
            leaveTo(next, date);
            open = new Segment(next, variant, rule, date);
            segments.add(open);
        }

        private void leaveTo(Stage next, LocalDate date) {
            if (open != null) {
                open.end = date;
                open = null;
            }
            stage = next;
        }

        private ProcedureViolation violation(String key, Object... args) {
            return new ProcedureViolation(key, index, args);
        }
    }
}
