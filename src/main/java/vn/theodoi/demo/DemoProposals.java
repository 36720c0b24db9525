package vn.theodoi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

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
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.ReturnForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalForm;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.ProposalView;
import vn.theodoi.proposals.Proposals;

/**
 * Demo mode only: about 30 fictional proposals and requests for opinion from provinces and agencies,
 * in every step of the flow and every timeliness, entered through the proposals facade by the demo
 * people who take each step (Đà Nẵng's provincial officer submits some herself). Runs after the demo
 * tasks, only while no proposal exists. Dates are relative to today.
 */
@Component
@Order(3)
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    static final String[] SENDERS = {"BCD-01", "BCD-79", "BCD-22", "BCD-40", "BNC-01", "BNC-79", "BCA-C03", "VKSTC",
        "TTCP", "KTNN"};
    static final String[] SUBJECTS = {
        "Xin ý kiến về việc xử lý vụ việc cấp độ 3 liên quan đến sai phạm trong quản lý đất đai tại dự án khu đô thị",
        "Kiến nghị tháo gỡ vướng mắc trong định giá tài sản vụ án vi phạm quy định về đấu thầu",
        "Xin ý kiến về việc đưa vụ việc vi phạm trong quản lý tài sản công vào diện theo dõi, chỉ đạo",
        "Đề xuất phối hợp giám định thiệt hại trong vụ án tham ô tài sản tại doanh nghiệp nhà nước",
        "Kiến nghị hướng dẫn xử lý tài sản bị kê biên có tranh chấp với bên thứ ba",
        "Xin ý kiến về việc thu hồi tài sản thất thoát trong vụ án lợi dụng chức vụ, quyền hạn",
        "Đề xuất kéo dài thời hạn thanh tra vụ việc sai phạm trong đầu tư công",
        "Kiến nghị chuyển hồ sơ vụ việc có dấu hiệu tội phạm sang cơ quan điều tra",
        "Xin ý kiến về phương án xử lý kỷ luật cán bộ liên quan đến vụ án cấp độ 3",
        "Đề xuất bổ sung nhân lực giám định cho các vụ án trọng điểm của tỉnh"};

    private final Proposals proposals;
    private final Users users;
    private final DemoSettings settings;

    DemoProposals(Proposals proposals, Users users, DemoSettings settings) {
        this.proposals = proposals;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        TheodoiUser leader;
        TheodoiUser head;
        TheodoiUser specialist;
        TheodoiUser provincial;
        try {
            leader = users.loadUserByUsername("leader");
            head = users.loadUserByUsername("department_head");
            specialist = users.loadUserByUsername("specialist");
            provincial = users.loadUserByUsername("provincial_officer");
        } catch (RuntimeException none) {
            return;
        }
        if (!settings.enabled() || !proposals.search(leader, ProposalFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = proposals.today();
        Random random = new Random(2026_11);
        int n = 0;
        for (int i = 0; i < 30; i++) {
            boolean fromProvince = i % 6 == 5;
            TheodoiUser receiver = fromProvince ? provincial : leader;
            String sender = SENDERS[i % SENDERS.length];
            ProposalType type = fromProvince || sender.startsWith("BCD") || sender.startsWith("BNC")
                    ? ProposalType.OPINION_REQUEST : ProposalType.PROPOSAL;
            LocalDate received = today.minusDays(2 + random.nextInt(70));
            String reference = "Số " + (10 + i * 7) + (type == ProposalType.OPINION_REQUEST ? "-CV/BCĐ" : "-CV/KN");
            Long id = proposals.create(receiver, new ProposalForm(type, fromProvince ? null : sender, reference,
                    received, SUBJECTS[(i * 3) % SUBJECTS.length] + " (hư cấu)",
                    i % 7 == 3 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED, List.of()));
            n++;
            int stage = i % 7; // 0 received, 1 assigned, 2 drafted, 3 returned, 4 checked, 5 approved, 6 sent
            if (stage == 0) {
                continue;
            }
            proposals.assign(leader, id, new AssignForm("BNCTW-VAVV", "specialist", null));
            if (stage == 1) {
                continue;
            }
            proposals.draft(specialist, id, new DraftForm("Ban Nội chính Trung ương có ý kiến như sau: đề nghị "
                    + "tiếp tục xác minh, làm rõ các nội dung còn vướng mắc và báo cáo kết quả (dự thảo hư cấu).", null));
            if (stage == 2) {
                continue;
            }
            if (stage == 3) {
                proposals.sendBack(head, id, new ReturnForm("Bổ sung căn cứ pháp lý và đề xuất cụ thể", null));
                continue;
            }
            proposals.check(head, id, StepForm.none());
            if (stage == 4) {
                continue;
            }
            proposals.approve(leader, id, StepForm.none());
            if (stage == 5) {
                continue;
            }
            ProposalView v = proposals.view(leader, id);
            // some answered a little late, most on time
            LocalDate sent = i % 2 == 0 ? v.responseDueDate().plusDays(3) : received.plusDays(5);
            if (sent.isAfter(today)) {
                sent = today;
            }
            proposals.send(head, id, new SendForm(sent, null));
        }
        log.info("Demo data: {} proposals and requests for opinion loaded in {} ms", n,
                (System.nanoTime() - started) / 1_000_000);
    }
}
