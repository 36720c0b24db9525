package vn.theodoi.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.theodoi.access.Clearance;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStatus;

/** The task aggregate's rules, without Spring. */
class TaskTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    static Task task(LocalDate assigned, LocalDate due) {
        return new Task("NV-2026-000001", "Hoàn thiện dự thảo quy định", TaskSourceType.AD_HOC, null, null, null, null,
                null, new Task.Parties(10L, Set.of(11L), Set.of("VN-48"), Set.of()), Clearance.UNCLASSIFIED, assigned,
                due, Set.of(), Set.of(), "specialist", "leader", NOW);
    }

    @Test
    void aProgressReportOrACompletionDatedInTheFutureIsRefused() {
        Task task = task(TODAY.minusDays(10), TODAY.plusDays(10));

        assertThatThrownBy(() -> task.reportProgress(TODAY.plusDays(1), "Đã xong", "officer", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("task.dateInFuture");
        assertThatThrownBy(() -> task.complete(TODAY.plusDays(1), "Đã xong", TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("task.dateInFuture");
        assertThat(task.progress()).isEmpty();
        assertThat(task.getCompletedOn()).isNull();
    }

    @Test
    void completedOnItsDueDateIsOnTimeAndIsCompletedOnce() {
        Task task = task(TODAY.minusDays(10), TODAY.minusDays(2));
        assertThat(task.status(TODAY)).isEqualTo(TaskStatus.OVERDUE);

        task.complete(TODAY.minusDays(2), "Đã ban hành", TODAY, NOW);

        assertThat(task.status(TODAY)).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        assertThatThrownBy(() -> task.complete(TODAY, "Lại", TODAY, NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("task.alreadyCompleted");
    }

    @Test
    void aDueDateChangeKeepsTheOldDateTheReasonAndWhoAndAStaleVersionIsRefused() {
        Task task = task(TODAY.minusDays(10), TODAY.minusDays(2));

        task.changeDueDate(TODAY.plusDays(30), "Chờ ý kiến Bộ Chính trị", 0, "leader", NOW);

        assertThat(task.getDueDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(task.status(TODAY)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.dueChanges()).singleElement().satisfies(c -> {
            assertThat(c.fromDate()).isEqualTo(TODAY.minusDays(2));
            assertThat(c.toDate()).isEqualTo(TODAY.plusDays(30));
            assertThat(c.reason()).isEqualTo("Chờ ý kiến Bộ Chính trị");
            assertThat(c.changedBy()).isEqualTo("leader");
        });
        assertThatThrownBy(() -> task.changeDueDate(TODAY.plusDays(40), "x", 7, "leader", NOW))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anUrgeIsRecordedForTheLeadOrganizationWithItsMessage() {
        Task task = task(TODAY.minusDays(10), null);

        Urge urge = task.urge("Đề nghị khẩn trương báo cáo", "leader", NOW);

        assertThat(urge.toOrganizationId()).isEqualTo(10L);
        assertThat(task.urges()).singleElement().satisfies(u -> {
            assertThat(u.urgedBy()).isEqualTo("leader");
            assertThat(u.message()).isEqualTo("Đề nghị khẩn trương báo cáo");
            assertThat(u.urgedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aMilestoneBelongsToASchemeAndTheLeadDoesNotAlsoCoordinate() {
        assertThatThrownBy(() -> new Task("NV-1", "Đề cương", TaskSourceType.SCHEME, null, null, null, null,
                SchemeMilestone.OUTLINE, new Task.Parties(10L, Set.of(), Set.of(), Set.of()), Clearance.UNCLASSIFIED,
                TODAY, null, Set.of(), Set.of(), null, "leader", NOW)).hasMessageContaining("task.milestoneNeedsScheme");
        assertThatThrownBy(() -> new Task("NV-2", "x", TaskSourceType.AD_HOC, null, null, null, null, null,
                new Task.Parties(10L, Set.of(10L), Set.of(), Set.of()), Clearance.UNCLASSIFIED, TODAY, null, Set.of(),
                Set.of(), null, "leader", NOW)).hasMessageContaining("task.leadAlsoCoordinates");
    }

    @Test
    void textIsStoredNormalized() {
        Task task = new Task("NV-3", "Tha\u0300nh ph\u00f4\u0301", TaskSourceType.AD_HOC, null, null, null, null, null,
                new Task.Parties(10L, Set.of(), Set.of(), Set.of()), Clearance.UNCLASSIFIED, TODAY, null, Set.of(),
                Set.of(), null, "leader", NOW);
        assertThat(task.getTitle()).isEqualTo("Thành phố");
    }
}
