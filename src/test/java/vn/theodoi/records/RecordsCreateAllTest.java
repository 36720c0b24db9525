package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/**
 * Records opened together (an import's commit) are what the record form and then the event form make one by one:
 * the law's limits, the numbered codes, the provinces, the audit lines; a record refused refuses all, named by its
 * place; and only an editor opens them.
 */
@EmbeddedTest
class RecordsCreateAllTest {

    /** Investigation of a less serious crime: 2 months (Art. 172(1)); 14/10/2026 + 2 months = Monday 14/12/2026. */
    static final LocalDate INITIATED = LocalDate.of(2026, 10, 14);
    static final LocalDate DUE = LocalDate.of(2026, 12, 14);
    static final EventInput INITIATION = new EventInput(EventType.CASE_INITIATED, INITIATED, null, null, null, null,
            null, null);

    @Autowired Records records;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired AuditLog audit;

    @Test
    void recordsOpenedTogetherAreWhatTheFormsMakeOneByOne() {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix();
        Long alone = records.create(specialist, form(RecordKind.CASE, null, "Vụ án từng bước " + u));
        records.addEvent(specialist, alone, INITIATION);
        List<Long> together = transaction.execute(status -> records.createAll(specialist, List.of(
                new NewRecord(form(RecordKind.CASE, null, "Vụ án cùng lúc " + u), List.of(INITIATION)),
                new NewRecord(form(RecordKind.MATTER, null, "Vụ việc cùng lúc " + u), List.of()))));
        Long initiated = together.get(0);
        Long matter = together.get(1);

        Map<String, Object> stored = row(initiated);
        assertThat(stored.get("current_stage")).isEqualTo(Stage.INVESTIGATION.name());
        assertThat(date(stored.get("current_due_date"))).isEqualTo(DUE);
        assertThat(stored.get("search_text").toString()).contains("vu an cung luc");
        assertThat(provinceArray(initiated)).containsExactly("VN-48");
        assertThat(jdbc.queryForList("select province_code from record_province where record_id = ?", String.class,
                initiated)).containsExactly("VN-48");
        // the same limits, their history and the same derived columns as the record entered form by form
        Map<String, Object> stepwise = row(alone);
        for (String column : List.of("kind", "current_stage", "current_due_date", "current_request_deadline",
                "limit_flags", "oversight_level", "severity", "owner_organization_id", "owner_department_id")) {
            assertThat(stored.get(column)).as(column).isEqualTo(stepwise.get(column));
        }
        assertThat(limits(initiated)).isEqualTo(limits(alone)).hasSize(1);
        assertThat(records.data(specialist, initiated).events()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.CASE_INITIATED));

        // numbered after the one entered alone, in the order given, whatever their kind
        String aloneCode = records.data(specialist, alone).code();
        int number = Integer.parseInt(aloneCode.substring(aloneCode.lastIndexOf('-') + 1));
        String owner = aloneCode.substring(0, aloneCode.lastIndexOf('-') + 1);
        assertThat(records.data(specialist, initiated).code()).isEqualTo(owner + String.format("%04d", number + 1));
        assertThat(records.data(specialist, matter).code())
                .isEqualTo(owner.replaceFirst("^VA-", "VV-") + String.format("%04d", number + 2));
        assertThat(records.data(specialist, matter).kind()).isEqualTo(RecordKind.MATTER);
        assertThat(records.data(specialist, matter).events()).isEmpty();

        assertThat(auditActions(alone)).containsExactly("RECORD_CREATED", "RECORD_EVENT_ADDED");
        assertThat(auditActions(initiated)).containsExactly("RECORD_CREATED", "RECORD_EVENT_ADDED");
        assertThat(auditActions(matter)).containsExactly("RECORD_CREATED");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRecordRefusedRefusesAllNamedByItsPlace() {
        TheodoiUser specialist = users.loadUserByUsername("specialist");
        String u = Unique.suffix().toUpperCase();
        String taken = "VA-GOP-" + u;
        records.create(specialist, form(RecordKind.CASE, taken, "Vụ án có mã " + u));

        assertThatThrownBy(() -> transaction.execute(status -> records.createAll(specialist, List.of(
                new NewRecord(form(RecordKind.CASE, null, "Vụ án mới " + u), List.of(INITIATION)),
                new NewRecord(form(RecordKind.CASE, taken, "Vụ án trùng mã " + u), List.of(INITIATION))))))
                .isInstanceOfSatisfying(NewRecord.Refused.class, refused -> {
                    assertThat(refused.index()).isEqualTo(1);
                    assertThat(refused.messageKey()).isEqualTo("record.codeTaken");
                });
        String twice = "VA-HAI-" + u;
        assertThatThrownBy(() -> transaction.execute(status -> records.createAll(specialist, List.of(
                new NewRecord(form(RecordKind.CASE, twice, "Vụ án thứ nhất " + u), List.of()),
                new NewRecord(form(RecordKind.CASE, twice, "Vụ án thứ hai " + u), List.of())))))
                .isInstanceOfSatisfying(NewRecord.Refused.class, refused -> assertThat(refused.index()).isEqualTo(1));
        // a case without its severity: the law could not count its limits
        assertThatThrownBy(() -> transaction.execute(status -> records.createAll(specialist, List.of(
                new NewRecord(form(RecordKind.MATTER, null, "Vụ việc mới " + u), List.of()),
                new NewRecord(new RecordForm(RecordKind.CASE, null, "Vụ án chưa rõ mức " + u, null, 2, null, null,
                        null, Clearance.UNCLASSIFIED, "BNCTW", "BNCTW-VAVV", "specialist", Set.of("VN-48"),
                        Set.of(), Set.of(), Set.of(), null), List.of(INITIATION))))))
                .isInstanceOfSatisfying(NewRecord.Refused.class, refused -> assertThat(refused.index()).isEqualTo(1));

        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u)).isEqualTo(1);
    }

    @Test
    void onlyAnEditorOpensRecords() {
        TheodoiUser auditor = users.loadUserByUsername("auditor");
        String u = Unique.suffix();
        assertThatThrownBy(() -> transaction.execute(status -> records.createAll(auditor, List.of(
                new NewRecord(form(RecordKind.CASE, null, "Vụ án của kiểm toán " + u), List.of(INITIATION))))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title like ?", Long.class,
                "%" + u)).isZero();
    }

    private static RecordForm form(RecordKind kind, String code, String title) {
        return new RecordForm(kind, code, title, null, 2, null, null, Severity.LESS_SERIOUS, Clearance.UNCLASSIFIED,
                "BNCTW", "BNCTW-VAVV", "specialist", Set.of("VN-48"), Set.of(), Set.of("356"), Set.of(), null);
    }

    private Map<String, Object> row(Long id) {
        return jdbc.queryForMap("select * from oversight_record where id = ?", id);
    }

    private List<String> provinceArray(Long id) {
        return jdbc.queryForObject("select province_codes from oversight_record where id = ?",
                (rs, n) -> Arrays.stream((Object[]) rs.getArray(1).getArray()).map(String::valueOf).toList(), id);
    }

    private List<Map<String, Object>> limits(Long id) {
        return jdbc.queryForList("select ordinal, stage, start_date, due_date, end_date from record_time_limit"
                + " where record_id = ? order by ordinal", id);
    }

    private List<String> auditActions(Long id) {
        return jdbc.queryForList("select action from audit_entry where target_type = 'RECORD' and target_id = ?"
                + " order by chain_position", String.class, String.valueOf(id));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
