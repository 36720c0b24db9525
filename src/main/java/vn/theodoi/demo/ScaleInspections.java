package vn.theodoi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.tasks.Tasks;

/**
 * A large, fictional data set of inspections and supervisions for load tests and benchmarks: of
 * every province's committee and the main agencies, conducted by the Commission's departments
 * over the last three years and the next one, in every state, with findings and one to three
 * recommendations (each a task) for most started ones. Written through the inspections facade as
 * the demo leader (the lifecycle's rules apply), so it needs the demo users. The same seed gives
 * the same data.
 */
@Component
class ScaleInspections {

    static final String[] SUBJECTS = {
        "Kiểm tra việc lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
        "Kiểm tra công tác phát hiện, xử lý tham nhũng, tiêu cực trong lĩnh vực đất đai",
        "Giám sát việc thực hiện kết luận của Ban Chỉ đạo về các vụ án, vụ việc trọng điểm",
        "Kiểm tra công tác thu hồi tài sản bị chiếm đoạt, thất thoát",
        "Giám sát việc kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn",
        "Kiểm tra việc xử lý đơn thư phản ánh, tố cáo liên quan đến tham nhũng",
        "Kiểm tra công tác phòng, chống lãng phí trong quản lý, sử dụng tài sản công"};

    private final Inspections inspections;
    private final Tasks tasks;
    private final Users users;
    private final Organizations organizations;

    ScaleInspections(Inspections inspections, Tasks tasks, Users users, Organizations organizations) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.users = users;
        this.organizations = organizations;
    }

    /** How many inspections exist (all of them are visible to the leader). */
    long existing() {
        return inspections.list(leader(), InspectionFilter.none(), PageRequest.of(0, 1)).getTotalElements();
    }

    private TheodoiUser leader() {
        return users.loadUserByUsername("leader");
    }

    /** Writes {@code count} inspections; returns how many recommendations (tasks) they made. */
    int generate(int count, long seed) {
        TheodoiUser leader = leader();
        List<String> targets = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (OrganizationView o : organizations.all()) {
            if (!o.active()) {
                continue;
            }
            if (o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                    || o.type() == OrganizationType.AGENCY && o.parentCode() == null) {
                targets.add(o.code());
            } else if (o.type() == OrganizationType.DEPARTMENT) {
                owners.add(o.code());
            }
        }
        LocalDate today = tasks.today();
        Random r = new Random(seed);
        int recommendations = 0;
        for (int n = 0; n < count; n++) {
            recommendations += one(leader, r, targets, owners, today, n);
        }
        return recommendations;
    }

    private int one(TheodoiUser leader, Random r, List<String> targets, List<String> owners, LocalDate today, int n) {
        LocalDate from = today.minusDays(1095).plusDays(r.nextInt(1460));
        LocalDate to = from.plusDays(10 + r.nextInt(50));
        String target = targets.get(r.nextInt(targets.size()));
        InspectionKind kind = r.nextInt(100) < 70 ? InspectionKind.INSPECTION : InspectionKind.SUPERVISION;
        Clearance classification = r.nextInt(100) < 5 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED;
        Long id = inspections.create(leader, new InspectionForm(kind, SUBJECTS[r.nextInt(SUBJECTS.length)]
                + " (dữ liệu thử tải " + (n + 1) + ")", target, owners.get(r.nextInt(owners.size())), classification,
                from, to, null, Set.of(), classification.isClassified() ? Set.of("specialist") : Set.of()));
        if (!from.isBefore(today)) {
            return 0;
        }
        inspections.start(leader, id, new StartForm(from, version(leader, id)));
        inspections.recordFindings(leader, id, new FindingsForm("Kết quả kiểm tra (dữ liệu thử tải): còn chậm xử lý"
                + " một số vụ việc; việc thu hồi tài sản chưa đạt yêu cầu.", version(leader, id)));
        boolean concluded = to.isBefore(today) && r.nextInt(100) < 80;
        LocalDate madeOn = concluded ? to : today;
        if (concluded) {
            inspections.conclude(leader, id, new ConclusionForm(to, (n % 300 + 1) + "-TB/ĐKT (dữ liệu thử tải)",
                    version(leader, id)));
        }
        int made = r.nextInt(4);
        for (int i = 0; i < made; i++) {
            inspections.recommend(leader, id, new RecommendationForm("Kiến nghị " + (i + 1) + " (dữ liệu thử tải):"
                    + " chỉ đạo xử lý dứt điểm các vụ việc kéo dài", target, madeOn.plusDays(30 + r.nextInt(300)),
                    madeOn));
        }
        return made;
    }

    private long version(TheodoiUser leader, Long id) {
        return inspections.view(leader, id).version();
    }
}
