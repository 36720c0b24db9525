package vn.theodoi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.timelimits.ProcedureAssessor;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * Demo mode only: about sixty fictional cases, matters and crime reports, entered through the
 * records module's public face ({@link Records}) as the demo leader, so that every rule, derived
 * column and audit entry applies.
 * Runs after the demo users, and only while the database holds no record. Every company and
 * person here is invented; dates are relative to today, so overdue records stay overdue.
 */
@Component
@Order(2)
class DemoRecords implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

    /**
     * Procedure histories, as steps {@code TYPE[:ARG]@WHEN}. WHEN is {@code -N} (N days before
     * today), {@code +N} (N days after the previous event), {@code due-N} (N days before the limit
     * in force, at the latest today), {@code soon} (so that the limit it starts ends within the
     * coming days) or {@code late} (so that it ended weeks ago). {@code SPLIT} splits off phase II.
     */
    enum Path {
        NONE(""),
        REPORT("REPORT_RECEIVED@-6"),
        REPORT_LATE("REPORT_RECEIVED@late"),
        REPORT_EXTENDED("REPORT_RECEIVED@-50 REPORT_VERIFICATION_EXTENDED@due-3"),
        INVESTIGATION("CASE_INITIATED@-35"),
        INVESTIGATION_SOON("CASE_INITIATED@soon"),
        INVESTIGATION_LATE("CASE_INITIATED@late"),
        FROM_REPORT("REPORT_RECEIVED@-120 REPORT_VERIFICATION_EXTENDED@due-3 CASE_INITIATED@-70"),
        EXTENDED_ONCE("CASE_INITIATED@-150 INVESTIGATION_EXTENDED@due-12"),
        EXTENDED_TWICE("CASE_INITIATED@-260 INVESTIGATION_EXTENDED@due-12 INVESTIGATION_EXTENDED@due-12"),
        EXTENDED_LATE("CASE_INITIATED@-330 INVESTIGATION_EXTENDED@due-12 INVESTIGATION_EXTENDED@due-12"),
        SUSPENDED("CASE_INITIATED@-210 INVESTIGATION_SUSPENDED@-60"),
        RESUMED("CASE_INITIATED@-320 INVESTIGATION_SUSPENDED@-200 INVESTIGATION_RESUMED@-40"),
        PROSECUTION("CASE_INITIATED@-200 INVESTIGATION_EXTENDED@due-12 INVESTIGATION_CONCLUDED@-8"),
        PROSECUTION_LATE("CASE_INITIATED@-200 INVESTIGATION_CONCLUDED@late"),
        RETURNED_BY_PROCURACY("CASE_INITIATED@-260 INVESTIGATION_CONCLUDED@-62 "
                + "RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY@-45"),
        INDICTED("CASE_INITIATED@-300 INVESTIGATION_CONCLUDED@-60 INDICTED@-40"),
        TRIAL_PREPARATION("CASE_INITIATED@-360 INVESTIGATION_CONCLUDED@-120 INDICTED@-100 FILE_RECEIVED_BY_COURT@-30"),
        TRIAL_PREPARATION_EXTENDED("CASE_INITIATED@-400 INVESTIGATION_CONCLUDED@-160 INDICTED@-140 "
                + "FILE_RECEIVED_BY_COURT@-100 TRIAL_PREPARATION_EXTENDED@due-5"),
        RETURNED_BY_COURT("CASE_INITIATED@-420 INVESTIGATION_CONCLUDED@-150 INDICTED@-130 FILE_RECEIVED_BY_COURT@-60 "
                + "RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT@-20"),
        TRIAL_OPENING("CASE_INITIATED@-420 INVESTIGATION_CONCLUDED@-150 INDICTED@-130 FILE_RECEIVED_BY_COURT@-70 "
                + "TRIAL_DECIDED@-5"),
        JUDGED("CASE_INITIATED@-500 INVESTIGATION_CONCLUDED@-200 INDICTED@-180 FILE_RECEIVED_BY_COURT@-120 "
                + "TRIAL_DECIDED@-40 TRIAL_OPENED@-30 FIRST_INSTANCE_JUDGMENT@-28"),
        APPEAL("CASE_INITIATED@-540 INVESTIGATION_CONCLUDED@-240 INDICTED@-220 FILE_RECEIVED_BY_COURT@-160 "
                + "TRIAL_DECIDED@-80 TRIAL_OPENED@-70 FIRST_INSTANCE_JUDGMENT@-66 APPEAL_FILED@-50"),
        APPEAL_PREPARATION("CASE_INITIATED@-600 INVESTIGATION_CONCLUDED@-300 INDICTED@-280 FILE_RECEIVED_BY_COURT@-220 "
                + "TRIAL_DECIDED@-140 TRIAL_OPENED@-130 FIRST_INSTANCE_JUDGMENT@-126 APPEAL_FILED@-110 "
                + "APPEAL_FILE_RECEIVED:SUPREME@-80"),
        APPEAL_JUDGED("CASE_INITIATED@-700 INVESTIGATION_CONCLUDED@-400 INDICTED@-380 FILE_RECEIVED_BY_COURT@-320 "
                + "TRIAL_DECIDED@-240 TRIAL_OPENED@-230 FIRST_INSTANCE_JUDGMENT@-226 APPEAL_FILED@-210 "
                + "APPEAL_FILE_RECEIVED:PROVINCIAL@-150 APPEAL_TRIAL_OPENED@-105 APPEAL_JUDGMENT@-100"),
        ENFORCEMENT("CASE_INITIATED@-760 INVESTIGATION_CONCLUDED@-460 INDICTED@-440 FILE_RECEIVED_BY_COURT@-380 "
                + "TRIAL_DECIDED@-300 TRIAL_OPENED@-290 FIRST_INSTANCE_JUDGMENT@-286 ENFORCEMENT_STARTED@-200 "
                + "ASSETS_RECOVERED@-45"),
        SPLIT_CASE("CASE_INITIATED@-480 INVESTIGATION_EXTENDED@due-12 INVESTIGATION_CONCLUDED@-230 SPLIT@-225 "
                + "INDICTED@-210 FILE_RECEIVED_BY_COURT@-180 TRIAL_DECIDED@-110 TRIAL_OPENED@-100 "
                + "FIRST_INSTANCE_JUDGMENT@-95 APPEAL_FILED@-80 APPEAL_FILE_RECEIVED:SUPREME@-60"),
        DISMISSED("CASE_INITIATED@-240 INVESTIGATION_CONCLUDED@-90 DISMISSED@-70"),
        CLOSED("CASE_INITIATED@-900 INVESTIGATION_CONCLUDED@-600 INDICTED@-580 FILE_RECEIVED_BY_COURT@-520 "
                + "TRIAL_DECIDED@-450 TRIAL_OPENED@-440 FIRST_INSTANCE_JUDGMENT@-436 ENFORCEMENT_STARTED@-380 "
                + "ASSETS_RECOVERED@-120 CLOSED@-30");

        final List<String> steps;

        Path(String steps) {
            this.steps = steps.isBlank() ? List.of() : List.of(steps.split(" "));
        }
    }

    /**
     * One demo record. {@code owner} is a Commission department (VAVV, DP1 ...; owned by BNCTW) or
     * a provincial steering committee (BCD-48 ...); {@code access} is U, C, S (classification) with
     * "+" when the specialist is on the access list; {@code extras} are letters: L (raised to level
     * 1 later), M (directed milestones), O (obstacles), N (note), R (responsible: the specialist).
     */
    record Demo(RecordKind kind, int level, Severity severity, String access, String owner, String provinces,
            String agencies, String articles, Path path, String company, String extras) {
    }

    private static final Severity LS = Severity.LESS_SERIOUS;
    private static final Severity SE = Severity.SERIOUS;
    private static final Severity VS = Severity.VERY_SERIOUS;
    private static final Severity ES = Severity.ESPECIALLY_SERIOUS;
    private static final RecordKind CA = RecordKind.CASE;
    private static final RecordKind MA = RecordKind.MATTER;
    private static final RecordKind CR = RecordKind.CRIME_REPORT;

    static final List<Demo> DEMOS = List.of(
            new Demo(CA, 1, ES, "U", "VAVV", "VN-01", "BCA-C03 VKSTC TATC", "222 360", Path.SPLIT_CASE, "Công ty Cổ phần Thiết bị Y tế Hoàng Long", "MOR"),
            new Demo(CA, 1, ES, "U", "VAVV", "VN-79", "BCA-C03 VKSTC", "355 219", Path.EXTENDED_TWICE, "Tập đoàn Đầu tư Địa ốc Phúc Thịnh An", "MONR"),
            new Demo(CA, 1, ES, "C+", "VAVV", "VN-01 VN-31", "BCA-C03 VKSTC", "354 358", Path.EXTENDED_LATE, "Công ty Cổ phần Xây dựng Sao Mai Xanh", "MOR"),
            new Demo(CA, 1, VS, "U", "VAVV", "VN-48", "BCA-C03 VKSTC", "222 356", Path.INVESTIGATION_SOON, "Công ty TNHH Công nghệ Giáo dục Bình Minh Việt", "MN"),
            new Demo(CA, 1, ES, "S", "VAVV", "VN-01", "BCA-ANDT VKSTC", "354 353", Path.PROSECUTION, "Tổng công ty Thương mại Hàng hải Đại Dương Xanh", "MO"),
            new Demo(CA, 1, ES, "U", "VAVV", "VN-79 VN-75", "BCA-C03 VKSTC TATC", "355", Path.APPEAL_PREPARATION, "Công ty Cổ phần Tập đoàn Năng lượng Vạn Xuân", "MN"),
            new Demo(CA, 1, ES, "U", "VAVV", "VN-22", "BCA-CSDT VKSTC TATC", "219 360", Path.ENFORCEMENT, "Công ty Cổ phần Than Khoáng sản Hòn Gai Mới", "MON"),
            new Demo(CA, 1, VS, "U", "VAVV", "VN-01", "BCA-C03 VKSTC", "222", Path.TRIAL_OPENING, "Công ty Cổ phần Dược phẩm Thiên Ân", "MR"),
            new Demo(CA, 1, ES, "C", "VAVV", "VN-79", "BCA-CSDT VKSTC", "353 355", Path.RETURNED_BY_PROCURACY, "Ngân hàng Thương mại Cổ phần Phương Nam Thịnh Vượng", "MO"),
            new Demo(CA, 1, ES, "U", "VAVV", "VN-52 VN-56", "BCA-C03 VKSTC TATC", "356 222", Path.APPEAL_JUDGED, "Công ty Cổ phần Đầu tư Hạ tầng Cao Nguyên Vàng", "M"),
            new Demo(CA, 1, VS, "U", "DP2", "VN-48 VN63-49", "BCA-C03 VKS-48", "356", Path.EXTENDED_ONCE, "Ban Quản lý dự án Khu đô thị sinh thái Sông Thu Xanh", "MO"),
            new Demo(CA, 1, ES, "U", "VAVV", "VN-01", "BCA-C03", "354", Path.INVESTIGATION_LATE, "Công ty Cổ phần Kiểm định Phương tiện Đường Việt", "MNR"),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-40", "CA-40 VKS-40", "356", Path.INVESTIGATION, "Công ty TNHH Một thành viên Thủy lợi Lam Giang", "NR"),
            new Demo(CA, 2, VS, "U", "VAVV", "VN-38", "CA-38 VKS-38 TA-38", "222 360", Path.TRIAL_PREPARATION, "Công ty Cổ phần Xây lắp Điện Thanh Sơn", "O"),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-31", "CA-31 VKS-31", "353", Path.SUSPENDED, "Công ty Cổ phần Cảng Biển Đông Triều", "N"),
            new Demo(CA, 2, VS, "U", "VAVV", "VN-24", "CA-24 VKS-24", "355", Path.RESUMED, "Quỹ Đầu tư Phát triển Kinh Bắc Thịnh", "OR"),
            new Demo(CA, 2, SE, "C+", "VAVV", "VN-92", "CA-92 VKS-92", "354", Path.PROSECUTION_LATE, "Công ty Cổ phần Đăng kiểm Miền Tây Sông Hậu", "NR"),
            new Demo(CA, 2, LS, "U", "VAVV", "VN-66", "CA-66 VKS-66 TA-66", "360", Path.JUDGED, "Công ty TNHH Lâm nghiệp Ea Sô Xanh", ""),
            new Demo(CA, 2, VS, "U", "VAVV", "VN-01", "BCA-C03 VKSTC", "222", Path.EXTENDED_ONCE, "Công ty Cổ phần Giải pháp Số Trường An", "MR"),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-79", "BCA-C03 VKSTC", "358", Path.INVESTIGATION_SOON, "Công ty Cổ phần Tư vấn Thẩm định giá Đông Phong", "R"),
            new Demo(CA, 2, VS, "C", "VAVV", "VN-46", "CA-46 VKS-46 TA-46", "219", Path.INDICTED, "Trung tâm Phát triển Quỹ đất Hương Giang Mới", "O"),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-86", "CA-86 VKS-86 TA-86", "222", Path.RETURNED_BY_COURT, "Công ty Cổ phần Vật tư Nông nghiệp Cửu Long Xanh", "N"),
            new Demo(CA, 2, ES, "U", "VAVV", "VN-48", "CA-48 VKS-48 TA-48", "355 219", Path.TRIAL_PREPARATION_EXTENDED, "Công ty Cổ phần Du lịch Biển Sơn Trà Ngọc", "MOR"),
            new Demo(CA, 2, VS, "U", "VAVV", "VN-75", "CA-75 VKS-75 TA-75", "356", Path.APPEAL, "Công ty Cổ phần Khu công nghiệp Long Thành Phát", ""),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-01", "BCA-C03 VKSTC", "357", Path.DISMISSED, "Công ty TNHH Dịch vụ Công ích Hồ Tây Xanh", "N"),
            new Demo(CA, 2, VS, "U", "VAVV", "VN-15", "CA-15 VKS-15 TA-15", "219 360", Path.CLOSED, "Công ty Cổ phần Khoáng sản Hoàng Liên Phát", ""),
            new Demo(CA, 2, LS, "U", "DP1", "VN-19", "CA-19 VKS-19", "360", Path.INVESTIGATION_LATE, "Công ty Cổ phần Môi trường Đô thị Sông Cầu", "N"),
            new Demo(CA, 2, SE, "U", "DP1", "VN-25", "CA-25 VKS-25", "353", Path.EXTENDED_ONCE, "Ban Quản lý dự án Đầu tư xây dựng Đền Hùng Mới", "M"),
            new Demo(CA, 2, VS, "S", "DP2", "VN-44", "CA-44 VKS-44", "354", Path.EXTENDED_TWICE, "Công ty Cổ phần Đầu tư Cửa khẩu Lao Bảo Xanh", "O"),
            new Demo(CA, 2, SE, "U", "DP2", "VN-51", "CA-51 VKS-51 TA-51", "222", Path.TRIAL_OPENING, "Công ty TNHH Cơ khí Đóng tàu Dung Quất Việt", ""),
            new Demo(CA, 2, VS, "U", "DP3", "VN-91", "CA-91 VKS-91", "355", Path.PROSECUTION, "Công ty Cổ phần Lương thực Thất Sơn Vàng", "N"),
            new Demo(CA, 2, SE, "U", "DP3", "VN-96", "CA-96 VKS-96", "219", Path.RESUMED, "Công ty Cổ phần Thủy sản Mũi Cà Mau Xanh", ""),
            new Demo(MA, 2, SE, "U", "VAVV", "VN-37", "TTCP BCA-C03", "356", Path.INVESTIGATION, "Công ty Cổ phần Đầu tư Sân golf Tràng An Ngọc", "MNR"),
            new Demo(MA, 2, null, "U", "VAVV", "VN-01", "KTNN", "", Path.NONE, "Tổng công ty Xây dựng Công trình Thăng Long Mới", "ON"),
            new Demo(MA, 2, null, "U", "VAVV", "VN-79", "TTCP", "", Path.NONE, "Công ty Cổ phần Bất động sản Sài Gòn Kim Cương", "OR"),
            new Demo(MA, 1, null, "C", "VAVV", "VN-01 VN-79", "UBKTTW TTCP", "", Path.NONE, "Tập đoàn Viễn thông Bầu Trời Số", "MN"),
            new Demo(MA, 2, null, "U", "DP1", "VN-33", "KTNN", "", Path.NONE, "Ban Quản lý dự án Khu công nghiệp Phố Hiến Xanh", "O"),
            new Demo(MA, 3, null, "U", "BCD-48", "VN-48", "", "", Path.NONE, "Công ty Cổ phần Đầu tư Cảng cá Thọ Quang Mới", "N"),
            new Demo(MA, 3, SE, "U", "BCD-48", "VN63-49", "CA-48 VKS-48", "356", Path.INVESTIGATION_SOON, "Ban Quản lý dự án Khu kinh tế mở Chu Lai Xanh", "L"),
            new Demo(CR, 2, null, "U", "VAVV", "VN-01", "BCA-C03", "", Path.REPORT, "Công ty Cổ phần Thiết bị Giáo dục Ánh Dương", "R"),
            new Demo(CR, 2, null, "U", "VAVV", "VN-79", "BCA-C03", "", Path.REPORT_EXTENDED, "Công ty TNHH Xét nghiệm Sinh học Tâm Việt", "N"),
            new Demo(CR, 2, null, "U", "VAVV", "VN-56", "CA-56", "", Path.REPORT_LATE, "Công ty Cổ phần Du lịch Vịnh Cam Ranh Ngọc", ""),
            new Demo(CR, 3, null, "U", "BCD-48", "VN-48", "CA-48", "", Path.REPORT, "Công ty TNHH Vận tải Biển Tiên Sa", ""),
            new Demo(CR, 3, VS, "U", "BCD-48", "VN63-49", "CA-48 VKS-48", "353", Path.FROM_REPORT, "Công ty Cổ phần Phát triển Nông thôn Thu Bồn Xanh", "N"),
            new Demo(CR, 3, null, "U", "BCD-79", "VN-79", "CA-79", "", Path.REPORT_EXTENDED, "Công ty TNHH Thương mại Dịch vụ Bến Nghé Phát", ""),
            new Demo(CA, 3, SE, "U", "BCD-48", "VN-48", "CA-48 VKS-48", "355", Path.EXTENDED_ONCE, "Công ty Cổ phần Môi trường Đô thị Hàn Giang", "MO"),
            new Demo(CA, 3, VS, "C", "BCD-48", "VN-48", "CA-48 VKS-48 TA-48", "222", Path.TRIAL_PREPARATION, "Công ty TNHH Thiết bị Y tế Ngũ Hành Sơn", "N"),
            new Demo(CA, 3, LS, "U", "BCD-48", "VN63-49", "CA-48 VKS-48", "360", Path.INVESTIGATION_LATE, "Ban Quản lý dự án Đầu tư xây dựng huyện Hòa Sơn Mới", ""),
            new Demo(CA, 3, SE, "U", "BCD-48", "VN63-48", "CA-48 VKS-48 TA-48", "353", Path.ENFORCEMENT, "Công ty Cổ phần Cấp nước Sông Hàn Xanh", ""),
            new Demo(CA, 3, SE, "U", "BCD-01", "VN-01", "CA-01 VKS-01", "356", Path.INVESTIGATION, "Công ty Cổ phần Đầu tư Phát triển Nhà Tây Hồ Mới", ""),
            new Demo(CA, 3, VS, "U", "BCD-79", "VN-79", "CA-79 VKS-79 TA-79", "355", Path.JUDGED, "Công ty Cổ phần Địa ốc Thủ Thiêm Ngọc", "N"),
            new Demo(CA, 3, LS, "U", "BCD-40", "VN-40", "CA-40 VKS-40", "360", Path.SUSPENDED, "Công ty TNHH Một thành viên Lâm nghiệp Con Cuông Xanh", ""),
            new Demo(CA, 3, SE, "U", "BCD-22", "VN-22", "CA-22 VKS-22", "219", Path.PROSECUTION_LATE, "Công ty Cổ phần Vận tải Thủy Hạ Long Phát", "O"),
            new Demo(CA, 3, VS, "U", "BCD-52", "VN-52", "CA-52 VKS-52", "222", Path.EXTENDED_TWICE, "Công ty Cổ phần Cà phê Pleiku Vàng", ""),
            new Demo(CA, 3, SE, "U", "BCD-92", "VN-92", "CA-92 VKS-92 TA-92", "353", Path.APPEAL_PREPARATION, "Công ty Cổ phần Xuất nhập khẩu Tây Đô Thịnh", ""),
            new Demo(CA, 3, LS, "U", "BCD-68", "VN-68", "CA-68 VKS-68", "356", Path.RETURNED_BY_PROCURACY, "Công ty TNHH Nông sản Cao nguyên Lâm Viên", ""),
            new Demo(CA, 3, SE, "U", "BCD-42", "VN-42", "CA-42 VKS-42", "357", Path.DISMISSED, "Công ty Cổ phần Khai thác Đá Hồng Lĩnh Mới", ""),
            new Demo(CA, 1, ES, "C+", "VAVV", "VN-01", "BCA-C03 VKSTC", "353 219", Path.INVESTIGATION_SOON, "Tổng công ty Hóa chất Kim Liên Phát", "MR"),
            new Demo(CA, 2, VS, "S", "VAVV", "VN-79", "BCA-CSDT VKSTC", "354", Path.INVESTIGATION_LATE, "Công ty Cổ phần Chứng khoán Rồng Bạc Phương Nam", "O"),
            new Demo(CA, 2, SE, "U", "VAVV", "VN-48", "BCA-C03 VKS-48", "358", Path.PROSECUTION, "Công ty Cổ phần Đầu tư Bán đảo Hải Vân Xanh", "NR"));

    private static final String[] TITLES_BY_ARTICLE = {
        "222", "Vụ án vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng xảy ra tại %s và các đơn vị liên quan",
        "353", "Vụ án tham ô tài sản xảy ra tại %s",
        "354", "Vụ án nhận hối lộ liên quan đến %s",
        "355", "Vụ án lợi dụng chức vụ, quyền hạn chiếm đoạt tài sản xảy ra tại %s",
        "356", "Vụ án lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ xảy ra tại %s và các đơn vị liên quan",
        "357", "Vụ án lạm quyền trong khi thi hành công vụ xảy ra tại %s",
        "358", "Vụ án lợi dụng chức vụ, quyền hạn gây ảnh hưởng đối với người khác để trục lợi liên quan đến %s",
        "219", "Vụ án vi phạm quy định về quản lý, sử dụng tài sản nhà nước gây thất thoát, lãng phí xảy ra tại %s",
        "360", "Vụ án thiếu trách nhiệm gây hậu quả nghiêm trọng xảy ra tại %s",
    };

    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lưu", "Mai"};
    static final String[] MIDDLE_NAMES = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Công",
        "Thu", "Hoài", "Trọng", "Kim", "Bá"};
    static final String[] GIVEN_NAMES = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa",
        "Hùng", "Khải", "Khánh", "Lâm", "Linh", "Long", "Mạnh", "Nam", "Nga", "Phong", "Phúc", "Quân", "Quyết",
        "Sơn", "Tâm", "Thắng", "Thảo", "Thành", "Toàn", "Trung", "Tuấn", "Vinh", "Yến"};
    static final String[] COMPANY_POSITIONS = {"Chủ tịch Hội đồng quản trị", "Tổng Giám đốc", "Phó Tổng Giám đốc",
        "Kế toán trưởng", "Giám đốc Ban Quản lý dự án", "Trưởng phòng Kế hoạch - Đầu tư", "Giám đốc tài chính",
        "Trưởng phòng Vật tư"};
    static final String[] OFFICIAL_POSITIONS = {"Phó Chủ tịch Ủy ban nhân dân", "Giám đốc Sở", "Phó Giám đốc Sở",
        "Chánh Văn phòng", "Trưởng phòng Quản lý đô thị", "Chuyên viên Phòng Tài nguyên và Môi trường"};
    static final String[] OFFICIAL_UNITS = {"Ban Quản lý các dự án trọng điểm (hư cấu)", "Sở Kế hoạch và Đầu tư (hư cấu)",
        "Ủy ban nhân dân huyện Tân Phú Mới (hư cấu)", "Sở Tài chính (hư cấu)"};

    private final Records records;
    private final ProcedureClock clock;
    private final Users users;
    private final DemoSettings settings;

    DemoRecords(Records records, ProcedureClock clock, Users users, DemoSettings settings) {
        this.records = records;
        this.clock = clock;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || !records.noneYet()) {
            return;
        }
        long started = System.nanoTime();
        TheodoiUser leader = users.loadUserByUsername("leader");
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(leader, null,
                leader.getAuthorities()));
        try {
            Loader loader = new Loader(leader);
            for (int i = 0; i < DEMOS.size(); i++) {
                loader.load(i, DEMOS.get(i));
            }
            log.info("Demo data: {} fictional records loaded in {} ms", DEMOS.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** Enters the demo records one by one, as the leader would. */
    private final class Loader {

        private final TheodoiUser leader;
        private final LocalDate today = clock.today();
        private final ProcedureAssessor law = clock.assessor();

        Loader(TheodoiUser leader) {
            this.leader = leader;
        }

        void load(int index, Demo demo) {
            Random random = new Random(2026L * 1000 + index);
            List<String> articles = split(demo.articles());
            String title = title(demo, articles);
            boolean commission = !demo.owner().startsWith("BCD");
            Clearance classification = switch (demo.access().charAt(0)) {
                case 'C' -> Clearance.CONFIDENTIAL;
                case 'S' -> Clearance.SECRET;
                default -> Clearance.UNCLASSIFIED;
            };
            Set<String> readers = demo.access().endsWith("+") ? Set.of("specialist") : Set.of();
            int level = demo.extras().contains("L") ? 3 : demo.level();
            LocalDate since = today.minusDays(400 + random.nextInt(200));
            RecordForm form = new RecordForm(demo.kind(), null, title, summary(demo, random), level, since,
                    level == 1 ? "Kết luận phiên họp Thường trực Ban Chỉ đạo (hư cấu) số " + (10 + index) + "-TB/BCĐ"
                            : "Quyết định đưa vào diện theo dõi số " + (100 + index) + "/QĐ (hư cấu)",
                    demo.severity(), classification, commission ? "BNCTW" : demo.owner(),
                    commission ? "BNCTW-" + demo.owner() : null,
                    demo.extras().contains("R") ? "specialist" : null, new LinkedHashSet<>(split(demo.provinces())),
                    new LinkedHashSet<>(split(demo.agencies())), new LinkedHashSet<>(articles), readers, null);
            Long id = records.create(leader, form);
            if (demo.extras().contains("L")) {
                records.changeLevel(leader, id, new LevelForm(1, today.minusDays(20),
                        "Kết luận phiên họp Ban Chỉ đạo (hư cấu) số " + (40 + index) + "-KL/BCĐ",
                        "Đưa vào diện Ban Chỉ đạo Trung ương theo dõi, chỉ đạo"));
            }
            // the persons are drawn first (as before), added once the events give their procedural dates
            List<PersonForm> persons = persons(demo, random);
            events(id, title, demo, random);
            addPersons(id, persons);
            money(id, demo, random);
            if (demo.extras().contains("M")) {
                milestones(id, demo, random);
            }
            if (demo.extras().contains("O")) {
                obstacles(id, random);
            }
            if (demo.extras().contains("N")) {
                records.addNote(leader, id, new NoteForm(NOTES[random.nextInt(NOTES.length)]));
            }
        }

        private void events(Long id, String title, Demo demo, Random random) {
            List<ProcedureEvent> history = new ArrayList<>();
            LocalDate last = null;
            for (String step : demo.path().steps) {
                String[] at = step.split("@");
                String[] typeAndArg = at[0].split(":");
                EventType type = EventType.valueOf(typeAndArg[0]);
                String arg = typeAndArg.length > 1 ? typeAndArg[1] : null;
                ProcedureEvent event = new ProcedureEvent(type, null, null, null,
                        "PROCURACY".equals(arg) || "COURT".equals(arg) ? ReturnedBy.valueOf(arg) : null,
                        "HIGH".equals(arg) || "PROVINCIAL".equals(arg) || "SUPREME".equals(arg)
                                ? CourtLevel.valueOf(arg) : null);
                LocalDate date = date(at[1], demo.severity(), history, event, last);
                String grantor = grantor(type, demo, history);
                event = new ProcedureEvent(type, date, null, null, event.returnedBy(), event.courtLevel(), null, grantor);
                if (type == EventType.SPLIT) {
                    phaseTwo(id, title, date, random);
                } else {
                    records.addEvent(leader, id, new EventInput(type, date, null, null, event.returnedBy(),
                            event.courtLevel(), documentRef(type, date, random), null, null, grantor));
                }
                history.add(event);
                last = date;
            }
        }

        /**
         * Who grants an extension: the investigation body prolongs a crime report's verification, the
         * procuracy extends it and the investigation, the court its trial preparation (the record's own
         * agencies, else the central ones).
         */
        private String grantor(EventType type, Demo demo, List<ProcedureEvent> history) {
            List<String> agencies = split(demo.agencies());
            return switch (type) {
                case REPORT_VERIFICATION_EXTENDED -> history.stream()
                        .anyMatch(e -> e.type() == EventType.REPORT_VERIFICATION_EXTENDED)
                                ? first(agencies, "VKS", "VKSTC") : first(agencies, "CA-", first(agencies, "BCA-", "BCA-C03"));
                case INVESTIGATION_EXTENDED, PROSECUTION_EXTENDED -> first(agencies, "VKS", "VKSTC");
                case TRIAL_PREPARATION_EXTENDED -> first(agencies, "TA", "TATC");
                default -> null;
            };
        }

        private static String first(List<String> codes, String prefix, String otherwise) {
            return codes.stream().filter(c -> c.startsWith(prefix)).findFirst().orElse(otherwise);
        }

        /** The date a step names; never in the future and never before the previous event. */
        private LocalDate date(String when, Severity severity, List<ProcedureEvent> history, ProcedureEvent event,
                LocalDate last) {
            LocalDate date;
            if (when.startsWith("due-")) {
                LocalDate due = law.assess(severity, history).currentLimit().map(TimeLimit::dueDate).orElse(today);
                date = due.minusDays(Integer.parseInt(when.substring(4)));
            } else if (when.equals("soon") || when.equals("late")) {
                // the latest start whose limit ends by the target day
                LocalDate target = when.equals("soon") ? today.plusDays(8) : today.minusDays(25);
                date = today;
                while (true) {
                    List<ProcedureEvent> trial = new ArrayList<>(history);
                    trial.add(new ProcedureEvent(event.type(), date, null, null, event.returnedBy(), event.courtLevel()));
                    LocalDate due = law.assess(severity, trial).currentLimit().map(TimeLimit::dueDate).orElseThrow();
                    if (!due.isAfter(target)) {
                        break;
                    }
                    date = date.minusDays(1);
                }
            } else if (when.startsWith("+")) {
                date = last.plusDays(Integer.parseInt(when.substring(1)));
            } else {
                date = today.plusDays(Integer.parseInt(when));
            }
            if (date.isAfter(today)) {
                date = today;
            }
            return last != null && date.isBefore(last) ? last : date;
        }

        /** Phase II (giai đoạn II) of a split case: a new record with its own investigation. */
        private void phaseTwo(Long parentId, String parentTitle, LocalDate on, Random random) {
            Long child = records.split(leader, parentId, new SplitForm(null, parentTitle + " (giai đoạn II)",
                    "Vụ án tách ra ở giai đoạn II để tiếp tục điều tra hành vi của các đối tượng liên quan "
                            + "tại các đơn vị thành viên.", on));
            records.addEvent(leader, child, new EventInput(EventType.CASE_INITIATED, on, null, null, null,
                    null, documentRef(EventType.CASE_INITIATED, on, random), null));
            LocalDate due = records.view(leader, child).procedure().currentLimit().orElseThrow().dueDate();
            LocalDate extended = due.minusDays(12).isAfter(today) ? today : due.minusDays(12);
            records.addEvent(leader, child, new EventInput(EventType.INVESTIGATION_EXTENDED, extended, null,
                    null, null, null, documentRef(EventType.INVESTIGATION_EXTENDED, extended, random), null, null,
                    "VKSTC"));
            records.addPerson(leader, child, new PersonForm(name(random), ProceduralRole.SUSPECT,
                    "Giám đốc Công ty thành viên", "Công ty TNHH Thương mại Thiết bị Hoàng Long Miền Nam",
                    random.nextBoolean(), false, on, null, null, null, null));
        }

        /** Adds the persons with procedural dates taken from the record's events in force. */
        private void addPersons(Long id, List<PersonForm> persons) {
            List<ProcedureEvent> events = records.view(leader, id).events().stream()
                    .filter(RecordView.Event::isCurrent)
                    .map(e -> new ProcedureEvent(e.type(), e.date(), null, null, null, null, null, null)).toList();
            for (int i = 0; i < persons.size(); i++) {
                records.addPerson(leader, id, withDates(persons.get(i), i, events, today));
            }
        }

        private List<PersonForm> persons(Demo demo, Random random) {
            List<PersonForm> persons = new ArrayList<>();
            int count = demo.kind() == RecordKind.CRIME_REPORT ? 1 : 2 + random.nextInt(4);
            boolean judged = demo.path().ordinal() >= Path.TRIAL_PREPARATION.ordinal()
                    && demo.path() != Path.DISMISSED;
            for (int i = 0; i < count; i++) {
                boolean official = i % 2 == 1;
                ProceduralRole role = demo.kind() != RecordKind.CASE ? ProceduralRole.INVOLVED
                        : judged ? ProceduralRole.DEFENDANT : ProceduralRole.SUSPECT;
                String position = official ? OFFICIAL_POSITIONS[random.nextInt(OFFICIAL_POSITIONS.length)]
                        : COMPANY_POSITIONS[random.nextInt(COMPANY_POSITIONS.length)];
                String organization = official ? OFFICIAL_UNITS[random.nextInt(OFFICIAL_UNITS.length)] : demo.company();
                boolean centralCadre = official && demo.level() == 1 && i == 1;
                persons.add(new PersonForm(name(random), role, position, organization,
                        official || random.nextInt(3) == 0, centralCadre, null, null, null, null, null));
            }
            return persons;
        }

        private void money(Long id, Demo demo, Random random) {
            if (demo.kind() == RecordKind.CRIME_REPORT) {
                return;
            }
            long damage = (5 + random.nextInt(demo.level() == 1 ? 4000 : 400)) * 1_000_000_000L
                    + random.nextInt(1000) * 1_000_000L;
            LocalDate asOf = today.minusDays(30 + random.nextInt(200));
            records.addMoney(leader, id, new MoneyForm(MoneyKind.DAMAGE, damage, asOf, "Theo kết luận giám định"));
            if (demo.path() != Path.NONE) {
                long seized = damage / 100 * (20 + random.nextInt(60));
                records.addMoney(leader, id, new MoneyForm(MoneyKind.SEIZED, seized, asOf.plusDays(10),
                        "Kê biên, phong tỏa tài sản, tài khoản"));
                if (demo.path().ordinal() >= Path.INDICTED.ordinal()) {
                    records.addMoney(leader, id, new MoneyForm(MoneyKind.RECOVERED, seized / 100 * (30 + random.nextInt(70)),
                            asOf.plusDays(20), "Các bị can tự nguyện nộp lại, khắc phục hậu quả"));
                }
            }
        }

        private void milestones(Long id, Demo demo, Random random) {
            String by = demo.level() == 1 ? "Thường trực Ban Chỉ đạo Trung ương" : "Ban Nội chính Trung ương";
            LocalDate achievedTarget = today.minusDays(60 + random.nextInt(60));
            LocalDate missedTarget = today.minusDays(5 + random.nextInt(20));
            LocalDate nextTarget = today.plusDays(30 + random.nextInt(90));
            records.addMilestone(leader, id, new MilestoneForm("Hoàn thành giám định thiệt hại trước "
                    + dm(achievedTarget), achievedTarget, by));
            records.addMilestone(leader, id, new MilestoneForm("Kết thúc điều tra, chuyển hồ sơ đề nghị truy tố trước "
                    + dm(missedTarget), missedTarget, by));
            records.addMilestone(leader, id, new MilestoneForm("Đưa vụ án ra xét xử sơ thẩm trước " + dm(nextTarget),
                    nextTarget, by));
            RecordView.Milestone first = records.view(leader, id).milestones().get(0);
            records.achieveMilestone(leader, id, first.id(),
                    new AchievementForm(achievedTarget.minusDays(random.nextInt(10)), first.version()));
        }

        private void obstacles(Long id, Random random) {
            records.addObstacle(leader, id, new ObstacleForm("Chậm trưng cầu, trả kết luận giám định, định giá tài sản",
                    today.minusDays(120 + random.nextInt(60))));
            records.addObstacle(leader, id, new ObstacleForm("Đối tượng liên quan đang ở nước ngoài, chưa triệu tập được",
                    today.minusDays(20 + random.nextInt(40))));
            RecordView.Obstacle first = records.view(leader, id).obstacles().get(0);
            records.resolveObstacle(leader, id, first.id(), new ResolutionForm(
                    "Ban Nội chính Trung ương chủ trì họp liên ngành, thống nhất phương pháp giám định; "
                            + "cơ quan giám định đã trả kết luận", first.raisedOn().plusDays(45), first.version()));
        }

        private String documentRef(EventType type, LocalDate date, Random random) {
            return switch (type) {
                case CASE_INITIATED -> "Quyết định khởi tố vụ án số " + (1 + random.nextInt(300)) + "/QĐ-CSĐT";
                case INVESTIGATION_EXTENDED -> "Quyết định gia hạn điều tra số " + (1 + random.nextInt(300)) + "/VKS";
                case INVESTIGATION_CONCLUDED -> "Bản kết luận điều tra số " + (1 + random.nextInt(300)) + "/KLĐT";
                case INDICTED -> "Cáo trạng số " + (1 + random.nextInt(300)) + "/CT-VKS";
                case FIRST_INSTANCE_JUDGMENT -> "Bản án hình sự sơ thẩm số " + (1 + random.nextInt(300)) + "/"
                        + date.getYear() + "/HS-ST";
                case APPEAL_JUDGMENT -> "Bản án hình sự phúc thẩm số " + (1 + random.nextInt(300)) + "/"
                        + date.getYear() + "/HS-PT";
                default -> null;
            };
        }
    }

    private static final String[] NOTES = {
        "Đã làm việc với Cơ quan điều tra; dự kiến kết thúc điều tra đúng thời hạn chỉ đạo.",
        "Đề nghị cơ quan tiến hành tố tụng tập trung thu hồi tài sản bị chiếm đoạt, thất thoát.",
        "Thường trực Ban Chỉ đạo yêu cầu khẩn trương hoàn thành giám định, định giá tài sản.",
        "Địa phương báo cáo tiến độ xử lý, đã kê biên một phần tài sản của các đối tượng.",
        "Cần phối hợp với Viện kiểm sát nhân dân tối cao để thống nhất tội danh.",
    };

    private static String title(Demo demo, List<String> articles) {
        return switch (demo.kind()) {
            case CASE -> String.format(caseTitle(articles.isEmpty() ? "356" : articles.get(0)), demo.company());
            case MATTER -> "Vụ việc có dấu hiệu vi phạm trong quản lý, sử dụng vốn, đất đai và tài sản nhà nước tại "
                    + demo.company();
            case CRIME_REPORT -> "Tố giác về dấu hiệu tham nhũng trong mua sắm, đấu thầu tại " + demo.company();
        };
    }

    static String caseTitle(String article) {
        for (int i = 0; i < TITLES_BY_ARTICLE.length; i += 2) {
            if (TITLES_BY_ARTICLE[i].equals(article)) {
                return TITLES_BY_ARTICLE[i + 1];
            }
        }
        return TITLES_BY_ARTICLE[9];
    }

    private static String summary(Demo demo, Random random) {
        return "Quá trình thực hiện các dự án, gói thầu giai đoạn " + (2015 + random.nextInt(6)) + "–"
                + (2021 + random.nextInt(4)) + ", một số cán bộ của " + demo.company()
                + " và các đơn vị liên quan có dấu hiệu vi phạm quy định, gây thất thoát, lãng phí tài sản nhà nước. "
                + "Dữ liệu minh họa: mọi tổ chức, cá nhân đều là hư cấu.";
    }

    /**
     * The person with procedural dates consistent with the record's events (in force): a suspect or defendant
     * of a case is charged on the initiation (the second and third a few weeks later, never after the next step
     * or today), indicted with the indictment, tried on the days of the first-instance and appeal judgments.
     * Other persons, and records without an initiation, get no dates. Consumes no randomness.
     */
    static PersonForm withDates(PersonForm person, int index, List<ProcedureEvent> events, LocalDate today) {
        if (person.proceduralRole() == ProceduralRole.INVOLVED) {
            return person;
        }
        LocalDate initiated = null;
        LocalDate indicted = null;
        LocalDate firstInstance = null;
        LocalDate appeal = null;
        for (ProcedureEvent e : events) {
            switch (e.type()) {
                case CASE_INITIATED -> initiated = initiated == null ? e.date() : initiated;
                case INDICTED -> indicted = later(indicted, e.date());
                case FIRST_INSTANCE_JUDGMENT -> firstInstance = later(firstInstance, e.date());
                case APPEAL_JUDGMENT -> appeal = later(appeal, e.date());
                default -> {
                }
            }
        }
        if (initiated == null) {
            return person;
        }
        LocalDate next = indicted != null ? indicted : firstInstance != null ? firstInstance : today;
        LocalDate charged = initiated.plusDays(15L * (index % 3));
        if (charged.isAfter(next)) {
            charged = initiated.isAfter(next) ? next : initiated;
        }
        boolean tried = person.proceduralRole() == ProceduralRole.DEFENDANT;
        LocalDate[] dates = {charged, indicted, tried ? firstInstance : null, tried ? appeal : null};
        // a history that went back (a judgment annulled, a new indictment) keeps only the dates in order
        LocalDate latest = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] != null && latest != null && dates[i].isBefore(latest)) {
                dates[i] = null;
            } else if (dates[i] != null) {
                latest = dates[i];
            }
        }
        return new PersonForm(person.fullName(), person.proceduralRole(), person.position(),
                person.organizationName(), person.partyMember(), person.centralCadre(), dates[0], dates[1], dates[2],
                dates[3], person.version());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE_NAMES[random.nextInt(MIDDLE_NAMES.length)] + " "
                + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
    }

    private static String dm(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.trim().split(" +"));
    }
}
