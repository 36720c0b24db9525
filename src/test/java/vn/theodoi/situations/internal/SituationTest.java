package vn.theodoi.situations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.theodoi.access.Clearance;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;

/** The hot spot aggregate's rules, without Spring. */
class SituationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static Situation situation(LocalDate occurred, int severity) {
        return new Situation(SituationType.MASS_GATHERING, "VN-48", "  Trụ sở UBND phường Hòa Khánh  ", occurred,
                "khoảng 150 người", severity, "Người dân tập trung phản đối việc bồi thường, giải phóng mặt bằng",
                Clearance.UNCLASSIFIED, 10L, Set.of("specialist"), "provincial_officer", TODAY, NOW);
    }

    @Test
    void aNewHotSpotIsOpenItsTextCleanedAndItsReporterOnItsAccessList() {
        Situation s = situation(TODAY.minusDays(2), 2);

        assertThat(s.getStatus()).isEqualTo(SituationStatus.OPEN);
        assertThat(s.getPlace()).isEqualTo("Trụ sở UBND phường Hòa Khánh");
        assertThat(s.getReaders()).containsExactlyInAnyOrder("specialist", "provincial_officer");
        assertThat(s.visibleItem("VN-48").provinceCodes()).containsExactly("VN-48");
        assertThat(s.visibleItem("VN-48").ownerUnitId()).isEqualTo(10L);
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                // occurred, severity, refused with (null: accepted)
                Arguments.of(TODAY, 1, null),
                Arguments.of(TODAY.minusYears(3), 3, null),
                Arguments.of(TODAY.plusDays(1), 2, "situation.dateInFuture"),
                Arguments.of(TODAY.minusDays(1), 0, "situation.severity"),
                Arguments.of(TODAY.minusDays(1), 4, "situation.severity"),
                Arguments.of(TODAY.minusDays(1), -1, "situation.severity"));
    }

    @ParameterizedTest(name = "occurred {0}, severity {1}: {2}")
    @MethodSource("reports")
    void aReportIsDatedOnADayThatHasComeWithASeverityFromOneToThree(LocalDate occurred, int severity, String refusal) {
        if (refusal == null) {
            assertThat(situation(occurred, severity).getSeverity()).isEqualTo(severity);
        } else {
            assertThatThrownBy(() -> situation(occurred, severity)).isInstanceOf(DomainRuleViolation.class)
                    .hasMessageStartingWith(refusal);
        }
    }

    static Stream<Arguments> transitions() {
        return Stream.of(
                // from, asked (null: keep), resulting status (null: refused)
                Arguments.of(SituationStatus.OPEN, null, SituationStatus.OPEN),
                Arguments.of(SituationStatus.OPEN, SituationStatus.BEING_HANDLED, SituationStatus.BEING_HANDLED),
                Arguments.of(SituationStatus.OPEN, SituationStatus.RESOLVED, SituationStatus.RESOLVED),
                Arguments.of(SituationStatus.BEING_HANDLED, null, SituationStatus.BEING_HANDLED),
                Arguments.of(SituationStatus.BEING_HANDLED, SituationStatus.RESOLVED, SituationStatus.RESOLVED),
                Arguments.of(SituationStatus.BEING_HANDLED, SituationStatus.OPEN, SituationStatus.OPEN),
                Arguments.of(SituationStatus.RESOLVED, SituationStatus.OPEN, SituationStatus.OPEN),
                Arguments.of(SituationStatus.RESOLVED, SituationStatus.BEING_HANDLED, SituationStatus.BEING_HANDLED),
                Arguments.of(SituationStatus.RESOLVED, null, null),
                Arguments.of(SituationStatus.RESOLVED, SituationStatus.RESOLVED, null));
    }

    /** Brings a new hot spot to {@code status} through a follow-up entry (unsaved, its version stays 0). */
    static long bringTo(Situation s, SituationStatus status) {
        if (status != SituationStatus.OPEN) {
            s.addUpdate(TODAY.minusDays(1), "Bước trước", status, 0, "officer", TODAY, NOW);
        }
        return 0;
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("transitions")
    void aFollowUpEntryMovesTheStatusAndAResolvedHotSpotIsReopenedBeforeItIsAddedTo(SituationStatus from,
            SituationStatus asked, SituationStatus expected) {
        Situation s = situation(TODAY.minusDays(5), 2);
        long version = bringTo(s, from);
        int entriesBefore = s.updates().size();
        if (expected == null) {
            assertThatThrownBy(() -> s.addUpdate(TODAY, "Thêm thông tin", asked, version, "officer", TODAY, NOW))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("situation.alreadyResolved");
            assertThat(s.updates()).hasSize(entriesBefore);
            assertThat(s.getStatus()).isEqualTo(from);
        } else {
            SituationUpdate u = s.addUpdate(TODAY, "Thêm thông tin", asked, version, "officer", TODAY, NOW);
            assertThat(s.getStatus()).isEqualTo(expected);
            assertThat(u.statusBefore()).isEqualTo(from);
            assertThat(u.statusAfter()).isEqualTo(expected);
            assertThat(s.updates()).hasSize(entriesBefore + 1);
        }
    }

    @Test
    void aFollowUpEntryIsDatedBetweenTheDayItOccurredAndToday() {
        Situation s = situation(TODAY.minusDays(5), 2);

        assertThatThrownBy(() -> s.addUpdate(TODAY.plusDays(1), "Ngày mai", null, 0, "officer", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("situation.dateInFuture");
        assertThatThrownBy(() -> s.addUpdate(TODAY.minusDays(6), "Trước khi xảy ra", null, 0, "officer", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("situation.updateBeforeOccurred");
        s.addUpdate(TODAY.minusDays(5), "Cùng ngày xảy ra", null, 0, "officer", TODAY, NOW);
        s.addUpdate(TODAY, "Hôm nay", null, 0, "officer", TODAY, NOW);
        assertThat(s.updates()).hasSize(2);
    }

    @Test
    void aWriterWhoReadAnOlderVersionIsToldAndChangesNothing() {
        Situation s = situation(TODAY.minusDays(5), 2);

        assertThatThrownBy(() -> s.addUpdate(TODAY, "Cũ", SituationStatus.RESOLVED, 3, "officer", TODAY, NOW))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> s.linkRecord(7L, 1, NOW)).isInstanceOf(ConcurrentEditException.class);
        assertThat(s.getStatus()).isEqualTo(SituationStatus.OPEN);
        assertThat(s.getRecordIds()).isEmpty();
    }

    @Test
    void aRecordOrATaskIsLinkedOnce() {
        Situation s = situation(TODAY.minusDays(5), 2);
        s.linkRecord(7L, 0, NOW);
        s.linkTask(9L, 0, NOW);

        assertThatThrownBy(() -> s.linkRecord(7L, 0, NOW)).hasMessageStartingWith("situation.alreadyLinked");
        assertThatThrownBy(() -> s.linkTask(9L, 0, NOW)).hasMessageStartingWith("situation.alreadyLinked");
        assertThat(s.getRecordIds()).containsExactly(7L);
        assertThat(s.getTaskIds()).containsExactly(9L);
    }
}
