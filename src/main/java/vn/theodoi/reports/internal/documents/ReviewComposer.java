package vn.theodoi.reports.internal.documents;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Stage;
import vn.theodoi.meetings.SinceSession;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.records.RecordFigures.CasesAndPersons;
import vn.theodoi.records.RecordFigures.LevelFigures;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.reports.Figures;
import vn.theodoi.reports.internal.documents.ReviewContent.Block;
import vn.theodoi.reports.internal.documents.ReviewContent.Closing;
import vn.theodoi.reports.internal.documents.ReviewContent.Header;
import vn.theodoi.reports.internal.documents.ReviewContent.Heading;
import vn.theodoi.reports.internal.documents.ReviewContent.Paragraph;
import vn.theodoi.reports.internal.documents.ReviewContent.Table;
import vn.theodoi.shared.web.MoneyText;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;

/**
 * Writes the text of the review documents (DOMAIN.md section 8) from their figures and lists: the
 * header block of Hướng dẫn 36-HD/VPTW, the title that follows from the period, the sections with
 * the figures in sentences and tables, the placeholders for the unit's own assessment, and the
 * closing. Documents are official Vietnamese texts: they are written in Vietnamese whatever the
 * reader's language. Pure: everything it states comes from its arguments.
 */
public final class ReviewComposer {

    /** The document's language: the Party's documents are in Vietnamese. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    public ReviewComposer(MessageSource messages) {
        this.messages = messages;
    }

    /** The semi-annual or annual review (sơ kết, tổng kết), or a review of any other period. */
    public ReviewContent review(IssuingBody issuer, LocalDate today, Clearance secrecy, Figures f,
            List<RecordSummary> levelOne) {
        String period = periodPhrase(f.from(), f.to());
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(msg("report.intro", issuer.name(), period, shortDate(f.from()), shortDate(f.to()),
                shortDate(f.asOf()))));

        body.add(new Heading(1, msg("report.section.situation")));
        body.add(new Heading(2, msg("report.heading.results")));
        procedure(body, f);
        body.add(new Heading(2, msg("report.heading.proposals")));
        body.add(Paragraph.of(proposals(f.proposals())));
        body.add(new Heading(2, msg("report.heading.inspections")));
        Map<TaskStatus, Long> rec = f.inspections().recommendations();
        body.add(Paragraph.of(msg("report.sentence.inspections", n(f.inspections().concluded()),
                n(f.inspections().inProgress()), n(sum(rec)), n(get(rec, TaskStatus.COMPLETED_ON_TIME)),
                n(get(rec, TaskStatus.COMPLETED_LATE)), n(get(rec, TaskStatus.IN_PROGRESS)),
                n(get(rec, TaskStatus.OVERDUE)))));
        body.add(new Heading(2, msg("report.heading.hotSpots")));
        hotSpots(body, f.hotSpots());

        body.add(new Heading(1, msg("report.section.oversight")));
        body.add(new Heading(2, msg("report.heading.levels")));
        levels(body, f.levels());
        body.add(new Heading(2, msg("report.heading.levelOne")));
        recordTable(body, msg("report.table.levelOne.header"), levelOne, true);
        body.add(new Heading(2, msg("report.heading.tasks")));
        tasks(body, f);

        body.add(new Heading(1, msg("report.section.assessment")));
        body.add(new Heading(2, msg("report.heading.strengths")));
        body.add(Paragraph.placeholder(msg("report.placeholder.strengths")));
        body.add(new Heading(2, msg("report.heading.weaknesses")));
        body.add(Paragraph.placeholder(msg("report.placeholder.weaknesses")));
        body.add(new Heading(1, msg("report.section.direction")));
        body.add(Paragraph.placeholder(msg("report.placeholder.direction")));

        return new ReviewContent(header(issuer, today, secrecy), msg("report.document.type"),
                List.of(reviewTitle(f.from(), f.to()), period), body, closing(issuer));
    }

    /**
     * The progress report since a session (báo cáo kết quả chỉ đạo từ sau Phiên họp thứ N đến nay):
     * the session's conclusion and its tasks, the records' figures and changes since, the tasks since.
     */
    public ReviewContent sinceSession(IssuingBody issuer, LocalDate today, Clearance secrecy, SinceSession since,
            Figures f, List<TaskSummary> conclusionTasks) {
        int number = since.session().number() == null ? 0 : since.session().number();
        LocalDate date = since.session().date();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(msg("report.since.intro", String.valueOf(number), shortDate(date), issuer.name())));

        body.add(new Heading(1, msg("report.since.section.conclusion")));
        if (since.session().conclusionNumber() != null) {
            body.add(Paragraph.of(msg("report.since.conclusion", since.session().conclusionNumber(),
                    since.session().conclusionDate() == null ? "" : shortDate(since.session().conclusionDate()),
                    n(conclusionTasks.size()), n(count(conclusionTasks, TaskStatus.COMPLETED_ON_TIME)),
                    n(count(conclusionTasks, TaskStatus.COMPLETED_LATE)), n(count(conclusionTasks, TaskStatus.IN_PROGRESS)),
                    n(count(conclusionTasks, TaskStatus.OVERDUE)))));
        } else {
            body.add(Paragraph.of(msg("report.since.conclusionNone")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TaskSummary t : conclusionTasks) {
            rows.add(List.of(n(rows.size() + 1), t.title(), orEmpty(t.leadOrganizationName()),
                    t.dueDate() == null ? "" : shortDate(t.dueDate()), taskStatus(t.status())));
        }
        table(body, msg("report.since.table.conclusion.header"), rows, false);

        body.add(new Heading(1, msg("report.since.section.records")));
        body.add(new Heading(2, msg("report.since.heading.results")));
        procedure(body, f);
        body.add(new Heading(2, msg("report.since.heading.events")));
        List<List<String>> events = new ArrayList<>();
        for (EventType type : EventType.values()) {
            long c = since.records().events(type);
            if (c > 0) {
                events.add(List.of(msg("deadline.label.event." + type.name()), n(c)));
            }
        }
        table(body, msg("report.since.table.events.header"), events, false);
        body.add(new Heading(2, msg("report.since.heading.changed")));
        String changed = msg("report.since.changed", n(since.records().changedCount()));
        if (since.records().changedCount() > since.records().changed().size()) {
            changed += msg("report.since.changedCapped", n(since.records().changed().size()));
        }
        body.add(Paragraph.of(changed));
        recordTable(body, msg("report.since.table.changed.header"), since.records().changed(), false);

        body.add(new Heading(1, msg("report.since.section.tasks")));
        var t = since.tasks();
        body.add(Paragraph.of(msg("report.since.tasks", n(t.assigned()), n(t.completedOnTime()),
                n(t.completedLate()), n(t.reported()), n(t.overdueNow()))));
        List<List<String>> overdue = new ArrayList<>();
        for (TaskSummary task : t.overdueList()) {
            overdue.add(List.of(n(overdue.size() + 1), task.title(), orEmpty(task.leadOrganizationName()),
                    task.dueDate() == null ? "" : shortDate(task.dueDate())));
        }
        if (!overdue.isEmpty()) {
            table(body, msg("report.since.table.overdue.header"), overdue, false);
        }

        body.add(new Heading(1, msg("report.since.section.assessment")));
        body.add(Paragraph.placeholder(msg("report.placeholder.since")));
        return new ReviewContent(header(issuer, today, secrecy), msg("report.document.type"),
                List.of(msg("report.since.title", String.valueOf(number)),
                        msg("report.since.subtitle", shortDate(date), shortDate(today))),
                body, closing(issuer));
    }

    // ------------------------------------------------------------------ parts

    Header header(IssuingBody issuer, LocalDate today, Clearance secrecy) {
        return new Header(issuer.upper(), issuer.lower(), msg("report.number.label"), "\u00a0".repeat(8),
                issuer.symbol(), secrecy == null || !secrecy.isClassified() ? null : msg("report.secrecy." + secrecy.name()),
                msg("report.party"), placeAndDate(issuer.place(), today));
    }

    private static final int RECIPIENTS = 4;

    private Closing closing(IssuingBody issuer) {
        List<String> recipients = new ArrayList<>();
        for (int i = 1; i <= RECIPIENTS; i++) {
            recipients.add(msg("report.recipients." + i));
        }
        return new Closing(msg("report.recipients.label"), recipients, msg("report.signer.authority", issuer.lower()),
                msg("report.signer.title"), msg("report.signer.name"));
    }

    private void procedure(List<Block> body, Figures f) {
        body.add(Paragraph.of(msg("report.sentence.procedure", n(f.initiated().cases()), n(f.initiated().persons()),
                n(f.indicted().cases()), n(f.indicted().persons()), n(f.firstInstance().cases()),
                n(f.firstInstance().persons()), n(f.appeal().cases()), n(f.appeal().persons()),
                n(f.mattersConcluded()))));
        body.add(Paragraph.of(f.recoveryRate() == null
                ? msg("report.sentence.recoveryNoDamage", n(f.recoveredVnd()))
                : msg("report.sentence.recovery", n(f.damageVnd()), n(f.recoveredVnd()), percent(f.recoveryRate()))));
        Figures.Deadlines d = f.deadlines();
        body.add(Paragraph.of(msg("report.sentence.deadlines", n(d.met() + d.missed()), n(d.met()), n(d.missed()))));
        List<List<String>> rows = List.of(
                casesRow("report.row.initiated", f.initiated()), casesRow("report.row.indicted", f.indicted()),
                casesRow("report.row.firstInstance", f.firstInstance()), casesRow("report.row.appeal", f.appeal()));
        table(body, msg("report.table.results.header"), rows, false);
    }

    private List<String> casesRow(String key, CasesAndPersons c) {
        return List.of(msg(key), n(c.cases()), n(c.persons()));
    }

    private String proposals(Map<Timeliness, Long> p) {
        return msg("report.sentence.proposals", n(sum(p)), n(get(p, Timeliness.ANSWERED_ON_TIME)),
                n(get(p, Timeliness.ANSWERED_LATE)), n(get(p, Timeliness.PENDING)), n(get(p, Timeliness.OVERDUE)));
    }

    private void hotSpots(List<Block> body, Figures.HotSpotFigures h) {
        StringBuilder types = new StringBuilder();
        h.byType().entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> types.append(types.isEmpty() ? "" : "; ")
                        .append(msg("report.hotSpots.type", msg("enum.SituationType." + e.getKey().name()),
                                n(e.getValue()))));
        body.add(Paragraph.of(types.isEmpty() ? msg("report.sentence.hotSpots", n(h.total()))
                : msg("report.sentence.hotSpotsByType", n(h.total()), types.toString())));
        List<List<String>> rows = new ArrayList<>();
        for (Figures.ProvinceCount p : h.byProvince()) {
            if (p.count() > 0) {
                rows.add(List.of(n(rows.size() + 1), p.provinceName(), n(p.count())));
            }
        }
        if (!rows.isEmpty()) {
            table(body, msg("report.table.hotSpots.header"), rows, false);
        }
    }

    private void levels(List<Block> body, List<LevelFigures> levels) {
        List<List<String>> rows = new ArrayList<>();
        for (LevelFigures l : levels) {
            body.add(Paragraph.of(msg("report.sentence.level", String.valueOf(l.level()), n(l.atEnd()), n(l.added()),
                    n(l.removed()))));
            rows.add(List.of(msg("report.level." + l.level()), n(l.atEnd()), n(l.added()), n(l.removed())));
        }
        table(body, msg("report.table.levels.header"), rows, false);
    }

    private void recordTable(List<Block> body, String header, List<RecordSummary> records, boolean withDue) {
        List<List<String>> rows = new ArrayList<>();
        for (RecordSummary r : records) {
            List<String> row = new ArrayList<>(List.of(n(rows.size() + 1), r.code(), r.title(), stage(r.stage())));
            if (withDue) {
                row.add(r.dueDate() == null ? "" : shortDate(r.dueDate()));
            }
            row.add(deadline(r.deadlineStatus()));
            rows.add(row);
        }
        table(body, header, rows, false);
    }

    private void tasks(List<Block> body, Figures f) {
        Map<TaskStatus, Long> all = f.tasks();
        body.add(Paragraph.of(msg("report.sentence.tasks", n(sum(all)), n(get(all, TaskStatus.COMPLETED_ON_TIME)),
                n(get(all, TaskStatus.COMPLETED_LATE)), n(get(all, TaskStatus.IN_PROGRESS)),
                n(get(all, TaskStatus.OVERDUE)))));
        List<List<String>> rows = new ArrayList<>();
        long[] totals = new long[TaskStatus.values().length + 1];
        for (Figures.OrganizationTasks o : f.tasksByOrganization()) {
            List<String> row = new ArrayList<>(List.of(n(rows.size() + 1), o.organizationName()));
            for (TaskStatus s : STATUS_ORDER) {
                long c = get(o.tasks(), s);
                totals[s.ordinal()] += c;
                row.add(n(c));
            }
            long total = sum(o.tasks());
            totals[totals.length - 1] += total;
            row.add(n(total));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            table(body, msg("report.table.tasks.header"), rows, false);
            return;
        }
        List<String> totalRow = new ArrayList<>(List.of("", msg("report.row.total")));
        for (TaskStatus s : STATUS_ORDER) {
            totalRow.add(n(totals[s.ordinal()]));
        }
        totalRow.add(n(totals[totals.length - 1]));
        rows.add(totalRow);
        table(body, msg("report.table.tasks.header"), rows, true);
    }

    private static final List<TaskStatus> STATUS_ORDER = List.of(TaskStatus.COMPLETED_ON_TIME,
            TaskStatus.COMPLETED_LATE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE);

    /** A table with its header row; an empty one says so in a sentence instead. */
    private void table(List<Block> body, String header, List<List<String>> rows, boolean totalRow) {
        if (rows.isEmpty()) {
            body.add(Paragraph.of(msg("report.none")));
            return;
        }
        body.add(new Table(null, Arrays.asList(header.split("\\|")), rows, totalRow));
    }

    // ------------------------------------------------------------------ words

    /** "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026", or the period's dates. */
    public String periodPhrase(LocalDate from, LocalDate to) {
        return switch (periodKind(from, to)) {
            case FIRST_HALF -> msg("report.period.firstHalf", String.valueOf(from.getYear()));
            case SECOND_HALF -> msg("report.period.secondHalf", String.valueOf(from.getYear()));
            case YEAR -> msg("report.period.year", String.valueOf(from.getYear()));
            case OTHER -> msg("report.period.range", shortDate(from), shortDate(to));
        };
    }

    /** Sơ kết for a half-year, tổng kết for a year, kết quả for any other period. */
    public String reviewTitle(LocalDate from, LocalDate to) {
        return switch (periodKind(from, to)) {
            case FIRST_HALF, SECOND_HALF -> msg("report.title.half");
            case YEAR -> msg("report.title.year");
            case OTHER -> msg("report.title.range");
        };
    }

    enum PeriodKind { FIRST_HALF, SECOND_HALF, YEAR, OTHER }

    static PeriodKind periodKind(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear()) {
            MonthDay start = MonthDay.from(from);
            MonthDay end = MonthDay.from(to);
            if (start.equals(MonthDay.of(1, 1)) && end.equals(MonthDay.of(6, 30))) {
                return PeriodKind.FIRST_HALF;
            }
            if (start.equals(MonthDay.of(7, 1)) && end.equals(MonthDay.of(12, 31))) {
                return PeriodKind.SECOND_HALF;
            }
            if (start.equals(MonthDay.of(1, 1)) && end.equals(MonthDay.of(12, 31))) {
                return PeriodKind.YEAR;
            }
        }
        return PeriodKind.OTHER;
    }

    /**
     * "Hà Nội, ngày 28 tháng 11 năm 2026": days below 10 and the months January and February with a
     * leading zero, as the Party's and the State's document rules write them.
     */
    String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return msg("report.placeDate", place, day, month, String.valueOf(date.getYear()));
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : vn.theodoi.shared.web.DateText.SHOWN.format(date);
    }

    /** 1234567 as "1.234.567". */
    static String n(long value) {
        return MoneyText.format(value);
    }

    /** 12.34 as "12,3". */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    private String stage(Stage stage) {
        return stage == null ? "" : msg("deadline.label.stage." + stage.name());
    }

    private String deadline(DeadlineStatus status) {
        return status == null ? msg("report.deadline.none") : msg("deadline.label.status." + status.name());
    }

    private String taskStatus(TaskStatus status) {
        return status == null ? "" : msg("enum.TaskStatus." + status.name());
    }

    private static long count(List<TaskSummary> tasks, TaskStatus status) {
        return tasks.stream().filter(t -> t.status() == status).count();
    }

    private static <K> long get(Map<K, Long> map, K key) {
        Long v = map == null ? null : map.get(key);
        return v == null ? 0 : v;
    }

    private static long sum(Map<?, Long> map) {
        return map == null ? 0 : map.values().stream().mapToLong(v -> v == null ? 0 : v).sum();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
