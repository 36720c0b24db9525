package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Shared test data: the shipped rule table, calendars and a small notation for event histories. */
final class Fixtures {

    /** The rule table exactly as shipped (classpath resource). */
    static final TimeLimitRules RULES = TimeLimitRules.loadDefault();

    static final DeadlineEngine ENGINE = new DeadlineEngine(RULES, DeadlineEngine.DEFAULT_DUE_SOON_DAYS);

    static final DayOffCalendar NO_DAYS_OFF = day -> false;

    static final DayOffCalendar WEEKENDS = DayOffCalendar.weekendsOnly();

    /**
     * Holidays of 2026 used as test data: New Year, Tết (16-20 February, Monday to Friday), the Hùng Kings'
     * day moved to Monday 27 April, 30 April, 1 May, and 1-2 September.
     */
    static final Set<LocalDate> HOLIDAYS_2026 = Set.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

    static final DayOffCalendar VN_2026 = DayOffCalendar.weekendsOnly().withHolidays(HOLIDAYS_2026);

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Events from a notation: tokens separated by spaces, each {@code TYPE} or {@code TYPE:ARG} where ARG is a
     * returning body, a court level or an extension ({@code 3M}, {@code 20D}); the i-th event is dated
     * {@code start + i * stepDays}.
     */
    static List<ProcedureEvent> events(LocalDate start, int stepDays, String spec) {
        List<ProcedureEvent> list = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return list;
        }
        String[] tokens = spec.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            list.add(event(tokens[i], start.plusDays((long) i * stepDays)));
        }
        return list;
    }

    static List<ProcedureEvent> events(String spec) {
        return events(d("2026-03-10"), 1, spec);
    }

    static ProcedureEvent event(String token, LocalDate date) {
        String[] parts = token.split(":", 2);
        EventType type = EventType.valueOf(parts[0]);
        if (parts.length == 1) {
            return ProcedureEvent.of(type, date);
        }
        String arg = parts[1];
        return switch (arg) {
            case "PROCURACY", "COURT" -> new ProcedureEvent(type, date, null, null, ReturnedBy.valueOf(arg), null);
            case "PROVINCIAL", "HIGH" -> new ProcedureEvent(type, date, null, null, null, CourtLevel.valueOf(arg));
            default -> {
                LimitPeriod p = LimitPeriod.parse(arg);
                yield p.unit() == PeriodUnit.DAYS
                        ? ProcedureEvent.extensionDays(type, date, p.amount())
                        : ProcedureEvent.extensionMonths(type, date, p.amount());
            }
        };
    }

    /** The notation of a history whose last event, dated like all others, enters the given stage and variant. */
    static String pathTo(Stage stage, RuleVariant variant) {
        return switch (stage) {
            case REPORT_VERIFICATION -> "REPORT_RECEIVED";
            case INVESTIGATION -> variant == RuleVariant.RESUMED
                    ? "CASE_INITIATED INVESTIGATION_SUSPENDED INVESTIGATION_RESUMED" : "CASE_INITIATED";
            case SUSPENDED -> "CASE_INITIATED INVESTIGATION_SUSPENDED";
            case PROSECUTION -> "CASE_INITIATED INVESTIGATION_CONCLUDED";
            case SUPPLEMENTARY_INVESTIGATION -> variant == RuleVariant.PROCURACY
                    ? "CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY"
                    : pathTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD)
                      + " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT";
            case INDICTED -> "CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED";
            case TRIAL_PREPARATION -> pathTo(Stage.INDICTED, variant) + " FILE_RECEIVED_BY_COURT";
            case TRIAL_OPENING -> pathTo(Stage.TRIAL_PREPARATION, variant) + " TRIAL_DECIDED";
            case FIRST_INSTANCE_JUDGED -> pathTo(Stage.TRIAL_OPENING, variant) + " FIRST_INSTANCE_JUDGMENT";
            case APPEAL -> pathTo(Stage.FIRST_INSTANCE_JUDGED, variant) + " APPEAL_FILED";
            case APPEAL_PREPARATION -> pathTo(Stage.APPEAL, variant) + " APPEAL_FILE_RECEIVED:" + variant;
            case APPEAL_JUDGED -> pathTo(Stage.APPEAL_PREPARATION, RuleVariant.PROVINCIAL) + " APPEAL_JUDGMENT";
            case ENFORCEMENT -> pathTo(Stage.FIRST_INSTANCE_JUDGED, variant) + " ENFORCEMENT_STARTED";
            case DISMISSED -> "CASE_INITIATED DISMISSED";
            case CLOSED -> "CASE_INITIATED CLOSED";
        };
    }

    /** All events of {@link #pathTo} on the same day. */
    static List<ProcedureEvent> historyTo(Stage stage, RuleVariant variant, LocalDate date) {
        return events(date, 0, pathTo(stage, variant));
    }

    static TimeLimit lastLimit(ProcedureAssessment a) {
        return a.timeLimits().get(a.timeLimits().size() - 1);
    }

    /** Asserts that the code throws a violation with the key, and returns it for further checks. */
    static ProcedureViolation assertViolation(String key, Executable code) {
        ProcedureViolation v = assertThrows(ProcedureViolation.class, code);
        assertEquals(key, v.getKey(), () -> "unexpected violation " + v.getMessage());
        return v;
    }
}
