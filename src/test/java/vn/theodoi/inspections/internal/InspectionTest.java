package vn.theodoi.inspections.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.theodoi.access.Clearance;
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.inspections.InspectionStatus;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;

/** The inspection aggregate's lifecycle and rules, without Spring. */
class InspectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    /** Nghệ An's provincial steering committee, the target. */
    static final Inspection.Party NGHE_AN = new Inspection.Party(501L, "VN-40", false, false);
    static final Inspection.Party POLICE = new Inspection.Party(601L, null, true, false);
    static final Inspection.Party LAW_DEPARTMENT = new Inspection.Party(12L, null, false, true);

    static Inspection planned() {
        return new Inspection(InspectionKind.INSPECTION, "  Kiểm tra công tác phòng, chống tham nhũng  ", NGHE_AN, 17L,
                null, Clearance.UNCLASSIFIED, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "specialist",
                Set.of("department_head", "specialist"), Set.of(14L), Set.of("leader"), "department_head", NOW);
    }

    static Inspection started(LocalDate on) {
        Inspection i = planned();
        i.start(on, 0L, TODAY, NOW);
        return i;
    }

    @Test
    void aNewInspectionIsPlannedWithItsHeadFirstAndTheTeamOnTheAccessList() {
        Inspection i = planned();

        assertThat(i.getStatus()).isEqualTo(InspectionStatus.PLANNED);
        assertThat(i.getSubject()).isEqualTo("Kiểm tra công tác phòng, chống tham nhũng");
        assertThat(i.team()).extracting(TeamMember::username).containsExactly("specialist", "department_head");
        assertThat(i.team().get(0).head()).isTrue();
        assertThat(i.team().get(1).head()).isFalse();
        assertThat(i.getReaders()).containsExactlyInAnyOrder("leader", "specialist", "department_head");
        var item = i.visibleItem();
        assertThat(item.ownerUnitId()).isEqualTo(17L);
        assertThat(item.provinceCodes()).containsExactly("VN-40");
        assertThat(item.sharingUnitIds()).containsExactly(14L);
        assertThat(item.agencyIds()).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndOneDayIsAllowed() {
        assertThatThrownBy(() -> new Inspection(InspectionKind.SUPERVISION, "Giám sát", NGHE_AN, 17L, null,
                Clearance.UNCLASSIFIED, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1), null, Set.of(), Set.of(),
                Set.of(), "leader", NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("inspection.periodReversed");
        assertThatCode(() -> new Inspection(InspectionKind.SUPERVISION, "Giám sát", NGHE_AN, 17L, null,
                Clearance.UNCLASSIFIED, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), null, Set.of(), Set.of(),
                Set.of(), "leader", NOW)).doesNotThrowAnyException();
    }

    /** Each step of the lifecycle, from each status: allowed, or refused with its reason. */
    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        "start,      PLANNED,     ok",
        "start,      IN_PROGRESS, inspection.alreadyStarted",
        "start,      CONCLUDED,   inspection.alreadyStarted",
        "findings,   PLANNED,     inspection.notStarted",
        "findings,   IN_PROGRESS, ok",
        "findings,   CONCLUDED,   inspection.alreadyConcluded",
        "conclude,   PLANNED,     inspection.notStarted",
        "conclude,   IN_PROGRESS, ok",
        "conclude,   CONCLUDED,   inspection.alreadyConcluded",
        "recommend,  PLANNED,     inspection.notStarted",
        "recommend,  IN_PROGRESS, ok",
        "recommend,  CONCLUDED,   ok",
    })
    void theLifecycleMovesOnlyForward(String step, InspectionStatus from, String expected) {
        Inspection i = planned();
        if (from != InspectionStatus.PLANNED) {
            i.start(LocalDate.of(2026, 10, 5), 0L, TODAY, NOW);
            i.recordFindings("Chậm xử lý 3 vụ việc", i.getVersion(), NOW);
        }
        if (from == InspectionStatus.CONCLUDED) {
            i.conclude(LocalDate.of(2026, 11, 20), "12-TB/ĐKT", i.getVersion(), TODAY, NOW);
        }
        Consumer<Inspection> action = switch (step) {
            case "start" -> x -> x.start(LocalDate.of(2026, 10, 5), x.getVersion(), TODAY, NOW);
            case "findings" -> x -> x.recordFindings("Kết quả", x.getVersion(), NOW);
            case "conclude" -> x -> x.conclude(LocalDate.of(2026, 11, 25), null, x.getVersion(), TODAY, NOW);
            default -> x -> x.addRecommendation("Chỉ đạo xử lý dứt điểm", NGHE_AN, LocalDate.of(2027, 3, 31),
                    LocalDate.of(2026, 11, 26), 99L, TODAY, NOW);
        };
        if ("ok".equals(expected)) {
            action.accept(i);
        } else {
            assertThatThrownBy(() -> action.accept(i)).isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining(expected);
        }
    }

    @Test
    void startingRecordsTheDayAndADayInTheFutureIsRefused() {
        Inspection i = planned();
        assertThatThrownBy(() -> i.start(TODAY.plusDays(1), 0L, TODAY, NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("inspection.dateInFuture");
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.PLANNED);

        i.start(TODAY, 0L, TODAY, NOW);

        assertThat(i.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(i.getStartedOn()).isEqualTo(TODAY);
    }

    @Test
    void aConclusionNeedsFindingsAndADayFromTheStartToToday() {
        Inspection i = started(LocalDate.of(2026, 10, 5));
        assertThatThrownBy(() -> i.conclude(LocalDate.of(2026, 11, 1), null, 0L, TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("inspection.findingsRequired");
        assertThatThrownBy(() -> i.recordFindings("   ", 0L, NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("inspection.findingsRequired");

        i.recordFindings("Phát hiện 2 vụ việc có dấu hiệu tham nhũng", 0L, NOW);

        assertThatThrownBy(() -> i.conclude(LocalDate.of(2026, 10, 4), null, 0L, TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("inspection.beforeStart");
        assertThatThrownBy(() -> i.conclude(TODAY.plusDays(1), null, 0L, TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("inspection.dateInFuture");
        i.conclude(LocalDate.of(2026, 10, 5), " 12-TB/ĐKT ", 0L, TODAY, NOW);
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.CONCLUDED);
        assertThat(i.getConcludedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(i.getConclusionReference()).isEqualTo("12-TB/ĐKT");
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        Inspection i = planned();
        assertThatThrownBy(() -> i.start(TODAY, 3L, TODAY, NOW)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> i.start(TODAY, null, TODAY, NOW)).isInstanceOf(ConcurrentEditException.class);
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.PLANNED);
    }

    /** A recommendation's day and due date: made between the start and today, due not before it is made. */
    @ParameterizedTest(name = "made {0}, due {1}: {2}")
    @CsvSource({
        "2026-10-05, 2026-10-05, ok",
        "2026-11-28, 2027-06-30, ok",
        "2026-10-04, 2027-01-31, inspection.beforeStart",
        "2026-11-29, 2027-01-31, inspection.dateInFuture",
        "2026-11-10, 2026-11-09, inspection.dueBeforeRecommendation",
    })
    void aRecommendationIsMadeBetweenTheStartAndTodayAndDueNotBeforeIt(LocalDate on, LocalDate due, String expected) {
        Inspection i = started(LocalDate.of(2026, 10, 5));
        if ("ok".equals(expected)) {
            assertThat(i.addRecommendation("Kiến nghị", NGHE_AN, due, on, 7L, TODAY, NOW)).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> i.addRecommendation("Kiến nghị", NGHE_AN, due, on, 7L, TODAY, NOW))
                    .isInstanceOf(DomainRuleViolation.class).hasMessageContaining(expected);
            assertThat(i.recommendations()).isEmpty();
        }
    }

    @Test
    void recommendationsAreNumberedFromOneAndTheirLeadsShareTheInspection() {
        Inspection i = started(LocalDate.of(2026, 10, 5));

        int first = i.addRecommendation(" Chỉ đạo thu hồi tài sản ", POLICE, LocalDate.of(2027, 1, 31),
                LocalDate.of(2026, 11, 1), 70L, TODAY, NOW);
        int second = i.addRecommendation("Hoàn thiện quy định", LAW_DEPARTMENT, LocalDate.of(2027, 2, 28),
                LocalDate.of(2026, 11, 2), 71L, TODAY, NOW);

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(i.recommendations()).extracting(Recommendation::text)
                .containsExactly("Chỉ đạo thu hồi tài sản", "Hoàn thiện quy định");
        assertThat(i.recommendations()).extracting(Recommendation::taskId).containsExactly(70L, 71L);
        var item = i.visibleItem();
        assertThat(item.agencyIds()).containsExactly(601L);
        assertThat(item.sharingUnitIds()).containsExactlyInAnyOrder(14L, 12L);
        assertThat(item.provinceCodes()).containsExactly("VN-40");
    }
}
