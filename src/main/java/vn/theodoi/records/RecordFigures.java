package vn.theodoi.records;

import java.util.List;

/**
 * The records' part of a report's figures for one period, within the reader's visibility
 * (DOMAIN.md section 8). Events count by their own date in the period; persons by their own
 * procedural dates, so a person charged this half-year in a case initiated years ago counts now.
 *
 * @param initiated       khởi tố: cases by the initiation event, persons by the date each was charged (khởi tố bị can)
 * @param indicted        truy tố: cases by the indictment, persons (bị can) by the date each was indicted
 * @param firstInstance   xét xử sơ thẩm: cases by the first-instance judgment, persons (bị cáo) tried then
 * @param appeal          xét xử phúc thẩm: cases by the appeal judgment, persons (bị cáo) tried on appeal then
 * @param mattersConcluded vụ việc kết thúc: matters concluded in the period
 * @param damageVnd       thiệt hại: damage established in the period, whole VND
 * @param recoveredVnd    thu hồi: money recovered in the period, whole VND
 * @param levels          records under each oversight level (1, 2, 3) at the period's end, added and removed during it
 * @param deadlinesMet    thời hạn tố tụng được bảo đảm: records having a timed stage left in the period on or before
 *                        its limit's last day (a record once, however many such limits it has)
 * @param deadlinesMissed thời hạn tố tụng bị vi phạm: records having a limit whose last day is in the period and
 *                        whose stage was left after that day, or is still open with that day before today (a
 *                        record once); untimed stages never count (definitions: records.internal.RecordFigureQueries)
 */
public record RecordFigures(CasesAndPersons initiated, CasesAndPersons indicted, CasesAndPersons firstInstance,
        CasesAndPersons appeal, long mattersConcluded, long damageVnd, long recoveredVnd, List<LevelFigures> levels,
        long deadlinesMet, long deadlinesMissed) {

    /** "N vụ / M bị can" or "N vụ / M bị cáo". */
    public record CasesAndPersons(long cases, long persons) {
    }

    /** One oversight level (cấp độ theo dõi): how many at the period's end, how many came in and went out during it. */
    public record LevelFigures(int level, long atEnd, long added, long removed) {
    }
}
