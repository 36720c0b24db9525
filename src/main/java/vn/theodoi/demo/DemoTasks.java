package vn.theodoi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.meetings.MeetingCommands.AgendaItemForm;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.meetings.MeetingCommands.RequirementForm;
import vn.theodoi.meetings.MeetingForm;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskCommands.UrgeForm;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.Tasks;

/**
 * Demo mode only: two fictional numbered sessions and a standing members' meeting with their
 * conclusions, a year's work programme, a scheme with its milestones and ad hoc, General
 * Secretary and inspection tasks across departments and provinces (about 80 tasks, in every
 * status), entered through the meetings and tasks facades as the demo leader. Runs after the demo
 * records, only while no meeting exists. Dates are relative to today.
 */
@Component
@Order(3)
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    static final String[] LEADS = {"BNCTW-VAVV", "BNCTW-PCTN", "BNCTW-PL", "BNCTW-TH", "BNCTW-DP1", "BNCTW-DP2",
        "BNCTW-DP3", "BCD-48", "BCD-01", "BCD-79", "BCD-22", "BCD-40", "BCA-C03", "VKSTC", "TTCP", "KTNN"};
    static final String[] WORK = {
        "Theo dõi, đôn đốc xử lý các vụ án, vụ việc thuộc diện Ban Chỉ đạo theo dõi, chỉ đạo",
        "Tháo gỡ khó khăn, vướng mắc trong giám định, định giá tài sản",
        "Đôn đốc thu hồi tài sản bị chiếm đoạt, thất thoát trong các vụ án tham nhũng",
        "Kiểm tra công tác phòng, chống tham nhũng, lãng phí, tiêu cực tại địa phương",
        "Tổng hợp kết quả xử lý các kiến nghị, đề xuất của các cơ quan, địa phương",
        "Hướng dẫn Ban Chỉ đạo cấp tỉnh xử lý các vụ việc cấp độ 3",
        "Chuẩn bị báo cáo sơ kết công tác 6 tháng",
        "Theo dõi các vụ án, vụ việc tách ra ở giai đoạn II",
        "Nắm tình hình các vụ việc tập trung đông người",
        "Rà soát, đề xuất đưa vụ việc vào diện theo dõi, chỉ đạo"};

    private final Meetings meetings;
    private final Tasks tasks;
    private final Users users;
    private final DemoSettings settings;

    DemoTasks(Meetings meetings, Tasks tasks, Users users, DemoSettings settings) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        TheodoiUser leader;
        try {
            leader = users.loadUserByUsername("leader");
        } catch (RuntimeException none) {
            return;
        }
        if (!settings.enabled() || !meetings.list(leader, null, PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = tasks.today();
        Random random = new Random(2026_10);
        int before = (int) tasks.search(leader, TaskFilter.none(), PageRequest.of(0, 1)).getTotalElements();

        session(leader, random, MeetingType.SESSION, 27, today.minusDays(200), "Phiên họp thứ 27 của Ban Chỉ đạo (hư cấu)",
                "27-KL/BCĐTW", 10);
        session(leader, random, MeetingType.STANDING_MEETING, null, today.minusDays(100),
                "Cuộc họp Thường trực Ban Chỉ đạo về các vụ án trọng điểm (hư cấu)", "95-TB/BCĐTW", 8);
        Long next = session(leader, random, MeetingType.SESSION, 28, today.minusDays(40),
                "Phiên họp thứ 28 của Ban Chỉ đạo (hư cấu)", "28-KL/BCĐTW", 10);
        Long coming = meetings.create(leader, new MeetingForm(MeetingType.SESSION, 29, today.plusDays(25),
                "Phiên họp thứ 29 của Ban Chỉ đạo (hư cấu)", Clearance.UNCLASSIFIED, "BNCTW-TH", Set.of()));
        meetings.addAgendaItem(leader, coming, new AgendaItemForm("Kết quả công tác phòng, chống tham nhũng 9 tháng", null));
        meetings.addAgendaItem(leader, coming, new AgendaItemForm("Cho ý kiến về đề án mô hình cơ quan chuyên trách", null));
        meetings.addDocument(leader, coming, new DocumentForm("Báo cáo kết quả từ sau Phiên họp thứ 28", "BNCTW-TH",
                today.plusDays(2)));
        meetings.addDocument(leader, coming, new DocumentForm("Tờ trình về đề án mô hình cơ quan chuyên trách",
                "BNCTW-PCTN", today.plusDays(10)));
        meetings.addDocument(leader, coming, new DocumentForm("Báo cáo các vụ án, vụ việc trọng điểm", "BNCTW-VAVV",
                today.minusDays(1)));

        workProgramme(leader, random, today);
        scheme(leader, today);
        others(leader, random, today);
        int after = (int) tasks.search(leader, TaskFilter.none(), PageRequest.of(0, 1)).getTotalElements();
        log.info("Demo data: 4 meetings and {} tasks loaded in {} ms (next session {})", after - before,
                (System.nanoTime() - started) / 1_000_000, next);
    }

    private Long session(TheodoiUser leader, Random random, MeetingType type, Integer number, LocalDate date,
            String title, String conclusion, int requirements) {
        Long id = meetings.create(leader, new MeetingForm(type, number, date, title, Clearance.UNCLASSIFIED, "BNCTW-TH",
                Set.of()));
        meetings.addAgendaItem(leader, id, new AgendaItemForm("Kết quả xử lý các vụ án, vụ việc thuộc diện theo dõi", null));
        meetings.addAgendaItem(leader, id, new AgendaItemForm("Phương hướng, nhiệm vụ thời gian tới", null));
        List<RequirementForm> forms = new ArrayList<>();
        for (int i = 0; i < requirements; i++) {
            // the department following cases takes the first requirement of every conclusion
            String lead = i == 0 ? "BNCTW-VAVV" : LEADS[(i * 3 + (number == null ? 1 : number)) % LEADS.length];
            LocalDate due = i % 5 == 4 ? null : date.plusDays(30 + random.nextInt(240));
            forms.add(new RequirementForm(WORK[(i + requirements) % WORK.length], lead, due));
        }
        List<Long> ids = meetings.recordConclusion(leader, id, new ConclusionForm(conclusion, date.plusDays(2), forms));
        settle(leader, random, ids, date.plusDays(2));
        return id;
    }

    private void workProgramme(TheodoiUser leader, Random random, LocalDate today) {
        LocalDate start = today.withDayOfYear(1);
        List<Long> ids = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate due = start.withMonth(month).withDayOfMonth(start.withMonth(month).lengthOfMonth());
            ids.add(tasks.create(leader, new TaskForm("Chương trình công tác tháng " + month + ": "
                    + WORK[month % WORK.length].toLowerCase(), TaskSourceType.WORK_PROGRAMME,
                    "Chương trình công tác năm " + start.getYear() + " (hư cấu)", null, null, LEADS[month % 7],
                    Set.of(), due, Clearance.UNCLASSIFIED, List.of(), Set.of(), "specialist", null, null,
                    start.isAfter(today) ? today : start)));
        }
        settle(leader, random, ids, start.isAfter(today) ? today : start);
    }

    private void scheme(TheodoiUser leader, LocalDate today) {
        LocalDate start = today.minusDays(150);
        Long scheme = tasks.create(leader, new TaskForm("Đề án nghiên cứu, đề xuất mô hình cơ quan, đơn vị chuyên trách"
                + " phòng, chống tham nhũng, tiêu cực (hư cấu)", TaskSourceType.SCHEME, "Kết luận 27-KL/BCĐTW (hư cấu)",
                null, null, "BNCTW-PCTN", Set.of("BNCTW-PL", "BNCTW-TH"), today.plusDays(120), Clearance.UNCLASSIFIED,
                List.of(), Set.of(), null, null, null, start));
        SchemeMilestone[] steps = SchemeMilestone.values();
        int[] dueIn = {-120, -60, -10, 45, 120};
        for (int i = 0; i < steps.length; i++) {
            Long m = tasks.create(leader, new TaskForm(switch (steps[i]) {
                case OUTLINE -> "Xây dựng đề cương chi tiết đề án";
                case DRAFT -> "Hoàn thành dự thảo đề án";
                case CONSULTATION -> "Lấy ý kiến các cơ quan, địa phương";
                case SUBMISSION -> "Trình Thường trực Ban Chỉ đạo";
                case ISSUANCE -> "Ban hành đề án";
            }, TaskSourceType.SCHEME, "Đề án mô hình cơ quan chuyên trách (hư cấu)", null, null, "BNCTW-PCTN", Set.of(),
                    today.plusDays(dueIn[i]), Clearance.UNCLASSIFIED, List.of(), Set.of(), null, scheme, steps[i], start));
            if (i == 0) {
                tasks.complete(leader, m, new CompletionForm(today.minusDays(125), "Đề cương đã được phê duyệt"));
            } else if (i == 1) {
                tasks.complete(leader, m, new CompletionForm(today.minusDays(50), "Dự thảo lần 3 đã hoàn thành"));
            }
        }
        tasks.reportProgress(leader, scheme, new ProgressForm(today.minusDays(5),
                "Đang tổng hợp ý kiến của 12 cơ quan, địa phương"));
    }

    private void others(TheodoiUser leader, Random random, LocalDate today) {
        TaskSourceType[] sources = {TaskSourceType.AD_HOC, TaskSourceType.GENERAL_SECRETARY, TaskSourceType.INSPECTION};
        String[] refs = {"Ý kiến chỉ đạo của Trưởng Ban (hư cấu)", "Kết luận của Tổng Bí thư (hư cấu)",
            "Kết luận kiểm tra số 05-KL/ĐKT (hư cấu)"};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            LocalDate assigned = today.minusDays(20 + random.nextInt(300));
            LocalDate due = i % 7 == 6 ? null : assigned.plusDays(20 + random.nextInt(200));
            String lead = LEADS[(i * 5 + 2) % LEADS.length];
            ids.add(tasks.create(leader, new TaskForm(WORK[i % WORK.length] + " (" + (i + 1) + ")", sources[i % 3],
                    refs[i % 3], null, null, lead, i % 4 == 0 ? Set.of("BNCTW-VAVV".equals(lead) ? "BCD-48" : "BNCTW-VAVV")
                            : Set.of(), due, i % 9 == 8 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED, List.of(),
                    Set.of(), i % 3 == 0 ? "specialist" : null, null, null, assigned)));
        }
        settle(leader, random, ids, null);
        tasks.urge(leader, ids.get(1), new UrgeForm("Đề nghị khẩn trương báo cáo kết quả thực hiện, không để kéo dài"));
    }

    /** Completes about half (on time or late), reports progress on most of the rest: every status appears. */
    private void settle(TheodoiUser leader, Random random, List<Long> ids, LocalDate assignedOn) {
        LocalDate today = tasks.today();
        for (int i = 0; i < ids.size(); i++) {
            var t = tasks.view(leader, ids.get(i));
            LocalDate from = t.assignedOn();
            if (i % 2 == 0 && from.isBefore(today.minusDays(2))) {
                LocalDate due = t.dueDate();
                LocalDate done = due == null || i % 4 == 2 ? today.minusDays(1) : due.minusDays(random.nextInt(5));
                if (done.isAfter(today)) {
                    done = today;
                }
                if (done.isBefore(from)) {
                    done = from;
                }
                tasks.complete(leader, t.id(), new CompletionForm(done, "Đã hoàn thành, báo cáo Thường trực Ban Chỉ đạo"));
            } else if (from.isBefore(today)) {
                tasks.reportProgress(leader, t.id(), new ProgressForm(today.minusDays(random.nextInt(
                        (int) Math.min(20, today.toEpochDay() - from.toEpochDay()))), "Đang triển khai, đã làm việc với"
                        + " các cơ quan liên quan; dự kiến hoàn thành đúng thời hạn"));
            }
        }
    }
}
