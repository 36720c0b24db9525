package vn.theodoi.records;

import java.util.List;
import java.util.Objects;

import vn.theodoi.deadline.Stage;

/**
 * What the home page shows of records: counts by level and stage; the overdue and the due-soon ones; how many
 * are behind a directed milestone and how many have passed the last day to request an extension; and the
 * records the person follows, nearest deadline first.
 */
public record Dashboard(List<LevelStageCount> byLevelAndStage, List<RecordSummary> overdue,
        List<RecordSummary> dueSoon, long overdueCount, long dueSoonCount, long behindMilestoneCount,
        long requestPassedCount, List<RecordSummary> mine) {

    public long total() {
        return byLevelAndStage.stream().mapToLong(LevelStageCount::count).sum();
    }

    public long count(Integer level, Stage stage) {
        return byLevelAndStage.stream().filter(c -> Objects.equals(c.level(), level) && c.stage() == stage)
                .mapToLong(LevelStageCount::count).sum();
    }

    public long countAtStage(Stage stage) {
        return byLevelAndStage.stream().filter(c -> c.stage() == stage).mapToLong(LevelStageCount::count).sum();
    }

    public long countAtLevel(Integer level) {
        return byLevelAndStage.stream().filter(c -> Objects.equals(c.level(), level))
                .mapToLong(LevelStageCount::count).sum();
    }
}
