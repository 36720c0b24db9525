package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.organization.WorkingDays;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.timelimits.ProcedureClock;

/** The scale data generator writes what it is asked for, with derived columns the engine agrees with. */
@IntegrationTest
class ScaleDataIT {

    @Autowired
    ScaleData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void writesTheRecordsAskedForWithConsistentDerivedColumns() {
        String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        vn.theodoi.records.BulkRecords.Result result = data.generate(500, 7, prefix);

        assertThat(result.records()).isEqualTo(500);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where code like ?", Long.class,
                prefix + "-%")).isEqualTo(500);
        assertThat(jdbc.queryForList("select distinct oversight_level from oversight_record where code like ?",
                Integer.class, prefix + "-%")).contains(1, 2, 3);
        assertThat(jdbc.queryForObject("select count(distinct current_stage) from oversight_record where code like ?",
                Long.class, prefix + "-%")).isGreaterThanOrEqualTo(8);
        // issue 12: generated suspects and defendants carry dates consistent with the generated events
        String generated = " join oversight_record r on r.id = p.record_id where r.code like ?";
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + generated
                + " and p.charged_on is not null", Long.class, prefix + "-%")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + generated
                + " and (p.indicted_on < p.charged_on or p.tried_first_instance_on < p.indicted_on"
                + " or p.tried_appeal_on < p.tried_first_instance_on"
                + " or p.charged_on < (select min(e.event_date) from record_event e where e.record_id = r.id"
                + " and e.type = 'CASE_INITIATED'))", Long.class, prefix + "-%")).isZero();

        DeadlineEngine engine = new DeadlineEngine(TimeLimitRules.loadDefault(), DeadlineEngine.DEFAULT_DUE_SOON_DAYS);
        WorkingDays days = calendar.snapshot();
        LocalDate today = calendar.today();
        List<Map<String, Object>> sample = jdbc.queryForList("select * from oversight_record where code like ?"
                + " order by id", prefix + "-%");
        int withEvents = 0;
        for (Map<String, Object> row : sample) {
            long id = ((Number) row.get("id")).longValue();
            List<ProcedureEvent> events = jdbc.query("select * from record_event where record_id = ? order by event_date, id",
                    (rs, n) -> new ProcedureEvent(EventType.valueOf(rs.getString("type")),
                            rs.getObject("event_date", LocalDate.class), (Integer) rs.getObject("extension_days"),
                            (Integer) rs.getObject("extension_months"),
                            rs.getString("returned_by") == null ? null : ReturnedBy.valueOf(rs.getString("returned_by")),
                            rs.getString("court_level") == null ? null : CourtLevel.valueOf(rs.getString("court_level"))),
                    id);
            withEvents += events.isEmpty() ? 0 : 1;
            Severity severity = row.get("severity") == null ? null : Severity.valueOf((String) row.get("severity"));
            ProcedureAssessment expected = engine.assess(severity, events, ProcedureClock.dayOffCalendar(days), today);
            TimeLimit open = expected.currentLimit().orElse(null);

            assertThat(row.get("current_stage")).as("stage of %s", row.get("code"))
                    .isEqualTo(expected.currentStage() == null ? null : expected.currentStage().name());
            assertThat(date(row.get("current_due_date"))).as("due date of %s", row.get("code"))
                    .isEqualTo(open == null ? null : open.dueDate());
            assertThat(date(row.get("current_request_deadline"))).as("request deadline of %s", row.get("code"))
                    .isEqualTo(open == null ? null : open.lastDayToRequestExtension());
            // issue 12: every timed stage's limit is written with the record, as the events give it
            assertThat(jdbc.queryForList("select stage, start_date, due_date, end_date from record_time_limit"
                    + " where record_id = ? order by ordinal", id).stream().map(l -> l.get("stage") + " "
                            + date(l.get("start_date")) + " " + date(l.get("due_date")) + " " + date(l.get("end_date")))
                    .toList()).as("limits of %s", row.get("code")).isEqualTo(expected.timeLimits().stream()
                            .map(l -> l.stage() + " " + l.startDate() + " " + l.dueDate() + " " + l.endDate()).toList());
            if (events.stream().anyMatch(e -> e.type() == EventType.CASE_INITIATED)) {
                assertThat(row.get("kind")).isEqualTo("CASE");
            }

            String names = String.join(" ", jdbc.queryForList(
                    "select full_name from record_person where record_id = ? order by id", String.class, id));
            assertThat(row.get("search_text")).isEqualTo(VietnameseText.searchKey(String.join(" ", (String) row.get("code"),
                    (String) row.get("title"), (String) row.get("summary"), names)));
            for (String kind : new String[] {"DAMAGE", "SEIZED", "RECOVERED"}) {
                Long sum = jdbc.queryForObject("select coalesce(sum(amount_vnd), 0) from record_money"
                        + " where record_id = ? and kind = ?", Long.class, id, kind);
                assertThat(((Number) row.get(kind.toLowerCase() + "_vnd")).longValue()).isEqualTo(sum);
            }
            assertThat(jdbc.queryForObject("select count(*) from record_province where record_id = ?", Long.class, id))
                    .isPositive();
            assertThat(jdbc.queryForObject("select oversight_level from record_level_change where record_id = ?"
                    + " order by decided_on desc, id desc limit 1", Integer.class, id)).isEqualTo(row.get("oversight_level"));
        }
        assertThat(withEvents).isGreaterThan(300);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
