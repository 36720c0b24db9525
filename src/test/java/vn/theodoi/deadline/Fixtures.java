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

    /** Checks a new event against the history with the 2026 holidays. */
    static Stage check(Severity severity, List<ProcedureEvent> history, ProcedureEvent added) {
        return ENGINE.check(severity, history, added, VN_2026);
    }

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Events from a notation: tokens separated by spaces, each {@code TYPE[:ARG][@GRANTOR][>DAYS]} where ARG is a
     * returning body, a court level or an extension ({@code 3M}, {@code 20D}), GRANTOR the code of the body that
     * granted an extension and DAYS how many days after the event the next body received the file; the i-th event
     * is dated {@code start + i * stepDays}.
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
        String t = token;
        LocalDate received = null;
        String grantor = null;
        int gt = t.indexOf('>');
        if (gt >= 0) {
            received = date.plusDays(Integer.parseInt(t.substring(gt + 1)));
            t = t.substring(0, gt);
        }
        int at = t.indexOf('@');
        if (at >= 0) {
            grantor = t.substring(at + 1);
            t = t.substring(0, at);
        }
        String[] parts = t.split(":", 2);
        EventType type = EventType.valueOf(parts[0]);
        ProcedureEvent e;
        if (parts.length == 1) {
            e = ProcedureEvent.of(type, date);
        } else {
            String arg = parts[1];
            e = switch (arg) {
                case "PROCURACY", "COURT" -> new ProcedureEvent(type, date, null, null, ReturnedBy.valueOf(arg), null);
                case "PROVINCIAL", "HIGH", "SUPREME" -> new ProcedureEvent(type, date, null, null, null,
                        CourtLevel.valueOf(arg));
                default -> {
                    LimitPeriod p = LimitPeriod.parse(arg);
                    yield p.unit() == PeriodUnit.DAYS
                            ? ProcedureEvent.extensionDays(type, date, p.amount())
                            : ProcedureEvent.extensionMonths(type, date, p.amount());
                }
            };
        }
        if (received != null) {
            e = e.receivedOn(received);
        }
        if (grantor != null) {
            e = e.grantedBy(grantor);
        }
        return e;
    }

    /**
     * The notation of a history whose last event, dated like all others, enters the given stage and variant. An
     * appeal court level is taken from the variant (PROVINCIAL, HIGH, SUPREME), else PROVINCIAL.
     */
    static String pathTo(Stage stage, RuleVariant variant) {
        String court = variant == RuleVariant.HIGH || variant == RuleVariant.SUPREME ? variant.name() : "PROVINCIAL";
        return switch (stage) {
            case REPORT_VERIFICATION -> variant == RuleVariant.RESUMED
                    ? "REPORT_RECEIVED REPORT_HANDLING_SUSPENDED REPORT_HANDLING_RESUMED" : "REPORT_RECEIVED";
            case INVESTIGATION -> switch (variant) {
                case RESUMED -> "CASE_INITIATED INVESTIGATION_SUSPENDED INVESTIGATION_RESUMED";
                case REINVESTIGATION -> pathTo(Stage.APPEAL_HEARING, RuleVariant.PROVINCIAL)
                        + " JUDGMENT_ANNULLED_FOR_REINVESTIGATION";
                default -> "CASE_INITIATED";
            };
            case SUSPENDED -> "CASE_INITIATED INVESTIGATION_SUSPENDED";
            case PROSECUTION -> variant == RuleVariant.RESTORED
                    ? "CASE_INITIATED INVESTIGATION_CONCLUDED CASE_SUSPENDED CASE_RESTORED"
                    : "CASE_INITIATED INVESTIGATION_CONCLUDED";
            case SUPPLEMENTARY_INVESTIGATION -> switch (variant) {
                case PROCURACY -> "CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY";
                case TRIAL_PANEL -> pathTo(Stage.TRIAL_OPENING, RuleVariant.STANDARD)
                        + " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT";
                default -> pathTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD)
                        + " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT";
            };
            case INDICTED -> "CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED";
            case TRIAL_PREPARATION -> switch (variant) {
                case RETURNED -> pathTo(Stage.SUPPLEMENTARY_INVESTIGATION, RuleVariant.PRESIDING_JUDGE)
                        + " INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT";
                case RESTORED -> pathTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD) + " CASE_SUSPENDED CASE_RESTORED";
                case RETRIAL -> pathTo(Stage.APPEAL_HEARING, RuleVariant.PROVINCIAL) + " JUDGMENT_ANNULLED_FOR_RETRIAL";
                default -> pathTo(Stage.INDICTED, RuleVariant.STANDARD) + " FILE_RECEIVED_BY_COURT";
            };
            case TRIAL_OPENING -> pathTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD) + " TRIAL_DECIDED";
            case TRIAL_POSTPONED -> pathTo(Stage.TRIAL_OPENING, RuleVariant.STANDARD) + " TRIAL_POSTPONED";
            case TRIAL_HEARING -> pathTo(Stage.TRIAL_OPENING, RuleVariant.STANDARD) + " TRIAL_OPENED";
            case FIRST_INSTANCE_JUDGED -> pathTo(Stage.TRIAL_HEARING, RuleVariant.STANDARD) + " FIRST_INSTANCE_JUDGMENT";
            case APPEAL -> pathTo(Stage.FIRST_INSTANCE_JUDGED, RuleVariant.STANDARD) + " APPEAL_FILED";
            case APPEAL_PREPARATION -> pathTo(Stage.APPEAL, RuleVariant.STANDARD) + " APPEAL_FILE_RECEIVED:" + court;
            case APPEAL_TRIAL_POSTPONED -> pathTo(Stage.APPEAL_PREPARATION, variant) + " APPEAL_TRIAL_POSTPONED";
            case APPEAL_HEARING -> pathTo(Stage.APPEAL_PREPARATION, variant) + " APPEAL_TRIAL_OPENED";
            case APPEAL_JUDGED -> pathTo(Stage.APPEAL_HEARING, RuleVariant.PROVINCIAL) + " APPEAL_JUDGMENT";
            case ENFORCEMENT -> pathTo(Stage.FIRST_INSTANCE_JUDGED, RuleVariant.STANDARD) + " ENFORCEMENT_STARTED";
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
