package vn.theodoi.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.deadline.EventType;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.RecordFigures;
import vn.theodoi.records.RecordFilter.Figure;
import vn.theodoi.records.RecordKind;

/**
 * The records' figures of a report (DOMAIN.md section 8), counted in SQL within the reader's visibility (the
 * record list's own condition), and the condition that narrows the record list to the records one figure counts:
 * a figure and its list share {@link #narrow}, so the list's count is the figure's case count.
 * <ul>
 * <li><b>Cases</b> (vụ án) count by an event in force (not superseded by a correction) dated in the period, a case
 * once however many such events it has: initiation {@link EventType#CASE_INITIATED} (khởi tố vụ án), indictment
 * {@link EventType#INDICTED} (truy tố), first-instance judgment {@link EventType#FIRST_INSTANCE_JUDGMENT} and
 * appeal judgment {@link EventType#APPEAL_JUDGMENT}: a case is "tried" (đã xét xử) when the court pronounced its
 * judgment, not when the hearing opened ({@code TRIAL_OPENED} may be postponed or last weeks) nor when the trial
 * was decided.</li>
 * <li><b>Persons</b> (bị can, bị cáo) count by their own dates: charged, indicted, tried at first instance and on
 * appeal, whatever the dates of their case.</li>
 * <li><b>Matters concluded</b> (vụ việc kết thúc): records still of kind MATTER (a matter that became a case is a
 * case) concluded in the period. A matter has no procedure of its own (the engine takes only an initiation, which
 * makes it a case, or a crime report's receipt as its first event), so it concludes when the decision taking it out
 * of monitoring (đưa ra khỏi diện theo dõi: a level decision with no level) is dated in the period; a matter that
 * was a crime report concludes too by its closing event {@link EventType#CLOSED} (kết thúc) in force in the
 * period.</li>
 * <li><b>Money</b>: the sum of the entries of kind DAMAGE / RECOVERED dated ({@code as_of}) in the period.</li>
 * <li><b>Levels</b>: the level history ({@code record_level_change}, in order of decision date then entry) gives
 * each record's level on a day. At the end: the last decision on or before the period's last day names the level.
 * Added: a decision in the period puts the record at the level from another one (or from none). Removed: a
 * decision in the period moves it from the level to another one or out of monitoring (level null).</li>
 * <li><b>Deadlines</b> (thời hạn tố tụng): each record keeps the limit of every timed stage it entered
 * ({@code record_time_limit}: stage, start, due date, end date when the stage was left), derived from its events
 * by the engine and counted again when the calendar or the rule table changes. Stages without a limit (untimed)
 * have no row and never count. A limit is <i>met</i> (bảo đảm) when its stage was left in the period on or before
 * its due date ({@code from <= end_date <= to} and {@code end_date <= due_date}); it is <i>missed</i> (vi phạm)
 * when its due date is in the period ({@code from <= due_date <= to}) and either the stage was left after it
 * ({@code end_date > due_date}) or the stage is still open and the due date is before today
 * ({@code end_date is null and due_date < today}). A stage left on a later day than {@code to} but in time is
 * not met in this period; a limit due before {@code from} is not missed in it. Like every other figure, these
 * count <b>records</b> (a record once however many of its limits qualify), so the figure equals the length of
 * its list; the report's label says "records having a deadline met / missed".</li>
 * </ul>
 */
@Component
public class RecordFigureQueries {

    private final NamedParameterJdbcTemplate jdbc;

    RecordFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Narrows a where-clause on records {@code r} to those the figure counts over {@code from}..{@code to}. */
    static Where narrow(Where where, Figure figure, Integer level, LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a figure needs its period");
        }
        where.param("figureFrom", from).param("figureTo", to);
        return switch (figure) {
            case INITIATED -> where.and(caseEvent(EventType.CASE_INITIATED));
            case INDICTED -> where.and(caseEvent(EventType.INDICTED));
            case FIRST_INSTANCE -> where.and(caseEvent(EventType.FIRST_INSTANCE_JUDGMENT));
            case APPEAL -> where.and(caseEvent(EventType.APPEAL_JUDGMENT));
            case CHARGED_PERSONS -> where.and(personDated("charged_on"));
            case INDICTED_PERSONS -> where.and(personDated("indicted_on"));
            case TRIED_FIRST_INSTANCE_PERSONS -> where.and(personDated("tried_first_instance_on"));
            case TRIED_APPEAL_PERSONS -> where.and(personDated("tried_appeal_on"));
            case MATTERS_CONCLUDED -> where.and("r.kind = '" + RecordKind.MATTER.name() + "' and (" + event(EventType.CLOSED)
                    + " or exists (select 1 from record_level_change lc where lc.record_id = r.id"
                    + " and lc.decided_on between :figureFrom and :figureTo and lc.oversight_level is null))");
            case DAMAGE -> where.and(money(MoneyKind.DAMAGE));
            case RECOVERED -> where.and(money(MoneyKind.RECOVERED));
            case LEVEL_AT_END -> where.and(levelAtEnd()).param("figureLevel", level);
            case LEVEL_ADDED -> where.and(levelAdded()).param("figureLevel", level);
            case LEVEL_REMOVED -> where.and(levelRemoved()).param("figureLevel", level);
            case DEADLINES_MET -> where.and(deadlineMet());
            case DEADLINES_MISSED -> where.and(deadlineMissed()).param("figureToday", today);
        };
    }

    /**
     * Every records' figure over the period, within the reader's visibility: one grouped statement per family
     * (case events, persons, money, matters concluded, levels at the end, levels added and removed, deadlines),
     * each counting what {@link #narrow} lists, so a figure still equals the length of its list.
     */
    public RecordFigures figures(Visibility reader, LocalDate from, LocalDate to, LocalDate today) {
        java.util.Map<String, Long> cases = caseEvents(reader, from, to);
        long[] persons = persons(reader, from, to);
        java.util.Map<String, Long> money = sums(reader, from, to);
        long[] atEnd = levelsAtEnd(reader, to);
        long[] changes = levelChanges(reader, from, to);
        long[] deadlines = deadlines(reader, from, to, today);
        List<RecordFigures.LevelFigures> levels = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            levels.add(new RecordFigures.LevelFigures(level, atEnd[level], changes[level - 1], changes[level + 2]));
        }
        return new RecordFigures(
                new RecordFigures.CasesAndPersons(cases.getOrDefault(EventType.CASE_INITIATED.name(), 0L), persons[0]),
                new RecordFigures.CasesAndPersons(cases.getOrDefault(EventType.INDICTED.name(), 0L), persons[1]),
                new RecordFigures.CasesAndPersons(cases.getOrDefault(EventType.FIRST_INSTANCE_JUDGMENT.name(), 0L),
                        persons[2]),
                new RecordFigures.CasesAndPersons(cases.getOrDefault(EventType.APPEAL_JUDGMENT.name(), 0L), persons[3]),
                records(reader, Figure.MATTERS_CONCLUDED, null, from, to, today),
                money.getOrDefault(MoneyKind.DAMAGE.name(), 0L), money.getOrDefault(MoneyKind.RECOVERED.name(), 0L),
                levels, deadlines[0], deadlines[1]);
    }

    /** Visible cases by the type of an event in force dated in the period, a case once per type. */
    private java.util.Map<String, Long> caseEvents(Visibility reader, LocalDate from, LocalDate to) {
        Where where = RecordQueries.visibleTo(reader).param("figureFrom", from).param("figureTo", to);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("select fe.type, count(distinct fe.record_id) as n from record_event fe"
                + " join oversight_record r on r.id = fe.record_id where " + where.sql
                + " and r.kind = '" + RecordKind.CASE.name() + "' and fe.superseded_by_id is null and fe.type in ('"
                + EventType.CASE_INITIATED.name() + "', '" + EventType.INDICTED.name() + "', '"
                + EventType.FIRST_INSTANCE_JUDGMENT.name() + "', '" + EventType.APPEAL_JUDGMENT.name() + "')"
                + " and fe.event_date between :figureFrom and :figureTo group by fe.type", where.params,
                rs -> {
                    counts.put(rs.getString("type"), rs.getLong("n"));
                });
        return counts;
    }

    private static final String[] PERSON_DATES = {"charged_on", "indicted_on", "tried_first_instance_on",
        "tried_appeal_on"};

    /** Persons of visible records by each of their four dates in the period (four index ranges, one join). */
    private long[] persons(Visibility reader, LocalDate from, LocalDate to) {
        Where where = RecordQueries.visibleTo(reader).param("figureFrom", from).param("figureTo", to);
        StringBuilder dated = new StringBuilder();
        for (int i = 0; i < PERSON_DATES.length; i++) {
            dated.append(i == 0 ? "" : " union all ").append("select ").append(i)
                    .append(" as k, p.record_id from record_person p where p.").append(PERSON_DATES[i])
                    .append(" between :figureFrom and :figureTo");
        }
        long[] counts = new long[PERSON_DATES.length];
        jdbc.query("select d.k, count(*) as n from (" + dated + ") d join oversight_record r on r.id = d.record_id"
                + " where " + where.sql + " group by d.k", where.params, rs -> {
                    counts[rs.getInt("k")] = rs.getLong("n");
                });
        return counts;
    }

    /** Damage and recoveries of visible records dated in the period, summed by kind. */
    private java.util.Map<String, Long> sums(Visibility reader, LocalDate from, LocalDate to) {
        Where where = RecordQueries.visibleTo(reader).param("figureFrom", from).param("figureTo", to);
        java.util.Map<String, Long> sums = new java.util.HashMap<>();
        jdbc.query("select m.kind, coalesce(sum(m.amount_vnd), 0) as total from record_money m join oversight_record r"
                + " on r.id = m.record_id where " + where.sql + " and m.kind in ('" + MoneyKind.DAMAGE.name() + "', '"
                + MoneyKind.RECOVERED.name() + "') and m.as_of between :figureFrom and :figureTo group by m.kind",
                where.params, rs -> {
                    sums.put(rs.getString("kind"), rs.getLong("total"));
                });
        return sums;
    }

    /**
     * Visible records by the level the last decision on or before {@code to} names (index 1..3): one ordered pass
     * over the decisions index, keeping each record's last decision, instead of one look-up per record and level.
     */
    private long[] levelsAtEnd(Visibility reader, LocalDate to) {
        Where where = RecordQueries.visibleTo(reader).param("figureTo", to);
        long[] counts = new long[4];
        jdbc.query("select lastc.oversight_level, count(*) as n from (select distinct on (lc.record_id) lc.record_id, lc.decided_on, lc.id,"
                + " lc.oversight_level from record_level_change lc where lc.decided_on <= :figureTo"
                // descending: the order of the (record_id, decided_on, id) index read backwards, no sort
                + " order by lc.record_id desc, lc.decided_on desc, lc.id desc) lastc"
                // no filter on the level here: the planner would expect a handful of rows and look every
                // visible record up one by one; levels other than 1..3 (none: out of monitoring) are skipped below
                + " join oversight_record r on r.id = lastc.record_id where " + where.sql
                + " group by lastc.oversight_level", where.params, rs -> {
                    int level = rs.getInt("oversight_level");
                    if (!rs.wasNull() && level >= 1 && level <= 3) {
                        counts[level] = rs.getLong("n");
                    }
                });
        return counts;
    }

    /** Visible records a decision in the period put at each level (0..2) and took from it (3..5). */
    private long[] levelChanges(Visibility reader, LocalDate from, LocalDate to) {
        Where where = RecordQueries.visibleTo(reader).param("figureFrom", from).param("figureTo", to);
        StringBuilder columns = new StringBuilder();
        for (int level = 1; level <= 3; level++) {
            columns.append(", count(distinct d.record_id) filter (where d.lvl_after = ").append(level)
                    .append(" and d.lvl_before <> ").append(level).append(") as added").append(level);
        }
        for (int level = 1; level <= 3; level++) {
            columns.append(", count(distinct d.record_id) filter (where coalesce(d.lvl_after, 0) <> ").append(level)
                    .append(" and d.lvl_before = ").append(level).append(") as removed").append(level);
        }
        long[] counts = new long[6];
        jdbc.query("select " + columns.substring(2) + " from (select lc.record_id, lc.oversight_level as lvl_after, "
                + LEVEL_BEFORE + " as lvl_before from record_level_change lc join oversight_record r on r.id = lc.record_id"
                + " where " + where.sql + " and lc.decided_on between :figureFrom and :figureTo) d", where.params,
                rs -> {
                    for (int level = 1; level <= 3; level++) {
                        counts[level - 1] = rs.getLong("added" + level);
                        counts[level + 2] = rs.getLong("removed" + level);
                    }
                });
        return counts;
    }

    /** Visible records having a deadline met (0) and missed (1) in the period. */
    private long[] deadlines(Visibility reader, LocalDate from, LocalDate to, LocalDate today) {
        Where where = RecordQueries.visibleTo(reader).param("figureFrom", from).param("figureTo", to)
                .param("figureToday", today);
        long[] counts = new long[2];
        jdbc.query("select d.k, count(distinct d.record_id) as n from (select 0 as k, tl.record_id from record_time_limit tl"
                + " where tl.end_date between :figureFrom and :figureTo and tl.end_date <= tl.due_date"
                + " union all select 1, tl.record_id from record_time_limit tl"
                + " where tl.due_date between :figureFrom and :figureTo"
                + " and (tl.end_date > tl.due_date or (tl.end_date is null and tl.due_date < :figureToday))) d"
                + " join oversight_record r on r.id = d.record_id where " + where.sql + " group by d.k", where.params,
                rs -> {
                    counts[rs.getInt("k")] = rs.getLong("n");
                });
        return counts;
    }

    /** How many visible records a figure counts: the same condition its list uses. */
    long records(Visibility reader, Figure figure, Integer level, LocalDate from, LocalDate to, LocalDate today) {
        Where where = narrow(RecordQueries.visibleTo(reader), figure, level, from, to, today);
        return number("select count(*) from oversight_record r where " + where.sql, where);
    }

    private long number(String sql, Where where) {
        Number n = jdbc.queryForObject(sql, where.params, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static String caseEvent(EventType type) {
        return "r.kind = '" + RecordKind.CASE.name() + "' and " + event(type);
    }

    /** An event of the type, in force, dated in the period (the type is an enum name, never input). */
    private static String event(EventType type) {
        return "exists (select 1 from record_event fe where fe.record_id = r.id and fe.type = '" + type.name()
                + "' and fe.superseded_by_id is null and fe.event_date between :figureFrom and :figureTo)";
    }

    private static String personDated(String dateColumn) {
        return "exists (select 1 from record_person fp where fp.record_id = r.id and fp." + dateColumn
                + " between :figureFrom and :figureTo)";
    }

    private static String money(MoneyKind kind) {
        return "exists (select 1 from record_money fm where fm.record_id = r.id and fm.kind = '" + kind.name()
                + "' and fm.as_of between :figureFrom and :figureTo)";
    }

    /** The level the last decision on or before the period's end names. */
    private static String levelAtEnd() {
        return "(select lc.oversight_level from record_level_change lc where lc.record_id = r.id"
                + " and lc.decided_on <= :figureTo order by lc.decided_on desc, lc.id desc limit 1) = :figureLevel";
    }

    /** The level in force before decision {@code lc} (0 when none: not yet under monitoring, or taken out). */
    private static final String LEVEL_BEFORE = "coalesce((select lp.oversight_level from record_level_change lp"
            + " where lp.record_id = lc.record_id and (lp.decided_on < lc.decided_on"
            + " or (lp.decided_on = lc.decided_on and lp.id < lc.id))"
            + " order by lp.decided_on desc, lp.id desc limit 1), 0)";

    private static String levelAdded() {
        return "exists (select 1 from record_level_change lc where lc.record_id = r.id"
                + " and lc.decided_on between :figureFrom and :figureTo and lc.oversight_level = :figureLevel and "
                + LEVEL_BEFORE + " <> :figureLevel)";
    }

    private static String levelRemoved() {
        return "exists (select 1 from record_level_change lc where lc.record_id = r.id"
                + " and lc.decided_on between :figureFrom and :figureTo and coalesce(lc.oversight_level, 0) <> :figureLevel"
                + " and " + LEVEL_BEFORE + " = :figureLevel)";
    }

    /** A stage left in the period on or before its limit's last day. */
    private static String deadlineMet() {
        return "exists (select 1 from record_time_limit tl where tl.record_id = r.id"
                + " and tl.end_date between :figureFrom and :figureTo and tl.end_date <= tl.due_date)";
    }

    /** A limit whose last day is in the period, its stage left after it or still open with that day passed. */
    private static String deadlineMissed() {
        return "exists (select 1 from record_time_limit tl where tl.record_id = r.id"
                + " and tl.due_date between :figureFrom and :figureTo"
                + " and (tl.end_date > tl.due_date or (tl.end_date is null and tl.due_date < :figureToday)))";
    }
}
