package vn.theodoi.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.organization.CalendarChanged;
import vn.theodoi.organization.CalendarDayCategory;
import vn.theodoi.organization.CalendarDayForm;
import vn.theodoi.organization.CalendarDayKind;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.Records;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * A holiday entered in the calendar moves the stored due dates of running limits (Art. 134: a
 * limit in months that ends on a day off ends on the next working day), and a recount cut short
 * by a crash is redone from the stored event.
 */
@EmbeddedTest
@EnableScenarios
class DeadlineRecountTest {

    /** Investigation of a less serious crime: 2 months (Art. 172(1)); 14/10/2026 + 2 months = Monday 14/12/2026. */
    static final LocalDate INITIATED = LocalDate.of(2026, 10, 14);
    static final LocalDate DUE = LocalDate.of(2026, 12, 14);
    /** With 14/12/2026 a holiday, the limit ends on Tuesday 15/12/2026. */
    static final LocalDate DUE_AFTER_HOLIDAY = LocalDate.of(2026, 12, 15);
    static final String LISTENER =
            "vn.theodoi.records.internal.DeadlineRecomputation.on(vn.theodoi.organization.CalendarChanged)";

    @Autowired Records records;
    @Autowired Users users;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired EventPublicationRepository publications;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired DeadlineRecomputation recomputation;
    @Autowired ProcedureClock clock;

    @Test
    void aHolidayOnTheDueDateMovesTheStoredDueDateToTheNextWorkingDay(Scenario scenario) {
        long id = runningInvestigation();
        assertThat(storedDue(id)).isEqualTo(DUE);

        scenario.stimulate(() -> calendar.add(new CalendarDayForm(DUE, CalendarDayKind.HOLIDAY,
                CalendarDayCategory.OTHER, "Ngày nghỉ (kiểm thử)"))).andWaitForStateChange(() -> storedDue(id),
                        due -> due.equals(DUE_AFTER_HOLIDAY)).andVerify(due -> assertThat(due).isEqualTo(DUE_AFTER_HOLIDAY));
        // the limits' history is counted again with it
        assertThat(historyDue(id)).isEqualTo(DUE_AFTER_HOLIDAY);

        Long entry = jdbc.queryForObject("select id from calendar_day where calendar_date = ?", Long.class, DUE);
        scenario.stimulate(() -> calendar.remove(entry)).andWaitForStateChange(() -> storedDue(id), DUE::equals)
                .andVerify(due -> assertThat(due).isEqualTo(DUE));
        assertThat(historyDue(id)).isEqualTo(DUE);
    }

    @Test
    void aRecountCutShortByACrashIsRedoneFromTheStoredEvent(Scenario scenario) {
        long id = runningInvestigation();
        // what a crash right after the calendar change committed leaves: the day and the stored event, no recount
        transaction.executeWithoutResult(status -> {
            jdbc.update("insert into calendar_day (calendar_date, kind, category, name, calendar_year)"
                    + " values (?, 'HOLIDAY', 'OTHER', 'Ngày nghỉ (kiểm thử)', 2026)", DUE);
            publications.create(TargetEventPublication.of(new CalendarChanged(DUE),
                    PublicationTargetIdentifier.of(LISTENER)));
        });
        try {
            assertThat(storedDue(id)).as("stale until the event is delivered").isEqualTo(DUE);

            // at the next start the registry delivers what is incomplete
            scenario.stimulate(() -> incomplete.resubmitIncompletePublications(publication -> true))
                    .andWaitForStateChange(() -> storedDue(id), due -> due.equals(DUE_AFTER_HOLIDAY))
                    .andVerify(due -> assertThat(due).isEqualTo(DUE_AFTER_HOLIDAY));
            // and, once its listener has returned, the stored event is complete
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> publications.findIncompletePublications().isEmpty());
        } finally {
            Long entry = jdbc.queryForObject("select id from calendar_day where calendar_date = ?", Long.class, DUE);
            scenario.stimulate(() -> calendar.remove(entry)).andWaitForStateChange(() -> storedDue(id), DUE::equals);
        }
    }

    @Test
    void atStartAllStoredDatesAreCountedAgainWhenTheLawDiffersFromTheOneTheyWereCountedWith() {
        long id = runningInvestigation();
        // dates counted under an earlier table (an upgrade has corrected a row since)
        jdbc.update("update oversight_record set current_due_date = ? where id = ?", LocalDate.of(2026, 12, 31), id);
        // a record derived before the limits' history was kept (V64) has no rows; V65 marks the law as changed
        jdbc.update("delete from record_time_limit where record_id = ?", id);
        jdbc.update("update deadline_recount_state set law_fingerprint = 'V65: time-limit history to fill' where id = 1");

        recomputation.recountIfTheLawChanged();

        assertThat(storedDue(id)).isEqualTo(DUE);
        assertThat(jdbc.queryForList("select stage, start_date, due_date, end_date from record_time_limit"
                + " where record_id = ? order by ordinal", id)).singleElement().satisfies(row -> {
                    assertThat(row.get("stage")).isEqualTo("INVESTIGATION");
                    assertThat(date(row.get("start_date"))).isEqualTo(INITIATED);
                    assertThat(date(row.get("due_date"))).isEqualTo(DUE);
                    assertThat(row.get("end_date")).isNull();
                });
        assertThat(jdbc.queryForObject("select law_fingerprint from deadline_recount_state where id = 1",
                String.class)).isEqualTo(clock.lawFingerprint());
    }

    private long runningInvestigation() {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        Long id = records.create(specialist, new RecordForm(RecordKind.CASE, null, "Vụ án đếm lại " + Unique.suffix(),
                null, 2, null, null, Severity.LESS_SERIOUS, Clearance.UNCLASSIFIED, "BNCTW", "BNCTW-VAVV", null,
                Set.of("VN-01"), Set.of(), Set.of("356"), Set.of(), null));
        records.addEvent(specialist, id, new EventInput(EventType.CASE_INITIATED, INITIATED, null, null, null, null,
                null, null));
        return id;
    }

    private LocalDate historyDue(long id) {
        return jdbc.queryForObject("select due_date from record_time_limit where record_id = ? and ordinal = 0",
                LocalDate.class, id);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private LocalDate storedDue(long id) {
        return jdbc.queryForObject("select current_due_date from oversight_record where id = ?", LocalDate.class, id);
    }
}
