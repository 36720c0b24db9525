package vn.theodoi.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.theodoi.proposals.Timeliness;
import vn.theodoi.records.RecordFigures.CasesAndPersons;
import vn.theodoi.records.RecordFigures.LevelFigures;
import vn.theodoi.situations.SituationType;
import vn.theodoi.tasks.TaskStatus;

/**
 * The figures of a report (số liệu báo cáo, DOMAIN.md section 8) for a period, within the reader's
 * visibility: what the review documents put in sentences and tables, what the statistics page
 * charts, and what {@code GET /api/v1/reports/figures} returns.
 *
 * @param asOf             the day statuses (overdue, pending) are judged on: the period's end, or today when that is earlier
 * @param recoveryRate     recovered against damage, per cent with one decimal; null when there is no damage
 * @param tasks            tasks due in the period (or, without a due date, assigned in it) by the four statuses
 * @param proposals        proposals and requests for opinion received in the period, by timeliness of the answer
 */
public record Figures(LocalDate from, LocalDate to, LocalDate asOf,
        CasesAndPersons initiated, CasesAndPersons indicted, CasesAndPersons firstInstance, CasesAndPersons appeal,
        long mattersConcluded, long damageVnd, long recoveredVnd, Double recoveryRate,
        List<LevelFigures> levels, Deadlines deadlines,
        Map<TaskStatus, Long> tasks, List<OrganizationTasks> tasksByOrganization,
        Map<Timeliness, Long> proposals,
        InspectionFigures inspections, HotSpotFigures hotSpots) {

    /** Legal deadlines falling in the period: met by their step, or missed. */
    public record Deadlines(long met, long missed) {
    }

    /** One lead organization's tasks (đơn vị chủ trì) by the four statuses. */
    public record OrganizationTasks(String organizationCode, String organizationName, Map<TaskStatus, Long> tasks) {

        /** All of the organization's tasks of the period. */
        public long total() {
            return tasks.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Inspections and supervision (kiểm tra, giám sát): those concluded in the period, those under way at
     * its end, and the follow-up of their recommendations (kiến nghị), which are tasks, by the four statuses.
     */
    public record InspectionFigures(long concluded, long inProgress, Map<TaskStatus, Long> recommendations) {
    }

    /** Hot spots (điểm nóng) reported in the period, by province and by type. */
    public record HotSpotFigures(long total, List<ProvinceCount> byProvince, Map<SituationType, Long> byType) {
    }

    public record ProvinceCount(String provinceCode, String provinceName, long count) {
    }
}
