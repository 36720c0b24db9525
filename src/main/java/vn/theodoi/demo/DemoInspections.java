package vn.theodoi.demo;

import java.time.LocalDate;
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
import vn.theodoi.inspections.InspectionCommands.ConclusionForm;
import vn.theodoi.inspections.InspectionCommands.FindingsForm;
import vn.theodoi.inspections.InspectionCommands.RecommendationForm;
import vn.theodoi.inspections.InspectionCommands.StartForm;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionForm;
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.inspections.Inspections;
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.Tasks;

/**
 * Demo mode only: a dozen fictional inspections and supervisions of provinces and agencies in
 * every state (planned, in progress, concluded), with findings and recommendations whose tasks are
 * partly done, entered through the inspections facade as the demo leader. Runs after the demo
 * tasks, only while no inspection exists. Dates are relative to today.
 */
@Component
@Order(3)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    /** One inspection: how many days ago it started (null: planned), concluded (null: not yet), and its recommendations. */
    record Plan(InspectionKind kind, String subject, String target, String owner, int periodStartsIn, int periodDays,
            Integer startedAgo, Integer concludedAgo, String findings, String[][] recommendations) {
    }

    static final String FINDINGS = "Đoàn đã làm việc với Ban Thường vụ, các cơ quan nội chính và kiểm tra hồ sơ của"
            + " các vụ án, vụ việc (dữ liệu hư cấu). Việc lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, lãng phí,"
            + " tiêu cực có chuyển biến; còn chậm xử lý một số vụ việc phức tạp, kéo dài; việc thu hồi tài sản chưa đạt"
            + " yêu cầu.";

    static final Plan[] PLANS = {
        new Plan(InspectionKind.INSPECTION, "Kiểm tra việc lãnh đạo, chỉ đạo xử lý các vụ án, vụ việc tham nhũng,"
                + " tiêu cực thuộc diện Ban Chỉ đạo cấp tỉnh theo dõi (hư cấu)", "BCD-48", "BNCTW-VAVV", -160, 30, 160,
                120, FINDINGS, new String[][] {
                    {"Chỉ đạo kết thúc điều tra vụ án sai phạm tại Công ty Cổ phần Phát triển Hạ tầng Sông Hàn (hư cấu)",
                        "BCD-48", "30"},
                    {"Đôn đốc thu hồi tài sản trong các vụ án đã xét xử", "BCD-48", "150"},
                    {"Báo cáo kết quả khắc phục các hạn chế sau kiểm tra", "BNC-48", "200"}}),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra công tác phát hiện, xử lý tham nhũng, tiêu cực trong lĩnh vực"
                + " đất đai (hư cấu)", "BCD-40", "BNCTW-DP1", -120, 45, 118, 60, FINDINGS, new String[][] {
                    {"Rà soát, xử lý dứt điểm các dự án chậm triển khai có dấu hiệu vi phạm", "BCD-40", "90"},
                    {"Kiểm điểm trách nhiệm tập thể, cá nhân để xảy ra vi phạm", "BCD-40", "20"}}),
        new Plan(InspectionKind.SUPERVISION, "Giám sát việc thực hiện kết luận của Ban Chỉ đạo về xử lý các vụ án"
                + " trọng điểm (hư cấu)", "BCA-C03", "BNCTW-VAVV", -90, 60, 85, 30, FINDINGS, new String[][] {
                    {"Khẩn trương hoàn thành giám định thiệt hại trong vụ án tại Tổng công ty Vận tải Biển Đông (hư cấu)",
                        "BCA-C03", "45"},
                    {"Tổng hợp khó khăn, vướng mắc trong định giá tài sản, báo cáo Thường trực Ban Chỉ đạo",
                        "BNCTW-VAVV", "60"}}),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra công tác phòng, chống lãng phí trong quản lý, sử dụng tài sản"
                + " công (hư cấu)", "BCD-01", "BNCTW-PCTN", -200, 30, 198, 150, FINDINGS, new String[][] {
                    {"Rà soát, xử lý trụ sở, nhà đất dôi dư sau sắp xếp đơn vị hành chính", "BCD-01", "120"}}),
        new Plan(InspectionKind.SUPERVISION, "Giám sát việc kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn"
                + " (hư cấu)", "BCD-79", "BNCTW-DP3", -30, 60, 25, null, FINDINGS, new String[][] {
                    {"Hoàn thiện quy trình xác minh tài sản, thu nhập", "BCD-79", "90"}}),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra việc xử lý đơn thư phản ánh, tố cáo liên quan đến tham nhũng"
                + " (hư cấu)", "BCD-22", "BNCTW-DP1", -14, 30, 10, null, null, new String[0][]),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra công tác thu hồi tài sản bị chiếm đoạt, thất thoát trong các vụ"
                + " án tham nhũng, kinh tế (hư cấu)", "VKSTC", "BNCTW-VAVV", -40, 45, 35, null, FINDINGS,
                new String[0][]),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra công tác lãnh đạo, chỉ đạo phòng, chống tham nhũng năm tới"
                + " (hư cấu)", "BCD-38", "BNCTW-DP1", 30, 30, null, null, null, new String[0][]),
        new Plan(InspectionKind.SUPERVISION, "Giám sát việc thực hiện kiến nghị của Kiểm toán Nhà nước về quản lý"
                + " đầu tư công (hư cấu)", "KTNN", "BNCTW-PCTN", 45, 60, null, null, null, new String[0][]),
        new Plan(InspectionKind.INSPECTION, "Kiểm tra việc phối hợp giữa các cơ quan tiến hành tố tụng trong xử lý vụ"
                + " án tham nhũng (hư cấu)", "BCD-92", "BNCTW-DP3", 60, 20, null, null, null, new String[0][]),
        new Plan(InspectionKind.INSPECTION, "Tự kiểm tra công tác nội chính và phòng, chống tham nhũng tại các quận,"
                + " huyện (hư cấu)", "BCD-48", "BNC-48", -60, 30, 55, null, FINDINGS, new String[][] {
                    {"Chấn chỉnh việc tiếp nhận, xử lý tin báo về tội phạm tham nhũng", "BNC-48", "40"}}),
        new Plan(InspectionKind.SUPERVISION, "Giám sát công tác giám định, định giá tài sản phục vụ điều tra (hư cấu)",
                "TTCP", "BNCTW-TP", 90, 30, null, null, null, new String[0][]),
    };

    private final Inspections inspections;
    private final Tasks tasks;
    private final Users users;
    private final DemoSettings settings;

    DemoInspections(Inspections inspections, Tasks tasks, Users users, DemoSettings settings) {
        this.inspections = inspections;
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
        if (!settings.enabled()
                || !inspections.list(leader, InspectionFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = tasks.today();
        int made = 0;
        for (Plan plan : PLANS) {
            made += load(leader, plan, today);
        }
        log.info("Demo data: {} inspections with {} recommendations loaded in {} ms", PLANS.length, made,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int load(TheodoiUser leader, Plan plan, LocalDate today) {
        LocalDate from = today.plusDays(plan.periodStartsIn());
        boolean ours = "BNCTW-VAVV".equals(plan.owner());
        Long id = inspections.create(leader, new InspectionForm(plan.kind(), plan.subject(), plan.target(), plan.owner(),
                Clearance.UNCLASSIFIED, from, from.plusDays(plan.periodDays()), ours ? "department_head" : null,
                ours ? Set.of("specialist") : Set.of(), Set.of()));
        if (plan.startedAgo() == null) {
            return 0;
        }
        LocalDate startedOn = today.minusDays(plan.startedAgo());
        inspections.start(leader, id, new StartForm(startedOn, version(leader, id)));
        if (plan.findings() != null) {
            inspections.recordFindings(leader, id, new FindingsForm(plan.findings(), version(leader, id)));
        }
        LocalDate madeOn = plan.concludedAgo() == null ? today.minusDays(Math.min(3, plan.startedAgo()))
                : today.minusDays(plan.concludedAgo());
        if (plan.concludedAgo() != null) {
            inspections.conclude(leader, id, new ConclusionForm(madeOn,
                    (20 + plan.startedAgo() % 70) + "-TB/ĐKT (hư cấu)", version(leader, id)));
        }
        int n = 0;
        for (String[] r : plan.recommendations()) {
            LocalDate due = madeOn.plusDays(Integer.parseInt(r[2]));
            Long task = inspections.recommend(leader, id, new RecommendationForm(r[0], r[1], due, madeOn));
            // about half are done (some late), the rest have reported progress: every status appears
            if (n % 2 == 0 && madeOn.isBefore(today.minusDays(5))) {
                LocalDate done = due.isBefore(today) && n % 4 == 2 ? due.plusDays(3) : madeOn.plusDays(5);
                tasks.complete(leader, task, new CompletionForm(done.isAfter(today) ? today : done,
                        "Đã thực hiện, báo cáo đoàn kiểm tra (hư cấu)"));
            } else if (madeOn.isBefore(today)) {
                tasks.reportProgress(leader, task, new ProgressForm(today.minusDays(1),
                        "Đang triển khai, đã giao các cơ quan liên quan thực hiện"));
            }
            n++;
        }
        return n;
    }

    private long version(TheodoiUser leader, Long id) {
        return inspections.view(leader, id).version();
    }
}
