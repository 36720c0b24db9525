package vn.theodoi.reports.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.EventType;
import vn.theodoi.meetings.MeetingSummary;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.SinceSession;
import vn.theodoi.records.RecordChanges;
import vn.theodoi.tasks.TaskChanges;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;

/** The report since a session, composed from what "since session N" assembles, set in Word and read back. */
class ReviewSinceSessionTest {

    private static TaskSummary task(long id, String title, String lead, LocalDate due, TaskStatus status) {
        return new TaskSummary(id, "NV-" + id, title, null, null, 7L, (int) id, null, null, "V1", lead,
                Clearance.UNCLASSIFIED, LocalDate.of(2026, 5, 20), due, null, status, null,
                Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void namesTheSessionItsConclusionsTasksAndWhatChangedSince() throws Exception {
        MeetingSummary session = new MeetingSummary(7L, MeetingType.SESSION, 27, LocalDate.of(2026, 5, 15),
                "Phiên họp thứ 27", Clearance.UNCLASSIFIED, "45-KL/BCĐTW", LocalDate.of(2026, 5, 20), null);
        List<TaskSummary> conclusion = List.of(
                task(1, "Chỉ đạo kết thúc điều tra vụ án tại Đắk Lắk", "Vụ Theo dõi xử lý các vụ án",
                        LocalDate.of(2026, 9, 30), TaskStatus.COMPLETED_ON_TIME),
                task(2, "Kiểm tra việc thu hồi tài sản", "Ủy ban Kiểm tra Trung ương", LocalDate.of(2026, 10, 31),
                        TaskStatus.OVERDUE));
        SinceSession since = new SinceSession(session,
                new TaskChanges(session.date(), 5, 2, 1, 3, 1, List.of(), List.of(), List.of(conclusion.get(1))),
                new RecordChanges(session.date(), Map.of(EventType.CASE_INITIATED, 4L), 9,
                        ReviewFixtures.levelOne()));

        ReviewContent content = new ReviewComposer(ReviewFixtures.messages()).sinceSession(ReviewFixtures.CENTRAL,
                ReviewFixtures.TODAY, Clearance.UNCLASSIFIED, since, ReviewFixtures.figures(), conclusion);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(content, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("BÁO CÁO",
                    "Kết quả chỉ đạo xử lý các vụ án, vụ việc từ sau Phiên họp thứ 27 đến nay",
                    "(từ ngày 15/05/2026 đến ngày 28/11/2026)",
                    "Thực hiện Kết luận số 45-KL/BCĐTW ngày 20/05/2026, có 2 nhiệm vụ được giao: hoàn thành đúng hạn 1;"
                            + " hoàn thành quá hạn 0; đang thực hiện trong hạn 0; chưa hoàn thành, quá hạn 1.",
                    "Có 9 vụ án, vụ việc có chuyển biến từ sau phiên họp. Danh sách dưới đây gồm 2 vụ án, vụ việc cập nhật gần nhất.",
                    "Giao mới 5 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 1; 3 nhiệm vụ có báo cáo tiến độ;"
                            + " hiện còn 1 nhiệm vụ chưa hoàn thành, quá hạn.",
                    "khởi tố mới 12 vụ/45 bị can");
            XWPFTable tasks = doc.getTables().stream()
                    .filter(t -> ReviewDocxTest.row(t, 0).contains("Nhiệm vụ") && ReviewDocxTest.row(t, 0).contains("Tình trạng"))
                    .findFirst().orElseThrow();
            assertThat(ReviewDocxTest.row(tasks, 2)).containsExactly("2", "Kiểm tra việc thu hồi tài sản",
                    "Ủy ban Kiểm tra Trung ương", "31/10/2026", "Chưa hoàn thành, quá hạn");
            XWPFTable events = doc.getTables().stream()
                    .filter(t -> ReviewDocxTest.row(t, 0).contains("Số lượng")).findFirst().orElseThrow();
            assertThat(ReviewDocxTest.row(events, 1)).containsExactly("Khởi tố vụ án", "4");
        }
    }
}
