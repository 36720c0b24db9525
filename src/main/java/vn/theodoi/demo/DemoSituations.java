package vn.theodoi.demo;

import java.time.LocalDate;
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
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationForm;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;
import vn.theodoi.situations.Situations;

/**
 * Demo mode only: about 40 fictional hot spots across the provinces, of every type, severity and
 * status, with follow-up entries, reported through the situations facade by the demo leader and by
 * Đà Nẵng's officer. Places and events are invented. Runs only while the leader sees no hot spot.
 * Dates are relative to today.
 */
@Component
@Order(3)
class DemoSituations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSituations.class);

    /** A fictional place, scale and summary. */
    record Sample(String place, String scale, String summary) {
    }

    static final Sample[] SAMPLES = {
        new Sample("Trước trụ sở UBND xã Tân Hòa", "khoảng 120 người",
                "Người dân tập trung kiến nghị về giá bồi thường khi thu hồi đất làm khu dân cư mới"),
        new Sample("Cổng Công ty TNHH May mặc Hòa Phát Lộc (hư cấu)", "khoảng 800 công nhân",
                "Công nhân ngừng việc tập thể, yêu cầu trả lương và đóng bảo hiểm xã hội còn nợ"),
        new Sample("Khu tái định cư Bắc Sơn Thủy", "35 hộ dân",
                "Các hộ dân khiếu nại kéo dài về diện tích đất tái định cư, đã qua nhiều cấp giải quyết"),
        new Sample("Bãi cát ven sông thôn Đông Xuyên", "2 nhóm, khoảng 40 người",
                "Xô xát giữa hai nhóm khai thác cát trái phép, có người bị thương"),
        new Sample("Trụ sở Ban quản lý dự án đường vành đai", "khoảng 60 người",
                "Người dân phản đối việc thi công khi chưa nhận đủ tiền hỗ trợ di dời"),
        new Sample("Chợ đầu mối nông sản Phú An", "khoảng 200 tiểu thương",
                "Tiểu thương đóng cửa hàng phản đối mức phí thuê ki-ốt mới"),
        new Sample("Nhà máy xử lý rác thải Đồng Lư (hư cấu)", "khoảng 300 người",
                "Người dân chặn xe chở rác, phản ánh ô nhiễm mùi kéo dài"),
        new Sample("Trụ sở Tiếp công dân của tỉnh", "12 người đại diện",
                "Đoàn đông người khiếu nại về việc cấp giấy chứng nhận quyền sử dụng đất"),
        new Sample("Dự án khu đô thị Hồ Xanh (hư cấu)", "khoảng 150 khách hàng",
                "Khách hàng tập trung đòi bàn giao căn hộ chậm tiến độ hơn hai năm"),
        new Sample("Bến xe khách phía Nam thành phố", "khoảng 50 lái xe",
                "Lái xe công nghệ tụ tập phản đối thay đổi phân luồng giao thông")};

    private static final String[] PROVINCES = {"VN-01", "VN-79", "VN-48", "VN-31", "VN-22", "VN-40", "VN-38",
        "VN-66", "VN-52", "VN-92", "VN-91", "VN-96", "VN-15", "VN-11", "VN-24", "VN-75", "VN-80", "VN-56", "VN-46",
        "VN-44", "VN-68", "VN-86"};

    private final Situations situations;
    private final Users users;
    private final DemoSettings settings;

    DemoSituations(Situations situations, Users users, DemoSettings settings) {
        this.situations = situations;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        TheodoiUser leader;
        TheodoiUser officer;
        try {
            leader = users.loadUserByUsername("leader");
            officer = users.loadUserByUsername("provincial_officer");
        } catch (RuntimeException none) {
            return;
        }
        if (!settings.enabled()
                || !situations.search(leader, SituationFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = situations.today();
        Random random = new Random(2026_11);
        SituationType[] types = SituationType.values();
        int n = 0;
        for (int i = 0; i < 40; i++) {
            String province = PROVINCES[i % PROVINCES.length];
            Sample sample = SAMPLES[(i * 7) % SAMPLES.length];
            LocalDate occurred = today.minusDays(i < 12 ? random.nextInt(10) : 10 + random.nextInt(300));
            int severity = i % 5 == 0 ? 3 : i % 3 == 0 ? 2 : 1;
            TheodoiUser by = "VN-48".equals(province) && i % 2 == 0 ? officer : leader;
            Clearance classification = i % 13 == 5 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED;
            Long id = situations.report(by, new SituationForm(types[i % types.length], province, sample.place(),
                    occurred, sample.scale(), severity, sample.summary(), classification,
                    classification.isClassified() ? Set.of("provincial_officer", "specialist") : Set.of()));
            n++;
            long age = today.toEpochDay() - occurred.toEpochDay();
            if (age == 0 || i % 4 == 1) {
                continue; // still open, nothing reported since
            }
            LocalDate handled = occurred.plusDays(1 + random.nextInt((int) Math.min(age, 5)));
            follow(by, id, handled, "Địa phương đã thành lập tổ công tác, tổ chức đối thoại với người dân",
                    SituationStatus.BEING_HANDLED);
            if (i >= 12 && i % 4 != 3 && handled.isBefore(today)) {
                LocalDate done = handled.plusDays(1 + random.nextInt((int) Math.min(today.toEpochDay()
                        - handled.toEpochDay(), 30)));
                follow(by, id, done, "Các kiến nghị chính đáng đã được giải quyết, tình hình ổn định",
                        SituationStatus.RESOLVED);
            }
        }
        log.info("Demo data: {} hot spots loaded in {} ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    private void follow(TheodoiUser by, Long id, LocalDate date, String text, SituationStatus status) {
        long version = situations.view(by, id).version();
        situations.addUpdate(by, id, new UpdateForm(date, text, status, version));
    }
}
