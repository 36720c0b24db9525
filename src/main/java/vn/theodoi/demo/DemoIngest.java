package vn.theodoi.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.ingest.Ingest;
import vn.theodoi.ingest.ReadForm;
import vn.theodoi.records.Records;

/**
 * Demo mode only: a fictional notice of conclusions, read through the ingest module's public face by the leader,
 * the cases department's specialist and Đà Nẵng's provincial officer, so that each finds on "Đọc văn bản" a text
 * waiting for their decision, with the demo records they may see (and only those) proposed. It names four demo
 * records: two of the cases department in Hà Nội and Hồ Chí Minh City, a secret one the specialist is not
 * cleared for, and a Đà Nẵng committee's matter. Its deadlines are relative to today. Runs after the demo
 * records, only while the leader has read no text.
 */
@Component
@Order(3)
class DemoIngest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIngest.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final Ingest ingest;
    private final Records records;
    private final Users users;
    private final DemoSettings settings;

    DemoIngest(Ingest ingest, Records records, Users users, DemoSettings settings) {
        this.ingest = ingest;
        this.records = records;
        this.users = users;
        this.settings = settings;
    }

    /** The sample text, its deadlines counted from {@code today}. */
    static String sample(LocalDate today) {
        LocalDate soon = today.plusDays(45);
        LocalDate later = today.plusDays(100);
        int quarter = (later.getMonthValue() - 1) / 3 + 1;
        String[] roman = {"I", "II", "III", "IV"};
        return "THÔNG BÁO\n"
                + "Ý kiến kết luận của Thường trực Ban Chỉ đạo Trung ương tại cuộc họp ngày "
                + today.minusDays(2).format(DAY) + " (văn bản mẫu, hư cấu)\n\n"
                + "Thường trực Ban Chỉ đạo đã nghe Ban Nội chính Trung ương báo cáo tiến độ xử lý các vụ án, vụ việc"
                + " trọng điểm. Vụ án vi phạm quy định về đấu thầu xảy ra tại Công ty Cổ phần Thiết bị Y tế Hoàng Long"
                + " đã được khởi tố bổ sung 4 bị can, thiệt hại được xác định hơn 1.200 tỷ đồng. Thường trực Ban Chỉ đạo"
                + " kết luận:\n\n"
                + "1. Bộ Công an khẩn trương kết thúc điều tra vụ án Hoàng Long, chuyển hồ sơ đề nghị truy tố trước ngày "
                + soon.format(DAY) + ".\n\n"
                + "2. Viện kiểm sát nhân dân tối cao chủ trì, phối hợp với Bộ Công an làm rõ vai trò của các cá nhân"
                + " trong vụ án liên quan đến Công ty Cổ phần Tư vấn Thẩm định giá Đông Phong, hoàn thành trong quý "
                + roman[quarter - 1] + "/" + later.getYear() + ".\n\n"
                + "3. Đề nghị Ban Chỉ đạo thành phố Đà Nẵng chỉ đạo xử lý dứt điểm vụ việc tại Ban Quản lý dự án Khu"
                + " kinh tế mở Chu Lai Xanh, báo cáo kết quả về Ban Chỉ đạo Trung ương trong tháng "
                + later.getMonthValue() + "/" + later.getYear() + ".\n\n"
                + "4. Đối với vụ án tại Tổng công ty Thương mại Hàng hải Đại Dương Xanh, Vụ Theo dõi xử lý các vụ án,"
                + " vụ việc theo dõi sát tiến độ điều tra, kịp thời báo cáo Lãnh đạo Ban những vướng mắc phát sinh.\n\n"
                + "5. Ban Nội chính Trung ương theo dõi, đôn đốc việc thực hiện Thông báo này.\n";
    }

    @Override
    public void run(ApplicationArguments args) {
        TheodoiUser leader;
        List<TheodoiUser> readers;
        try {
            leader = users.loadUserByUsername("leader");
            readers = List.of(leader, users.loadUserByUsername("specialist"),
                    users.loadUserByUsername("provincial_officer"));
        } catch (RuntimeException none) {
            return;
        }
        if (!settings.enabled() || records.noneYet() || !ingest.recent(leader, 1).isEmpty()) {
            return;
        }
        String text = sample(records.today());
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        try {
            for (TheodoiUser reader : readers) {
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reader, null,
                        reader.getAuthorities()));
                ingest.read(reader, new ReadForm(text, "Thông báo kết luận (mẫu)", null));
            }
            log.info("Demo data: a sample notice read for {} people (page \"Đọc văn bản\")", readers.size());
        } finally {
            context.setAuthentication(previous);
        }
    }
}
