package vn.theodoi.records.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.timelimits.ProcedureAssessor;

/** The record aggregate's own rules, without a database: what it accepts, refuses and derives. */
class OversightRecordTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final ProcedureAssessor LAW = ProcedureAssessor.of(new DeadlineEngine(TimeLimitRules.loadDefault(), 15),
            DayOffCalendar.weekendsOnly(), LocalDate.of(2026, 11, 28));
    static final long COMMISSION = 1L;
    static final long DEPARTMENT = 2L;

    static RecordDescription description(Severity severity) {
        return new RecordDescription("Vụ án tham ô tài sản xảy ra tại Công ty Cổ phần Sao Mai Xanh", null, severity,
                Clearance.UNCLASSIFIED, COMMISSION, DEPARTMENT, "specialist", Set.of("VN-01"), Set.of(20L),
                Set.of("353"), Set.of());
    }

    static OversightRecord lessSeriousCase() {
        return new OversightRecord("VA-2026-000001", RecordKind.CASE, description(Severity.LESS_SERIOUS), 2,
                LocalDate.of(2026, 10, 1), "Quyết định số 1", "specialist", NOW);
    }

    static EventInput event(EventType type, String date) {
        return new EventInput(type, LocalDate.parse(date), null, null, null, null, null, null);
    }

    @Test
    void aCaseNeedsTheSeverityOfItsGravestCharge() {
        assertThatThrownBy(() -> new OversightRecord("VA-1", RecordKind.CASE, description(null), 2,
                LocalDate.of(2026, 10, 1), null, "specialist", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("record.severityRequired");
    }

    @Test
    void initiatingTheCaseStartsTheInvestigationLimit() {
        OversightRecord record = lessSeriousCase();

        record.recordEvent(event(EventType.CASE_INITIATED, "2026-10-14"), LAW, "specialist", NOW);

        // Art. 172(1): less serious, 2 months; 14/10/2026 + 2 months = Monday 14/12/2026 (Art. 134)
        assertThat(record.getCurrentStage()).isEqualTo(Stage.INVESTIGATION);
        assertThat(record.getCurrentDueDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        // Art. 172(2): the request for an extension is due 10 days before
        assertThat(record.getCurrentRequestDeadline()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void anEventTheLawRefusesLeavesTheRecordAsItWas() {
        OversightRecord record = lessSeriousCase();
        record.recordEvent(event(EventType.CASE_INITIATED, "2026-10-14"), LAW, "specialist", NOW);
        record.recordEvent(event(EventType.INVESTIGATION_EXTENDED, "2026-12-01"), LAW, "specialist", NOW);
        LocalDate extended = record.getCurrentDueDate();

        // Art. 172(2)(a): a less serious crime's investigation is extended once
        assertThatThrownBy(() -> record.recordEvent(event(EventType.INVESTIGATION_EXTENDED, "2027-01-20"), LAW,
                "specialist", NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageStartingWith("deadline.extension.exhausted");

        assertThat(record.procedureEvents()).hasSize(2);
        assertThat(record.getCurrentDueDate()).isEqualTo(extended).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void anEventEnteredLateIsJudgedInDateOrder() {
        OversightRecord record = lessSeriousCase();
        record.recordEvent(event(EventType.CASE_INITIATED, "2026-06-01"), LAW, "specialist", NOW);
        record.recordEvent(event(EventType.INVESTIGATION_CONCLUDED, "2026-09-15"), LAW, "specialist", NOW);

        // the extension of 20/7/2026 was decided before the conclusion, within the limit (1/8/2026)
        record.recordEvent(event(EventType.INVESTIGATION_EXTENDED, "2026-07-20"), LAW, "specialist", NOW);

        assertThat(record.procedureEvents()).extracting(e -> e.type()).containsExactly(EventType.CASE_INITIATED,
                EventType.INVESTIGATION_EXTENDED, EventType.INVESTIGATION_CONCLUDED);
        assertThat(record.getCurrentStage()).isEqualTo(Stage.PROSECUTION);
    }

    @Test
    void initiatingACaseTurnsAMatterIntoACaseKeepingOneHistory() {
        OversightRecord matter = new OversightRecord("VV-2026-000001", RecordKind.MATTER,
                description(Severity.SERIOUS), 2, LocalDate.of(2026, 9, 1), null, "specialist", NOW);
        matter.addNote("Thanh tra phát hiện dấu hiệu tội phạm", "specialist", NOW);

        matter.recordEvent(event(EventType.CASE_INITIATED, "2026-11-02"), LAW, "specialist", NOW);

        assertThat(matter.getKind()).isEqualTo(RecordKind.CASE);
        assertThat(matter.kindHistory()).singleElement().satisfies(change -> {
            assertThat(change.fromKind).isEqualTo(RecordKind.MATTER);
            assertThat(change.toKind).isEqualTo(RecordKind.CASE);
            assertThat(change.changedOn).isEqualTo(LocalDate.of(2026, 11, 2));
        });
        assertThat(matter.notes()).hasSize(1);
    }

    @Test
    void aCaseStaysACaseAndAConversionMustChangeTheKind() {
        OversightRecord record = lessSeriousCase();
        assertThatThrownBy(() -> record.convert(RecordKind.MATTER, LocalDate.of(2026, 11, 1), null, "specialist", NOW))
                .hasMessageStartingWith("record.caseStaysCase");
        OversightRecord report = new OversightRecord("NT-1", RecordKind.CRIME_REPORT, description(null), 2,
                LocalDate.of(2026, 11, 1), null, "specialist", NOW);
        assertThatThrownBy(() -> report.convert(RecordKind.CRIME_REPORT, LocalDate.of(2026, 11, 1), null,
                "specialist", NOW)).hasMessageStartingWith("record.sameKind");
    }

    @Test
    void aCorrectionKeepsTheOldEventWithTheReasonAndARefusedOneChangesNothing() {
        OversightRecord record = lessSeriousCase();
        record.recordEvent(event(EventType.CASE_INITIATED, "2026-10-14"), LAW, "specialist", NOW);
        RecordEvent initiated = record.events().get(0);
        ReflectionTestUtils.setField(initiated, "id", 1L);

        assertThatThrownBy(() -> record.correctEvent(initiated.id(), event(EventType.INVESTIGATION_EXTENDED,
                "2026-10-14"), "Nhập nhầm", LAW, "specialist", NOW)).isInstanceOf(DomainRuleViolation.class);
        assertThat(record.events()).hasSize(1);
        assertThat(initiated.isCurrent()).isTrue();

        record.correctEvent(1L, event(EventType.CASE_INITIATED, "2026-10-21"), "Nhập nhầm ngày", LAW, "specialist",
                NOW);

        assertThat(initiated.isCurrent()).isFalse();
        assertThat(initiated.correctionReason()).isEqualTo("Nhập nhầm ngày");
        assertThat(initiated.date()).isEqualTo(LocalDate.of(2026, 10, 14));
        // 21/10/2026 + 2 months = Monday 21/12/2026
        assertThat(record.getCurrentDueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void everyTimedStagesLimitIsKeptLeftOrRunningAndFollowsACorrection() {
        OversightRecord record = lessSeriousCase();
        record.recordEvent(event(EventType.CASE_INITIATED, "2026-10-14"), LAW, "specialist", NOW);
        RecordEvent initiated = record.events().get(0);
        ReflectionTestUtils.setField(initiated, "id", 1L);
        record.recordEvent(event(EventType.INVESTIGATION_CONCLUDED, "2026-11-20"), LAW, "specialist", NOW);

        // investigation: 2 months from 14/10/2026 = Monday 14/12/2026, left 20/11; prosecution of a less serious
        // crime (Art. 240): 20 days from 20/11/2026 = Thursday 10/12/2026, running
        assertThat(record.timeLimitHistory()).containsExactly(
                new OversightRecord.TimeLimitEntry(Stage.INVESTIGATION, LocalDate.of(2026, 10, 14),
                        LocalDate.of(2026, 12, 14), LocalDate.of(2026, 11, 20)),
                new OversightRecord.TimeLimitEntry(Stage.PROSECUTION, LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 12, 10), null));

        record.correctEvent(1L, event(EventType.CASE_INITIATED, "2026-10-21"), "Nhập nhầm ngày", LAW, "specialist",
                NOW);

        // 21/10/2026 + 2 months = Monday 21/12/2026; the prosecution's row is unchanged
        assertThat(record.timeLimitHistory()).containsExactly(
                new OversightRecord.TimeLimitEntry(Stage.INVESTIGATION, LocalDate.of(2026, 10, 21),
                        LocalDate.of(2026, 12, 21), LocalDate.of(2026, 11, 20)),
                new OversightRecord.TimeLimitEntry(Stage.PROSECUTION, LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 12, 10), null));
        // counting again under the same law changes nothing
        assertThat(record.recount(LAW)).isFalse();
    }

    @Test
    void moneyTotalsAreDerivedFromTheEntriesAndNeverOverflow() {
        OversightRecord record = lessSeriousCase();
        record.recordMoney(MoneyKind.DAMAGE, 1_500_000_000L, LocalDate.of(2026, 11, 1), null, NOW);
        record.recordMoney(MoneyKind.DAMAGE, 500_000_000L, LocalDate.of(2026, 11, 2), null, NOW);
        record.recordMoney(MoneyKind.RECOVERED, 400_000_000L, LocalDate.of(2026, 11, 3), null, NOW);

        assertThat(record.getDamageVnd()).isEqualTo(2_000_000_000L);
        assertThat(record.getRecoveredVnd()).isEqualTo(400_000_000L);

        assertThatThrownBy(() -> record.recordMoney(MoneyKind.DAMAGE, Long.MAX_VALUE, LocalDate.of(2026, 11, 4), null,
                NOW)).hasMessageStartingWith("record.money.tooLarge");
        assertThat(record.getDamageVnd()).isEqualTo(2_000_000_000L);
        assertThat(record.money()).hasSize(3);
    }

    @Test
    void personsNamesAreSearchableWithoutDiacritics() {
        OversightRecord record = lessSeriousCase();
        record.addPerson(new PersonForm("Nguyễn Văn Đức", ProceduralRole.SUSPECT, "Giám đốc", null, true, false, null, null,
                null, null, null),
                NOW);

        assertThat(record.getSearchText()).contains("nguyen van duc").contains("tham o tai san");
    }

    @Test
    void aPersonsProceduralDatesFollowTheProcedure() {
        OversightRecord record = lessSeriousCase();
        LocalDate charged = LocalDate.of(2024, 3, 1);
        // the same day for every step is allowed, steps left empty are skipped
        record.addPerson(person(charged, charged, null, charged), NOW);
        record.addPerson(person(null, null, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 2)), NOW);

        assertThat(record.persons()).hasSize(2);
        assertThat(record.persons().get(1).triedAppealOn).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThatThrownBy(() -> record.addPerson(person(charged, charged.minusDays(1), null, null), NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("record.person.indictedOn.beforeEarlier"));
        // compared with the latest earlier step given, across an empty one
        assertThatThrownBy(() -> record.addPerson(person(null, charged, null, charged.minusDays(1)), NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("record.person.triedAppealOn.beforeEarlier"));
        assertThatThrownBy(() -> record.addPerson(person(charged, null, charged.minusDays(30), null), NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("record.person.triedFirstInstanceOn.beforeEarlier"));
        assertThat(record.persons()).hasSize(2);
    }

    private static PersonForm person(LocalDate charged, LocalDate indicted, LocalDate firstInstance,
            LocalDate appeal) {
        return new PersonForm("Trần Thị Hoa", ProceduralRole.DEFENDANT, null, null, false, false, charged, indicted,
                firstInstance, appeal, null);
    }

    @Test
    void aPartChangedByAnotherIsRefused() {
        OversightRecord record = lessSeriousCase();
        record.addMilestone("Kết thúc điều tra trước 30/12", LocalDate.of(2026, 12, 30), "Ban Chỉ đạo", NOW);
        record.milestones().get(0).id = 7L;

        assertThatThrownBy(() -> record.achieveMilestone(7L, 3L, LocalDate.of(2026, 12, 20), NOW))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(record.milestones().get(0).achievedOn).isNull();
    }

    @Test
    void phaseTwoIsSplitOffWithTheParentsDescriptionAndLevel() {
        OversightRecord parent = lessSeriousCase();
        parent.recordEvent(event(EventType.CASE_INITIATED, "2026-10-14"), LAW, "specialist", NOW);

        OversightRecord child = parent.splitOff("VA-2026-000001/2", "Giai đoạn II", null, LocalDate.of(2026, 11, 20),
                LAW, "specialist", NOW);

        assertThat(child.getCode()).isEqualTo("VA-2026-000001/2");
        assertThat(child.getOversightLevel()).isEqualTo(2);
        assertThat(child.getOwnerDepartmentId()).isEqualTo(DEPARTMENT);
        assertThat(child.getProvinceCodes()).containsExactly("VN-01");
        assertThat(child.procedureEvents()).isEmpty();
        assertThat(parent.procedureEvents()).extracting(e -> e.type()).contains(EventType.SPLIT);
    }

    @Test
    void theVisibilityPolicyLooksAtTheOwningDepartment() {
        assertThat(lessSeriousCase().visibleItem(null).ownerUnitId()).isEqualTo(DEPARTMENT);
        assertThat(lessSeriousCase().visibleItem(null).provinceCodes()).containsExactly("VN-01");
    }
}
