package vn.theodoi.reports.internal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Stage;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.records.RecordFigures.CasesAndPersons;
import vn.theodoi.records.RecordFigures.LevelFigures;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.reports.Figures;
import vn.theodoi.situations.SituationType;
import vn.theodoi.tasks.TaskStatus;

/**
 * Figures and lists of a first half-year written by hand, and the application's own message
 * bundles: what the document tests compose and then read back.
 */
final class ReviewFixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static final IssuingBody CENTRAL = new IssuingBody("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN NỘI CHÍNH", "-BC/BNCTW",
            "Hà Nội", "Ban Nội chính Trung ương");
    static final IssuingBody DAK_LAK = new IssuingBody("TỈNH ỦY ĐẮK LẮK", "BAN NỘI CHÍNH", "-BC/BNCTU", "Đắk Lắk",
            "Ban Nội chính Tỉnh ủy Đắk Lắk");

    private ReviewFixtures() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/deadline", "i18n/inspections", "i18n/situations",
                "i18n/proposals", "i18n/report-documents");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static Figures figures() {
        return new Figures(FROM, TO, TO,
                new CasesAndPersons(12, 45), new CasesAndPersons(8, 30), new CasesAndPersons(6, 25),
                new CasesAndPersons(2, 5), 3, 10_000_000_000L, 1_234_567_890L, 12.3,
                List.of(new LevelFigures(1, 30, 5, 2), new LevelFigures(2, 120, 10, 4), new LevelFigures(3, 400, 20, 8)),
                new Figures.Deadlines(40, 3),
                statuses(10, 2, 5, 1),
                List.of(new Figures.OrganizationTasks("V1", "Vụ Theo dõi xử lý các vụ án", statuses(6, 1, 3, 1)),
                        new Figures.OrganizationTasks("UBKT", "Ủy ban Kiểm tra Trung ương", statuses(4, 1, 2, 0))),
                new EnumMap<>(Map.of(Timeliness.ANSWERED_ON_TIME, 7L, Timeliness.ANSWERED_LATE, 1L,
                        Timeliness.PENDING, 2L, Timeliness.OVERDUE, 1L)),
                new Figures.InspectionFigures(4, 2, statuses(3, 1, 2, 1)),
                new Figures.HotSpotFigures(5, List.of(new Figures.ProvinceCount("VN-66", "Đắk Lắk", 3),
                        new Figures.ProvinceCount("VN-46", "Huế", 2)),
                        new EnumMap<>(Map.of(SituationType.MASS_GATHERING, 3L, SituationType.PROLONGED_COMPLAINT, 2L))));
    }

    static Map<TaskStatus, Long> statuses(long onTime, long late, long inProgress, long overdue) {
        return new EnumMap<>(Map.of(TaskStatus.COMPLETED_ON_TIME, onTime, TaskStatus.COMPLETED_LATE, late,
                TaskStatus.IN_PROGRESS, inProgress, TaskStatus.OVERDUE, overdue));
    }

    static List<RecordSummary> levelOne() {
        return List.of(
                new RecordSummary(1L, "VA-2025-0001", RecordKind.CASE, "Vụ án vi phạm quy định về đấu thầu tại Công ty Thừa Thiên Huế",
                        1, null, Clearance.SECRET, Stage.INVESTIGATION, LocalDate.of(2026, 12, 15), null,
                        DeadlineStatus.ON_TRACK, "Vụ 1", null, Instant.parse("2026-06-01T00:00:00Z"), List.of(), null),
                new RecordSummary(2L, "VA-2025-0002", RecordKind.CASE, "Vụ án tham ô tài sản tại Đắk Lắk",
                        1, null, Clearance.UNCLASSIFIED, Stage.TRIAL_PREPARATION, LocalDate.of(2026, 11, 20), null,
                        DeadlineStatus.OVERDUE, "Vụ 1", null, Instant.parse("2026-06-02T00:00:00Z"), List.of(), null));
    }
}
