package vn.theodoi.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.DayOffCalendar;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ProcedureViolation;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.BulkRecords;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordDraft;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * A large, realistic and entirely fictional data set of records, for load tests and benchmarks.
 * Each record's procedure history is a lawful random walk through the {@link DeadlineEngine} with
 * the stored rule table and working-day calendar; the record itself is written by
 * {@link BulkRecords}, whose aggregate derives the stage, due dates, totals and search key as it
 * does for every record. The same seed gives the same data.
 */
@Component
class ScaleData {

    static final String CREATED_BY = "generator";

    private final BulkRecords bulk;
    private final ProcedureClock clock;
    private final WorkingDayCalendar calendar;
    private final Organizations organizations;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    ScaleData(BulkRecords bulk, ProcedureClock clock, WorkingDayCalendar calendar, Organizations organizations,
            DataSource dataSource, JdbcTemplate jdbc) {
        this.bulk = bulk;
        this.clock = clock;
        this.calendar = calendar;
        this.organizations = organizations;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Generates {@code count} records whose codes start with {@code prefix}. */
    BulkRecords.Result generate(int count, long seed, String prefix) {
        Reference ref = new Reference(organizations.directory());
        DeadlineEngine engine = clock.engine();
        DayOffCalendar days = ProcedureClock.dayOffCalendar(calendar.snapshot());
        LocalDate today = clock.today();
        Random random = new Random(seed);
        return bulk.write(count, number -> new Walk(random, ref, engine, days, today, number, prefix).draft());
    }

    /**
     * Runs VACUUM ANALYZE on PostgreSQL over the tables written: the planner learns their sizes, and
     * the visibility map lets counts use index-only scans right away rather than after autovacuum.
     */
    void analyze(List<String> tables) {
        try (var connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                jdbc.execute("vacuum analyze " + String.join(", ", tables));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ reference data

    /** Organizations and provinces the generated records point to, by code. */
    static final class Reference {
        /** Current province code to its steering committee's code. */
        final Map<String, String> committees = new HashMap<>();
        final List<String> provinces = new ArrayList<>();
        final List<String> provinceNames = new ArrayList<>();
        /** Current province code to the earlier provinces it took over. */
        final Map<String, List<String>> earlier = new HashMap<>();

        Reference(OrganizationDirectory directory) {
            for (Province p : directory.provinces()) {
                if (p.isCurrent()) {
                    provinces.add(p.getCode());
                    provinceNames.add(p.getName());
                } else if (p.getSuccessorCode() != null) {
                    earlier.computeIfAbsent(p.getSuccessorCode(), k -> new ArrayList<>()).add(p.getCode());
                }
            }
            for (OrganizationView o : directory.all()) {
                if (o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE && o.active()) {
                    committees.put(o.provinceCode(), o.code());
                }
            }
        }

        String suffix(String provinceCode) {
            return provinceCode.substring(provinceCode.indexOf('-') + 1);
        }
    }

    // ------------------------------------------------------------------ one record

    static final String[] SECTORS = {"Xây dựng", "Thiết bị Y tế", "Đầu tư Bất động sản", "Dược phẩm",
        "Thiết bị Giáo dục", "Môi trường Đô thị", "Năng lượng", "Khoáng sản", "Vận tải Biển", "Công nghệ Thông tin",
        "Xăng dầu", "Nông sản", "Cấp thoát nước", "Đăng kiểm", "Tư vấn Thiết kế", "Thương mại Dịch vụ"};
    static final String[] FORMS = {"Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH Một thành viên",
        "Tổng công ty", "Ban Quản lý dự án"};
    static final String[] NAMES = {"Sao Mai", "Hoàng Long", "Phúc Thịnh", "Bình Minh", "Trường An", "Vạn Xuân",
        "Thiên Ân", "Đông Phong", "Kim Liên", "Hồng Lĩnh", "Tân Phát", "Thái Hòa", "Nam Việt", "Bạch Đằng",
        "Ánh Dương", "Hưng Thịnh", "Phú Gia", "An Khang", "Đại Lộc", "Tiên Phong", "Cửu Long", "Trúc Lâm"};
    static final String[] FLOURISHES = {"Xanh", "Mới", "Phát", "Ngọc", "Vàng", "Thịnh", "Việt", "Hưng"};
    static final String[] ARTICLES = {"222", "353", "354", "355", "356", "357", "358", "360", "219"};
    static final int[] ARTICLE_WEIGHTS = {16, 12, 14, 16, 22, 3, 5, 8, 10};

    /** One record's random life: its description, parts and a lawful procedure history. */
    static final class Walk {
        final Random r;
        final Reference ref;
        final DeadlineEngine engine;
        final DayOffCalendar days;
        final LocalDate today;
        final long number;
        final String code;
        RecordKind kind;
        RecordKind originalKind;
        Severity severity;
        Integer level;
        Clearance classification;
        String owner;
        String department;
        String responsible;
        final Set<String> provinces = new LinkedHashSet<>();
        final Set<String> agencies = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> readers = new LinkedHashSet<>();
        final List<ProcedureEvent> events = new ArrayList<>();
        final List<PersonForm> persons = new ArrayList<>();
        final List<MoneyForm> money = new ArrayList<>();
        final List<LevelForm> laterLevels = new ArrayList<>();
        Integer firstLevel;
        String title;
        String summary;
        LocalDate start;
        ProcedureAssessment assessment;

        Walk(Random r, Reference ref, DeadlineEngine engine, DayOffCalendar days, LocalDate today, long number,
                String prefix) {
            this.r = r;
            this.ref = ref;
            this.engine = engine;
            this.days = days;
            this.today = today;
            this.number = number;
            describe();
            history();
            this.code = prefix + "-" + (originalKind == RecordKind.CASE ? "VA" : originalKind == RecordKind.MATTER
                    ? "VV" : "NT") + "-" + start.getYear() + "-" + number;
            parts();
        }

        private void describe() {
            int k = r.nextInt(100);
            kind = k < 70 ? RecordKind.CASE : k < 88 ? RecordKind.MATTER : RecordKind.CRIME_REPORT;
            originalKind = kind;
            int s = r.nextInt(100);
            severity = s < 15 ? Severity.LESS_SERIOUS : s < 50 ? Severity.SERIOUS : s < 80 ? Severity.VERY_SERIOUS
                    : Severity.ESPECIALLY_SERIOUS;
            // the last six years, more of the recent ones
            start = today.minusDays((long) (2190 * Math.pow(r.nextDouble(), 1.3)));
            String province = ref.provinces.get(provinceIndex());
            boolean commission = r.nextInt(100) < 40;
            if (commission) {
                owner = "BNCTW";
                int d = r.nextInt(100);
                String dept = d < 60 ? "BNCTW-VAVV" : d < 72 ? "BNCTW-DP1" : d < 86 ? "BNCTW-DP2" : "BNCTW-DP3";
                department = dept;
                level = r.nextInt(100) < 12 ? 1 : 2;
                if (dept.equals("BNCTW-VAVV") && r.nextInt(10) == 0) {
                    responsible = "specialist";
                }
            } else {
                owner = ref.committees.get(province);
                level = 3;
            }
            // records made before the 2025 merger name the earlier province
            List<String> before = ref.earlier.get(province);
            if (start.isBefore(LocalDate.of(2025, 7, 1)) && before != null && !before.isEmpty()) {
                provinces.add(before.get(r.nextInt(before.size())));
            } else {
                provinces.add(province);
            }
            if (commission && r.nextInt(100) < 25) {
                provinces.add(ref.provinces.get(provinceIndex()));
            }
            int c = r.nextInt(1000);
            classification = c < 850 ? Clearance.UNCLASSIFIED : c < 950 ? Clearance.CONFIDENTIAL
                    : c < 990 ? Clearance.SECRET : Clearance.TOP_SECRET;
            if (classification.isClassified() && r.nextInt(100) < 30) {
                readers.add(classification == Clearance.CONFIDENTIAL ? "specialist" : "department_head");
            }
            int articleCount = kind == RecordKind.CRIME_REPORT ? r.nextInt(2) : 1 + (r.nextInt(100) < 30 ? 1 : 0);
            for (int i = 0; i < articleCount; i++) {
                articles.add(ARTICLES[weighted(ARTICLE_WEIGHTS)]);
            }
            String suffix = ref.suffix(province);
            if (commission && r.nextInt(100) < 38) {
                agencies.add("BCA-C03");
                agencies.add("VKSTC");
            } else if (commission && r.nextBoolean()) {
                agencies.add(r.nextBoolean() ? "BCA-CSDT" : "BCA-ANDT");
                agencies.add("VKSTC");
            } else {
                agencies.add("CA-" + suffix);
                agencies.add("VKS-" + suffix);
                if (r.nextInt(100) < 4) {
                    agencies.add("BCA-C03");
                }
            }
            if (kind == RecordKind.MATTER) {
                agencies.add(r.nextBoolean() ? "TTCP" : r.nextBoolean() ? "KTNN" : "UBKTTW");
            }
            String company = FORMS[r.nextInt(FORMS.length)] + " " + SECTORS[r.nextInt(SECTORS.length)] + " "
                    + NAMES[r.nextInt(NAMES.length)] + " " + FLOURISHES[r.nextInt(FLOURISHES.length)];
            String place = ref.provinceNames.get(ref.provinces.indexOf(province));
            String article = articles.isEmpty() ? "356" : articles.iterator().next();
            title = switch (kind) {
                case CASE -> String.format(DemoRecords.caseTitle(article), company) + ", " + place;
                case MATTER -> "Vụ việc có dấu hiệu vi phạm trong quản lý, sử dụng vốn, tài sản nhà nước tại "
                        + company + ", " + place;
                case CRIME_REPORT -> "Tố giác về dấu hiệu tham nhũng trong mua sắm, đấu thầu tại " + company + ", "
                        + place;
            };
            summary = "Dữ liệu thử tải (hư cấu). Giai đoạn " + (2012 + r.nextInt(8)) + "–" + (2020 + r.nextInt(5))
                    + ", lãnh đạo " + company
                    + " và một số cán bộ có liên quan có dấu hiệu vi phạm quy định, gây thất thoát tài sản nhà nước.";
        }

        private int provinceIndex() {
            // Hà Nội and TP. Hồ Chí Minh hold more records than other provinces
            int p = r.nextInt(100);
            if (p < 14) {
                return ref.provinces.indexOf("VN-01");
            }
            if (p < 26) {
                return ref.provinces.indexOf("VN-79");
            }
            return r.nextInt(ref.provinces.size());
        }

        private int weighted(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        // ------------------------------------------------------------ the procedure

        private void history() {
            switch (kind) {
                case CRIME_REPORT -> add(EventType.REPORT_RECEIVED, start);
                case MATTER -> {
                    if (r.nextInt(100) < 30) {
                        add(EventType.CASE_INITIATED, start.plusDays(60 + r.nextInt(340)));
                    }
                }
                case CASE -> add(EventType.CASE_INITIATED, start);
            }
            for (int steps = 0; steps < 20 && assessment != null; steps++) {
                if (!step()) {
                    break;
                }
            }
            if (assessment == null) {
                assessment = engine.assess(severity, events, days, today);
            }
            if (events.stream().anyMatch(e -> e.type() == EventType.CASE_INITIATED)) {
                // the record's aggregate converts it when the event is recorded
                kind = RecordKind.CASE;
            }
        }

        /** Adds the next event if it happened by today; false when the record rests where it is. */
        private boolean step() {
            Stage stage = assessment.currentStage();
            TimeLimit limit = assessment.currentLimit().orElse(null);
            LocalDate last = events.get(events.size() - 1).date();
            int p = r.nextInt(100);
            return switch (stage) {
                case REPORT_VERIFICATION -> limit.extensionsLeft() > 0 && limit.extensionsUsed() == 0 && p < 30
                        ? add(EventType.REPORT_VERIFICATION_EXTENDED, limit.dueDate().minusDays(3))
                        : p < 75 ? add(EventType.CASE_INITIATED, within(limit, 0.3, 1.05))
                        : add(EventType.CLOSED, within(limit, 0.5, 1.0));
                case INVESTIGATION -> limit.extensionsLeft() > 0 && p < 40
                        ? add(EventType.INVESTIGATION_EXTENDED, limit.dueDate().minusDays(5 + r.nextInt(15)))
                        : p < 44 ? add(EventType.INVESTIGATION_SUSPENDED, within(limit, 0.3, 0.9))
                        : p < 47 ? add(EventType.DISMISSED, within(limit, 0.3, 0.9))
                        : add(EventType.INVESTIGATION_CONCLUDED, within(limit, 0.55, 1.06));
                case SUPPLEMENTARY_INVESTIGATION -> add(EventType.INVESTIGATION_CONCLUDED, within(limit, 0.5, 1.05));
                case SUSPENDED -> p < 50 && add(EventType.INVESTIGATION_RESUMED, last.plusDays(60 + r.nextInt(400)));
                case PROSECUTION -> limit.extensionsLeft() > 0 && p < 15
                        ? add(EventType.PROSECUTION_EXTENDED, limit.dueDate().minusDays(2))
                        : p < 85 ? add(EventType.INDICTED, within(limit, 0.4, 1.06))
                        : p < 95 ? returned(ReturnedBy.PROCURACY, within(limit, 0.4, 1.0))
                        : add(EventType.DISMISSED, within(limit, 0.4, 1.0));
                case INDICTED -> add(EventType.FILE_RECEIVED_BY_COURT, last.plusDays(3 + r.nextInt(25)));
                case TRIAL_PREPARATION -> limit.extensionsLeft() > 0 && p < 20
                        ? add(EventType.TRIAL_PREPARATION_EXTENDED, limit.dueDate().minusDays(3 + r.nextInt(7)))
                        : p < 92 ? add(EventType.TRIAL_DECIDED, within(limit, 0.4, 1.06))
                        : returned(ReturnedBy.COURT, within(limit, 0.3, 0.9));
                case TRIAL_OPENING -> add(EventType.FIRST_INSTANCE_JUDGMENT, within(limit, 0.5, 1.1));
                case FIRST_INSTANCE_JUDGED -> p < 45 ? add(EventType.APPEAL_FILED, last.plusDays(5 + r.nextInt(10)))
                        : add(EventType.ENFORCEMENT_STARTED, last.plusDays(30 + r.nextInt(90)));
                case APPEAL -> {
                    LocalDate on = last.plusDays(15 + r.nextInt(45));
                    // high courts received appeal files until 30 June 2025, the Supreme People's Court since
                    CourtLevel upper = on.isBefore(LocalDate.of(2025, 7, 1)) ? CourtLevel.HIGH : CourtLevel.SUPREME;
                    yield fits(on) && add(new ProcedureEvent(EventType.APPEAL_FILE_RECEIVED, on, null, null, null,
                            p < 60 ? upper : CourtLevel.PROVINCIAL));
                }
                case APPEAL_PREPARATION -> add(EventType.APPEAL_JUDGMENT, within(limit, 0.5, 1.05));
                case APPEAL_JUDGED -> add(EventType.ENFORCEMENT_STARTED, last.plusDays(20 + r.nextInt(70)));
                case ENFORCEMENT -> events.stream().noneMatch(e -> e.type() == EventType.ASSETS_RECOVERED) && p < 40
                        ? add(EventType.ASSETS_RECOVERED, last.plusDays(60 + r.nextInt(240)))
                        : p < 70 && add(EventType.CLOSED, last.plusDays(200 + r.nextInt(500)));
                case DISMISSED -> p < 30 && add(EventType.CLOSED, last.plusDays(30 + r.nextInt(170)));
                default -> false;
            };
        }

        private LocalDate within(TimeLimit limit, double from, double to) {
            long span = Math.max(1, limit.dueDate().toEpochDay() - limit.startDate().toEpochDay());
            return limit.startDate().plusDays((long) (span * (from + r.nextDouble() * (to - from))));
        }

        private boolean returned(ReturnedBy by, LocalDate on) {
            return fits(on) && add(new ProcedureEvent(EventType.RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION, on, null,
                    null, by, null));
        }

        private boolean fits(LocalDate on) {
            return !on.isAfter(today);
        }

        private boolean add(EventType type, LocalDate on) {
            if (!events.isEmpty() && on.isBefore(events.get(events.size() - 1).date())) {
                on = events.get(events.size() - 1).date();
            }
            return fits(on) && add(new ProcedureEvent(type, on, null, null, null, null, null, grantor(type)));
        }

        /** The investigators prolong a crime report; the procuracy extends it, the investigation and the prosecution. */
        private String grantor(EventType type) {
            return switch (type) {
                case REPORT_VERIFICATION_EXTENDED -> events.stream()
                        .anyMatch(e -> e.type() == EventType.REPORT_VERIFICATION_EXTENDED) ? procuracy()
                                : agencies.stream().filter(a -> a.startsWith("CA-") || a.startsWith("BCA-")).findFirst()
                                        .orElse("BCA-C03");
                case INVESTIGATION_EXTENDED, PROSECUTION_EXTENDED -> procuracy();
                case TRIAL_PREPARATION_EXTENDED -> "TATC";
                default -> null;
            };
        }

        private String procuracy() {
            return agencies.stream().filter(a -> a.startsWith("VKS")).findFirst().orElse("VKSTC");
        }

        private boolean add(ProcedureEvent event) {
            events.add(event);
            try {
                assessment = engine.assess(severity, events, days, today);
                return true;
            } catch (ProcedureViolation | vn.theodoi.deadline.RuleTableException refused) {
                events.remove(events.size() - 1);
                return false;
            }
        }

        // ------------------------------------------------------------ parts

        private void parts() {
            Stage stage = assessment.currentStage();
            boolean judged = stage != null && stage.ordinal() >= Stage.TRIAL_PREPARATION.ordinal()
                    && stage != Stage.SUSPENDED && stage != Stage.DISMISSED;
            int count = kind == RecordKind.CRIME_REPORT ? r.nextInt(2) : r.nextInt(6);
            for (int i = 0; i < count; i++) {
                String name = DemoRecords.name(r);
                boolean official = r.nextInt(100) < 40;
                // procedural dates from the generated events (no randomness drawn: the same data, the same speed)
                persons.add(DemoRecords.withDates(new PersonForm(name, kind != RecordKind.CASE ? ProceduralRole.INVOLVED
                        : judged ? ProceduralRole.DEFENDANT : ProceduralRole.SUSPECT,
                        official ? DemoRecords.OFFICIAL_POSITIONS[r.nextInt(DemoRecords.OFFICIAL_POSITIONS.length)]
                                : DemoRecords.COMPANY_POSITIONS[r.nextInt(DemoRecords.COMPANY_POSITIONS.length)],
                        official ? DemoRecords.OFFICIAL_UNITS[r.nextInt(DemoRecords.OFFICIAL_UNITS.length)] : null,
                        official || r.nextInt(3) == 0, official && level != null && level == 1 && r.nextInt(4) == 0,
                        null, null, null, null, null), i, events, today));
            }
            if (kind != RecordKind.CRIME_REPORT && r.nextInt(100) < 80) {
                long damage = (long) Math.pow(10, 8.5 + r.nextDouble() * 4) / 1_000_000 * 1_000_000;
                LocalDate asOf = start.plusDays(30 + r.nextInt(200));
                asOf = asOf.isAfter(today) ? today : asOf;
                money.add(new MoneyForm(MoneyKind.DAMAGE, damage, asOf, "Theo kết luận giám định"));
                if (stage != null && stage != Stage.INVESTIGATION && r.nextInt(100) < 70) {
                    long seized = damage / 100 * (10 + r.nextInt(70));
                    money.add(new MoneyForm(MoneyKind.SEIZED, seized, asOf, "Kê biên, phong tỏa"));
                    if (judged || stage == Stage.INDICTED) {
                        money.add(new MoneyForm(MoneyKind.RECOVERED, seized / 100 * (20 + r.nextInt(80)), asOf,
                                "Thu hồi, khắc phục hậu quả"));
                    }
                }
            }
            firstLevel = level;
            if (level != null && level < 3 && r.nextInt(100) < 10) {
                // raised from the province to the centre
                LocalDate raised = start.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())));
                firstLevel = 3;
                laterLevels.add(new LevelForm(level, raised, "Kết luận của Ban Chỉ đạo (dữ liệu thử tải)",
                        "Đưa lên diện Trung ương theo dõi, chỉ đạo"));
            }
        }

        RecordDraft draft() {
            RecordForm form = new RecordForm(originalKind, code, title, summary, firstLevel, start,
                    "Quyết định đưa vào diện theo dõi (dữ liệu thử tải)", severity, classification, owner, department,
                    responsible, provinces, agencies, articles, readers, null);
            List<EventInput> inputs = events.stream().map(e -> new EventInput(e.type(), e.date(), e.extensionDays(),
                    e.extensionMonths(), e.returnedBy(), e.courtLevel(), null, null, e.fileReceivedDate(),
                    e.grantedBy())).toList();
            LocalDate lastEvent = events.isEmpty() ? start : events.get(events.size() - 1).date();
            return new RecordDraft(form, laterLevels, persons, money, inputs, CREATED_BY,
                    start.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
                    lastEvent.atTime(9 + r.nextInt(8), r.nextInt(60)).toInstant(ZoneOffset.ofHours(7)));
        }
    }

}
