package vn.theodoi.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.ProcedureViolation;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.organization.WorkingDays;
import vn.theodoi.shared.VietnameseText;

/**
 * Writes a large, realistic and entirely fictional data set of records straight into the
 * database with multi-row JDBC inserts (not through JPA), for load tests and benchmarks. Each
 * record's procedure history is a lawful random walk checked by the {@link DeadlineEngine} with the
 * stored rule table and working-day calendar, and its derived columns (stage, due date, request
 * deadline, search key, money totals) are computed exactly as {@link Records} computes them.
 * The same seed gives the same data.
 */
@Component
class ScaleData {

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
    private static final int RECORDS_PER_FLUSH = 500;
    private static final int RECORDS_PER_COMMIT = 2000;
    static final String CREATED_BY = "generator";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ProcedureClock clock;
    private final WorkingDayCalendar calendar;

    ScaleData(DataSource dataSource, JdbcTemplate jdbc, ProcedureClock clock, WorkingDayCalendar calendar) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** What was written. */
    record Result(int records, long rows, long millis, long firstId, long lastId) {
    }

    /**
     * Generates {@code count} records whose codes start with {@code prefix}.
     *
     * @return the number of records and rows written and the time taken
     */
    Result generate(int count, long seed, String prefix) {
        long started = System.nanoTime();
        Reference ref = new Reference(jdbc);
        DeadlineEngine engine = clock.engine();
        WorkingDays days = calendar.snapshot();
        LocalDate today = clock.today();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from oversight_record", Long.class) + 1;
        Random random = new Random(seed);
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Writer writer = new Writer(connection)) {
                for (int i = 0; i < count; i++) {
                    Walk walk = new Walk(random, ref, engine, days, today, firstId + i, prefix);
                    walk.write(writer);
                    if ((i + 1) % RECORDS_PER_FLUSH == 0) {
                        // parents before children, so foreign keys hold at every statement
                        writer.flush();
                    }
                    if ((i + 1) % RECORDS_PER_COMMIT == 0) {
                        connection.commit();
                        if ((i + 1) % 20_000 == 0) {
                            log.info("Generated {} of {} records ({} s)", i + 1, count,
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                    }
                }
                writer.flush();
                rows = writer.rows();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating records failed", e);
        }
        long lastId = firstId + count - 1;
        // explicit ids were written: move the identity past them (portable: PostgreSQL and H2)
        jdbc.execute("alter table oversight_record alter column id restart with " + (lastId + 1));
        return new Result(count, rows, (System.nanoTime() - started) / 1_000_000, firstId, lastId);
    }

    /**
     * Runs VACUUM ANALYZE on PostgreSQL: the planner learns the new tables' sizes, and the
     * visibility map lets counts use index-only scans right away rather than after autovacuum.
     */
    void analyze() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                jdbc.execute("vacuum analyze oversight_record, record_province, record_agency, record_crime_article,"
                        + " record_reader, record_event, record_person, record_money, record_level_change,"
                        + " record_kind_change");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ reference data

    /** Organizations and provinces the generated records point to, by code. */
    static final class Reference {
        final Map<String, Long> orgs = new HashMap<>();
        /** Current province code to its steering committee's code. */
        final Map<String, String> committees = new HashMap<>();
        final List<String> provinces = new ArrayList<>();
        final List<String> provinceNames = new ArrayList<>();
        /** Current province code to the earlier provinces it took over. */
        final Map<String, List<String>> earlier = new HashMap<>();

        Reference(JdbcTemplate jdbc) {
            jdbc.query("select code, id from organization", rs -> {
                orgs.put(rs.getString(1), rs.getLong(2));
            });
            jdbc.query("select code, name from province where current order by sort_order", rs -> {
                provinces.add(rs.getString(1));
                provinceNames.add(rs.getString(2));
            });
            jdbc.query("select code, successor_code from province where not current and successor_code is not null",
                    rs -> {
                        earlier.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                    });
            jdbc.query("select code, province_code from organization where type = 'PROVINCIAL_STEERING_COMMITTEE'"
                    + " and active", rs -> {
                        committees.put(rs.getString(2), rs.getString(1));
                    });
        }

        long id(String code) {
            Long id = orgs.get(code);
            if (id == null) {
                throw new IllegalStateException("Unknown organization " + code);
            }
            return id;
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
        final WorkingDays days;
        final LocalDate today;
        final long id;
        final String code;
        RecordKind kind;
        RecordKind originalKind;
        LocalDate kindChangedOn;
        Severity severity;
        Integer level;
        Clearance classification;
        long owner;
        Long department;
        String responsible;
        final Set<String> provinces = new LinkedHashSet<>();
        final Set<Long> agencies = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> readers = new LinkedHashSet<>();
        final List<ProcedureEvent> events = new ArrayList<>();
        final List<Object[]> persons = new ArrayList<>();
        final List<Object[]> money = new ArrayList<>();
        final List<Object[]> levels = new ArrayList<>();
        String title;
        String summary;
        LocalDate start;
        ProcedureAssessment assessment;
        long damage;
        long seized;
        long recovered;

        Walk(Random r, Reference ref, DeadlineEngine engine, WorkingDays days, LocalDate today, long id,
                String prefix) {
            this.r = r;
            this.ref = ref;
            this.engine = engine;
            this.days = days;
            this.today = today;
            this.id = id;
            describe();
            history();
            this.code = prefix + "-" + (originalKind == RecordKind.CASE ? "VA" : originalKind == RecordKind.MATTER
                    ? "VV" : "NT") + "-" + start.getYear() + "-" + id;
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
                owner = ref.id("BNCTW");
                int d = r.nextInt(100);
                String dept = d < 60 ? "BNCTW-VAVV" : d < 72 ? "BNCTW-DP1" : d < 86 ? "BNCTW-DP2" : "BNCTW-DP3";
                department = ref.id(dept);
                level = r.nextInt(100) < 12 ? 1 : 2;
                if (dept.equals("BNCTW-VAVV") && r.nextInt(10) == 0) {
                    responsible = "specialist";
                }
            } else {
                owner = ref.id(ref.committees.get(province));
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
                agencies.add(ref.id("BCA-C03"));
                agencies.add(ref.id("VKSTC"));
            } else if (commission && r.nextBoolean()) {
                agencies.add(ref.id(r.nextBoolean() ? "BCA-CSDT" : "BCA-ANDT"));
                agencies.add(ref.id("VKSTC"));
            } else {
                agencies.add(ref.id("CA-" + suffix));
                agencies.add(ref.id("VKS-" + suffix));
                if (r.nextInt(100) < 4) {
                    agencies.add(ref.id("BCA-C03"));
                }
            }
            if (kind == RecordKind.MATTER) {
                agencies.add(ref.id(r.nextBoolean() ? "TTCP" : r.nextBoolean() ? "KTNN" : "UBKTTW"));
            }
            String company = FORMS[r.nextInt(FORMS.length)] + " " + SECTORS[r.nextInt(SECTORS.length)] + " "
                    + NAMES[r.nextInt(NAMES.length)] + " " + FLOURISHES[r.nextInt(FLOURISHES.length)];
            String place = ref.provinceNames.get(ref.provinces.indexOf(province));
            String article = articles.isEmpty() ? "356" : articles.iterator().next();
            title = VietnameseText.clean(switch (kind) {
                case CASE -> String.format(DemoRecords.caseTitle(article), company) + ", " + place;
                case MATTER -> "Vụ việc có dấu hiệu vi phạm trong quản lý, sử dụng vốn, tài sản nhà nước tại "
                        + company + ", " + place;
                case CRIME_REPORT -> "Tố giác về dấu hiệu tham nhũng trong mua sắm, đấu thầu tại " + company + ", "
                        + place;
            });
            summary = VietnameseText.clean("Dữ liệu thử tải (hư cấu). Giai đoạn " + (2012 + r.nextInt(8)) + "–"
                    + (2020 + r.nextInt(5)) + ", lãnh đạo " + company
                    + " và một số cán bộ có liên quan có dấu hiệu vi phạm quy định, gây thất thoát tài sản nhà nước.");
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
                assessment = engine.assess(severity, events, days::isDayOff, today);
            }
            if (events.stream().anyMatch(e -> e.type() == EventType.CASE_INITIATED) && kind != RecordKind.CASE) {
                kindChangedOn = events.stream().filter(e -> e.type() == EventType.CASE_INITIATED).findFirst()
                        .orElseThrow().date();
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
            return fits(on) && add(ProcedureEvent.of(type, on));
        }

        private boolean add(ProcedureEvent event) {
            events.add(event);
            try {
                assessment = engine.assess(severity, events, days::isDayOff, today);
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
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String name = DemoRecords.name(r);
                names.append(i == 0 ? "" : " ").append(name);
                boolean official = r.nextInt(100) < 40;
                persons.add(new Object[] {id, name, kind != RecordKind.CASE ? "INVOLVED" : judged ? "DEFENDANT"
                        : "SUSPECT", official ? DemoRecords.OFFICIAL_POSITIONS[r.nextInt(DemoRecords.OFFICIAL_POSITIONS.length)]
                        : DemoRecords.COMPANY_POSITIONS[r.nextInt(DemoRecords.COMPANY_POSITIONS.length)],
                        official ? DemoRecords.OFFICIAL_UNITS[r.nextInt(DemoRecords.OFFICIAL_UNITS.length)] : null,
                        official || r.nextInt(3) == 0, official && level != null && level == 1 && r.nextInt(4) == 0});
            }
            searchText = VietnameseText.fold(String.join(" ", codeOrEmpty(), title, summary, names.toString()));
            if (kind != RecordKind.CRIME_REPORT && r.nextInt(100) < 80) {
                damage = (long) Math.pow(10, 8.5 + r.nextDouble() * 4) / 1_000_000 * 1_000_000;
                LocalDate asOf = start.plusDays(30 + r.nextInt(200));
                asOf = asOf.isAfter(today) ? today : asOf;
                money.add(new Object[] {id, "DAMAGE", damage, asOf, "Theo kết luận giám định"});
                if (stage != null && stage != Stage.INVESTIGATION && r.nextInt(100) < 70) {
                    seized = damage / 100 * (10 + r.nextInt(70));
                    money.add(new Object[] {id, "SEIZED", seized, asOf, "Kê biên, phong tỏa"});
                    if (judged || stage == Stage.INDICTED) {
                        recovered = seized / 100 * (20 + r.nextInt(80));
                        money.add(new Object[] {id, "RECOVERED", recovered, asOf, "Thu hồi, khắc phục hậu quả"});
                    }
                }
            }
            levels.add(new Object[] {id, level, start, "Quyết định đưa vào diện theo dõi (dữ liệu thử tải)", null});
            if (level != null && level < 3 && r.nextInt(100) < 10) {
                // raised from the province to the centre
                LocalDate raised = start.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())));
                levels.set(0, new Object[] {id, 3, start, "Quyết định đưa vào diện theo dõi (dữ liệu thử tải)", null});
                levels.add(new Object[] {id, level, raised, "Kết luận của Ban Chỉ đạo (dữ liệu thử tải)",
                        "Đưa lên diện Trung ương theo dõi, chỉ đạo"});
            }
        }

        String searchText;

        private String codeOrEmpty() {
            return code == null ? "" : code;
        }

        void write(Writer w) {
            TimeLimit open = assessment.currentLimit().orElse(null);
            LocalDate lastEvent = events.isEmpty() ? start : events.get(events.size() - 1).date();
            OffsetDateTime created = start.atTime(8, 0).atOffset(ZoneOffset.ofHours(7));
            OffsetDateTime updated = lastEvent.atTime(9 + r.nextInt(8), r.nextInt(60)).atOffset(ZoneOffset.ofHours(7));
            w.records.add(id, code, kind.name(), title, summary, level, severity == null ? null : severity.name(),
                    classification.name(), owner, department, responsible,
                    assessment.currentStage() == null ? null : assessment.currentStage().name(),
                    open == null ? null : open.dueDate(), open == null ? null : open.lastDayToRequestExtension(),
                    searchText, damage, seized, recovered, CREATED_BY, created, updated);
            for (String p : provinces) {
                w.provinces.add(id, p);
            }
            for (Long a : agencies) {
                w.agencies.add(id, a);
            }
            for (String a : articles) {
                w.articles.add(id, a);
            }
            for (String u : readers) {
                w.readers.add(id, u);
            }
            for (ProcedureEvent e : events) {
                w.events.add(id, e.type().name(), e.date(), e.extensionDays(), e.extensionMonths(),
                        e.returnedBy() == null ? null : e.returnedBy().name(),
                        e.courtLevel() == null ? null : e.courtLevel().name(), CREATED_BY,
                        e.date().atTime(10, 0).atOffset(ZoneOffset.ofHours(7)));
            }
            for (Object[] p : persons) {
                w.persons.add(p);
            }
            for (Object[] m : money) {
                w.money.add(m);
            }
            for (Object[] l : levels) {
                w.levels.add(l[0], l[1], l[2], l[3], l[4], CREATED_BY, created);
            }
            if (kindChangedOn != null) {
                w.kinds.add(id, originalKind.name(), kind.name(), kindChangedOn, "CASE_INITIATED", CREATED_BY, created);
            }
        }
    }

    // ------------------------------------------------------------------ writing

    /** Buffers rows per table and writes them as multi-row inserts. */
    static final class Writer implements AutoCloseable {
        final Table records;
        final Table provinces;
        final Table agencies;
        final Table articles;
        final Table readers;
        final Table events;
        final Table persons;
        final Table money;
        final Table levels;
        final Table kinds;
        private final List<Table> tables;

        Writer(Connection connection) {
            records = new Table(connection, "oversight_record", "id, code, kind, title, summary, oversight_level, "
                    + "severity, classification, owner_organization_id, owner_department_id, responsible_username, "
                    + "current_stage, current_due_date, current_request_deadline, search_text, damage_vnd, seized_vnd, "
                    + "recovered_vnd, created_by, created_at, updated_at");
            provinces = new Table(connection, "record_province", "record_id, province_code");
            agencies = new Table(connection, "record_agency", "record_id, organization_id");
            articles = new Table(connection, "record_crime_article", "record_id, article");
            readers = new Table(connection, "record_reader", "record_id, username");
            events = new Table(connection, "record_event", "record_id, type, event_date, extension_days, "
                    + "extension_months, returned_by, court_level, recorded_by, recorded_at");
            persons = new Table(connection, "record_person", "record_id, full_name, procedural_role, position, "
                    + "organization_name, party_member, central_cadre");
            money = new Table(connection, "record_money", "record_id, kind, amount_vnd, as_of, note");
            levels = new Table(connection, "record_level_change", "record_id, oversight_level, decided_on, "
                    + "decision_ref, note, recorded_by, recorded_at");
            kinds = new Table(connection, "record_kind_change", "record_id, from_kind, to_kind, changed_on, note, "
                    + "recorded_by, recorded_at");
            // parents before children
            tables = List.of(records, provinces, agencies, articles, readers, events, persons, money, levels, kinds);
        }

        void flush() throws SQLException {
            for (Table t : tables) {
                t.flush();
            }
        }

        long rows() {
            return tables.stream().mapToLong(t -> t.written).sum();
        }

        @Override
        public void close() throws SQLException {
            for (Table t : tables) {
                t.close();
            }
        }
    }

    /** One table's buffer; full statements of {@code rowsPerStatement} rows are prepared once and reused. */
    static final class Table implements AutoCloseable {
        private final Connection connection;
        private final String table;
        private final String columns;
        private final int width;
        private final int rowsPerStatement;
        private final List<Object[]> buffer = new ArrayList<>();
        private PreparedStatement full;
        long written;

        Table(Connection connection, String table, String columns) {
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
            // PostgreSQL allows 32767 parameters in one statement
            this.rowsPerStatement = Math.min(1000, 30_000 / width);
        }

        void add(Object... row) {
            buffer.add(row);
        }

        /** Writes the buffered rows: full statements, then one for the rest. */
        void flush() throws SQLException {
            int from = 0;
            for (; buffer.size() - from >= rowsPerStatement; from += rowsPerStatement) {
                if (full == null) {
                    full = connection.prepareStatement(sql(rowsPerStatement));
                }
                execute(full, buffer.subList(from, from + rowsPerStatement));
            }
            if (from < buffer.size()) {
                try (PreparedStatement partial = connection.prepareStatement(sql(buffer.size() - from))) {
                    execute(partial, buffer.subList(from, buffer.size()));
                }
            }
            buffer.clear();
        }

        private void execute(PreparedStatement statement, List<Object[]> rows) throws SQLException {
            int i = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(i++, value);
                }
            }
            statement.executeUpdate();
            written += rows.size();
        }

        private String sql(int rows) {
            StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (").append(columns)
                    .append(") values ");
            String one = "(" + "?,".repeat(width - 1) + "?)";
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ",").append(one);
            }
            return sql.toString();
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }
}
