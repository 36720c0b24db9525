package vn.theodoi.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.LimitFlag;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.records.LevelStageCount;
import vn.theodoi.records.RecordCursor;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.ReportSecrecy;
import vn.theodoi.records.Records;
import vn.theodoi.shared.PrimaryDatabase;
import vn.theodoi.shared.ProcedureTime;

/**
 * The read side of records at scale: lists, counts and widgets in plain SQL, every statement
 * carrying the reader's visibility (DOMAIN.md section 9) in its where-clause. Nothing is filtered
 * after loading.
 */
@Component
public class RecordQueries {

    /** Where records keep what the visibility policy looks at. */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("r.id", "r.classification", "r.owner_unit_id",
            new Visibility.Membership("record_province", "record_id", "province_code"),
            new Visibility.Membership("record_agency", "record_id", "organization_id"),
            new Visibility.Membership("record_reader", "record_id", "username"));

    /**
     * On PostgreSQL a province officer's records are found by the provinces array on the record's row (V67, kept
     * equal to record_province by the aggregate) through its GIN index: 3 to 4 times faster at a million records
     * than probing record_province for each row (issue 13's load test).
     */
    static final Visibility.Columns VISIBLE_ON_POSTGRESQL = new Visibility.Columns("r.id", "r.classification",
            "r.owner_unit_id", VISIBLE.provinces().inArray("r.province_codes"), VISIBLE.agencies(), VISIBLE.readers());

    /**
     * On PostgreSQL the persons' rows carry their record's classification, owning unit and provinces (V83, kept
     * equal by triggers): the same policy over those narrows a search of persons inside the persons' indexes.
     */
    static final Visibility.Columns PERSONS_ON_POSTGRESQL = new Visibility.Columns("p.record_id",
            "p.record_classification", "p.record_owner_unit_id", VISIBLE.provinces().inArray("p.record_province_codes"),
            VISIBLE.agencies(), VISIBLE.readers());

    static final String SUMMARY_COLUMNS = """
            r.id, r.code, r.kind, r.title, r.oversight_level, r.severity, r.classification, r.current_stage,
            r.current_due_date, r.current_request_deadline, r.responsible_username, r.updated_at, r.limit_flags,
            r.next_milestone_date,
            coalesce(o.short_name, o.name) as owner_name
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PrimaryDatabase database;

    RecordQueries(NamedParameterJdbcTemplate jdbc, PrimaryDatabase database) {
        this.jdbc = jdbc;
        this.database = database;
    }


    /** The reader may see the record: clearance, scope, and the access list for classified records. */
    static Where visibleTo(Visibility reader) {
        return reader.where(VISIBLE);
    }

    private Visibility.Columns visible() {
        return database.isPostgreSql() ? VISIBLE_ON_POSTGRESQL : VISIBLE;
    }

    /** The records the reader may see, read the fastest way this database allows (the lists' and search's start). */
    Where visibleWhere(Visibility reader) {
        return reader.where(visible());
    }

    /**
     * The persons ({@code p}) of the records ({@code r}) the reader may see: the records' visibility, and on
     * PostgreSQL the same policy over the facts the persons' rows copy from their record, which the persons'
     * indexes can answer.
     */
    Where personsVisibleWhere(Visibility reader) {
        Where where = visibleWhere(reader);
        return database.isPostgreSql() ? where.and(reader.where(PERSONS_ON_POSTGRESQL)) : where;
    }

    Where matching(Visibility reader, RecordFilter filter, LocalDate today, int dueSoonDays) {
        Where where = reader.where(visible());
        if (filter.kind() != null) {
            where.and("r.kind = :kind").param("kind", filter.kind().name());
        }
        if (filter.level() != null) {
            where.and("r.oversight_level = :level").param("level", filter.level());
        }
        if (filter.stage() != null) {
            where.and("r.current_stage = :stage").param("stage", filter.stage().name());
        }
        if (filter.severity() != null) {
            where.and("r.severity = :severity").param("severity", filter.severity().name());
        }
        if (filter.classification() != null) {
            where.and("r.classification = :classification").param("classification", filter.classification().name());
        }
        if (filter.province() != null && !filter.province().isBlank()) {
            // the array's GIN index on PostgreSQL (see OversightRecord.provinceArray); H2 has no such index
            where.and(database.isPostgreSql() ? "r.province_codes @> array[cast(:province as varchar)]"
                    : "array_contains(r.province_codes, :province)").param("province", filter.province().strip());
        }
        if (filter.agency() != null && !filter.agency().isBlank()) {
            where.and("exists (select 1 from record_agency fa join organization fo on fo.id = fa.organization_id"
                    + " where fa.record_id = r.id and fo.code = :agency)").param("agency", filter.agency().strip());
        }
        if (filter.isFlagged()) {
            where.and("r.limit_flags is not null");
        }
        if (filter.responsible() != null && !filter.responsible().isBlank()) {
            where.and("r.responsible_username = :responsible").param("responsible", filter.responsible().strip());
        }
        if (filter.isBehindMilestone()) {
            where.and("r.next_milestone_date < :today").param("today", today);
        }
        if (filter.isRequestPassed()) {
            // the last day to ask for an extension is gone, the limit itself still runs
            where.and("r.current_request_deadline < :today and r.current_due_date >= :today").param("today", today);
        }
        if (filter.isMine()) {
            where.and("r.responsible_username = :me").param("me", reader.username());
        }
        if (filter.hasFigure()) {
            RecordFigureQueries.narrow(where, filter.figure(), filter.figureLevel(), filter.figureFrom(),
                    filter.figureTo(), today);
        }
        String text = filter.searchText();
        if (!text.isEmpty()) {
            where.and("r.search_text like :text").param("text", "%" + escapeLike(text) + "%");
        }
        if (filter.deadline() != null) {
            where.param("today", today).param("soon", today.plusDays(dueSoonDays));
            where.and(switch (filter.deadline()) {
                case OVERDUE -> "r.current_due_date < :today";
                // due within the window, or the last day to request an extension is in it while the limit runs
                // past it; every such limit ends today or later, which a list walks in due order from today
                // (counted apart, see countedApart)
                case DUE_SOON -> "r.current_due_date >= :today and (" + DUE_WITHIN_WINDOW + " or "
                        + REQUEST_DAY_WITHIN_WINDOW + ")";
                case ON_TRACK -> "r.current_due_date > :soon and (r.current_request_deadline is null"
                        + " or r.current_request_deadline > :soon)";
                // A list shows running limits; met and missed ones belong to closed stages.
                case MET, MISSED -> "1 = 0";
            });
        }
        return where;
    }

    public Page<RecordSummary> search(Visibility reader, RecordFilter filter, Pageable pageable, LocalDate today,
            int dueSoonDays) {
        Where where = matching(reader, filter, today, dueSoonDays);
        String order = filter.sortOrDefault().orderBy();
        where.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        List<RecordSummary> rows = jdbc.query(rowsOf(where, order, "limit :limit offset :offset"), where.params,
                (rs, n) -> summary(rs, today, dueSoonDays));
        int cap = Records.countCap(filter);
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : Math.max(Math.min(cap + 1, countedApart(reader, filter, today, dueSoonDays).stream()
                        .mapToLong(part -> cappedCount(part, cap)).sum()), pageable.getOffset() + rows.size());
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * A page of rows: the page's ids first, then only their rows. Where an index holds every column of the
     * filter and the order (on PostgreSQL the due date's index carries the visibility columns and the provinces,
     * V68) the ids come from the index alone, and the table is read for the page's rows only, not for every
     * row the filter looks at.
     */
    private static String rowsOf(Where where, String order, String limit) {
        return "select " + SUMMARY_COLUMNS + " from (select r.id from oversight_record r where " + where.sql
                + " order by " + order + " " + limit + ") page join oversight_record r on r.id = page.id"
                + " join organization o on o.id = r.owner_organization_id order by " + order;
    }

    /** Every row {@link #search} pages through, in its order, one at a time (exports of the whole list). */
    public void forEach(Visibility reader, RecordFilter filter, LocalDate today, int dueSoonDays,
            java.util.function.Consumer<RecordSummary> each) {
        Where where = matching(reader, filter, today, dueSoonDays);
        vn.theodoi.shared.RowStreams.forEach(jdbc, "select " + SUMMARY_COLUMNS
                + " from oversight_record r join organization o on o.id = r.owner_organization_id where " + where.sql
                + " order by " + filter.sortOrDefault().orderBy(), where.params,
                rs -> each.accept(summary(rs, today, dueSoonDays)));
    }

    public long count(Visibility reader, RecordFilter filter, LocalDate today, int dueSoonDays) {
        List<Where> parts = countedApart(reader, filter, today, dueSoonDays);
        var byClearanceAlone = reader.classificationsSeenByClearanceAlone();
        boolean deadlineAlone = filter.deadline() != null && filter.equals(RecordFilter.deadline(filter.deadline()));
        if (byClearanceAlone.isPresent() && deadlineAlone && database.isPostgreSql()) {
            // the limits by due date the database keeps with each write (V69), for the home page's leaders
            if (filter.deadline() == DeadlineStatus.OVERDUE) {
                return dueTally(byClearanceAlone.get(), "current_due_date < :today", today, dueSoonDays);
            }
            if (filter.deadline() == DeadlineStatus.DUE_SOON) {
                return dueTally(byClearanceAlone.get(), "current_due_date >= :today and current_due_date <= :soon",
                        today, dueSoonDays) + count(parts.get(1));
            }
        }
        return parts.stream().mapToLong(this::count).sum();
    }

    private long dueTally(List<String> classifications, String dueDates, LocalDate today, int dueSoonDays) {
        Long n = jdbc.queryForObject("select coalesce(sum(records), 0) from ("
                + "select current_due_date, records from record_due_tally where classification in (:classifications)"
                + " union all select current_due_date, records from record_due_tally_change"
                + " where classification in (:classifications)) tally where " + dueDates,
                Map.of("classifications", classifications, "today", today, "soon", today.plusDays(dueSoonDays)),
                Long.class);
        return n == null ? 0 : n;
    }

    private static final String DUE_WITHIN_WINDOW = "(r.current_due_date >= :today and r.current_due_date <= :soon)";
    private static final String REQUEST_DAY_WITHIN_WINDOW = "(r.current_request_deadline <= :soon"
            + " and r.current_due_date > :soon)";

    /**
     * The filter as disjoint parts whose counts add up to its count. "Due soon" is two index ranges; or'ed in one
     * count, PostgreSQL walked the index entry of every limit with a request day (466 ms at a million records),
     * while each part alone is a range of its index (7 ms for both).
     */
    private List<Where> countedApart(Visibility reader, RecordFilter filter, LocalDate today, int dueSoonDays) {
        if (filter.deadline() != DeadlineStatus.DUE_SOON) {
            return List.of(matching(reader, filter, today, dueSoonDays));
        }
        RecordFilter anyDeadline = filter.withDeadline(null);
        return Stream.of(DUE_WITHIN_WINDOW, REQUEST_DAY_WITHIN_WINDOW)
                .map(part -> matching(reader, anyDeadline, today, dueSoonDays).and(part).param("today", today)
                        .param("soon", today.plusDays(dueSoonDays)))
                .toList();
    }

    private long count(Where where) {
        Long n = jdbc.queryForObject("select count(*) from oversight_record r where " + where.sql, where.params,
                Long.class);
        return n == null ? 0 : n;
    }

    /** The number of matches, or {@code cap + 1} when there are more than {@code cap}. */
    private long cappedCount(Where where, int cap) {
        Long n = jdbc.queryForObject("select count(*) from (select 1 from oversight_record r where " + where.sql
                + " limit " + (cap + 1) + ") matches", where.params, Long.class);
        return n == null ? 0 : n;
    }

    public boolean isVisible(Visibility reader, Long id) {
        Where where = reader.where(visible()).and("r.id = :id").param("id", id);
        return count(where) > 0;
    }

    /** Counts by oversight level and stage, for the home page. */
    public List<LevelStageCount> countByLevelAndStage(Visibility reader) {
        var byClearanceAlone = reader.classificationsSeenByClearanceAlone();
        if (byClearanceAlone.isPresent() && database.isPostgreSql()) {
            // the tallies the database keeps with each write (V69): a few hundred rows, not every record
            return jdbc.query("""
                    select oversight_level, current_stage, sum(records) as n from (
                      select oversight_level, current_stage, records from record_tally
                      where classification in (:classifications)
                      union all
                      select oversight_level, current_stage, records from record_tally_change
                      where classification in (:classifications)) tally
                    group by oversight_level, current_stage having sum(records) <> 0""",
                    Map.of("classifications", byClearanceAlone.get()),
                    (rs, n) -> new LevelStageCount((Integer) rs.getObject("oversight_level"),
                            stage(rs.getString("current_stage")), rs.getLong("n")));
        }
        Where where = reader.where(visible());
        return jdbc.query("select r.oversight_level, r.current_stage, count(*) as n from oversight_record r where "
                + where.sql + " group by r.oversight_level, r.current_stage", where.params,
                (rs, n) -> new LevelStageCount((Integer) rs.getObject("oversight_level"),
                        stage(rs.getString("current_stage")), rs.getLong("n")));
    }

    /** Visible records whose running limit is overdue or due soon, most urgent first (no total: the caller counts). */
    public List<RecordSummary> urgent(Visibility reader, DeadlineStatus status, int limit, LocalDate today, int dueSoonDays) {
        return first(reader, RecordFilter.deadline(status), limit, today, dueSoonDays);
    }

    /** The first visible records a filter matches, in its order (no total: the caller counts). */
    public List<RecordSummary> first(Visibility reader, RecordFilter filter, int limit, LocalDate today,
            int dueSoonDays) {
        Where where = matching(reader, filter, today, dueSoonDays).param("limit", limit);
        return jdbc.query(rowsOf(where, filter.sortOrDefault().orderBy(), "limit :limit"), where.params,
                (rs, n) -> summary(rs, today, dueSoonDays));
    }

    /**
     * The rows of a list just after a cursor, in the cursor's order, at most {@code limit}: a deep page read
     * through the index from where the last one ended, however deep. No total: the list has counted already.
     */
    public List<RecordSummary> after(Visibility reader, RecordFilter filter, RecordCursor cursor, int limit,
            LocalDate today, int dueSoonDays) {
        Where where = matching(reader, filter, today, dueSoonDays).param("limit", limit).param("afterId", cursor.id());
        where.and(switch (cursor.sort()) {
            case UPDATED -> {
                where.param("afterUpdated", utc(cursor.updatedAt()));
                yield "(r.updated_at, r.id) < (:afterUpdated, :afterId)";
            }
            case DUE -> {
                if (cursor.due() == null) {
                    yield "(r.current_due_date is null and r.id > :afterId)";
                }
                where.param("afterDue", cursor.due());
                yield "(r.current_due_date > :afterDue or r.current_due_date is null"
                        + " or (r.current_due_date = :afterDue and r.id > :afterId))";
            }
            case CODE -> {
                where.param("afterCode", cursor.code());
                yield "r.code > :afterCode";
            }
            case LEVEL -> {
                where.param("afterUpdated", utc(cursor.updatedAt()));
                if (cursor.level() == null) {
                    yield "(r.oversight_level is null and (r.updated_at, r.id) < (:afterUpdated, :afterId))";
                }
                where.param("afterLevel", cursor.level());
                yield "(r.oversight_level > :afterLevel or r.oversight_level is null or (r.oversight_level = :afterLevel"
                        + " and (r.updated_at, r.id) < (:afterUpdated, :afterId)))";
            }
            case TITLE -> {
                where.param("afterTitle", cursor.title());
                yield "(r.title, r.id) > (:afterTitle, :afterId)";
            }
        });
        return jdbc.query(rowsOf(where, cursor.sort().orderBy(), "limit :limit"), where.params,
                (rs, n) -> summary(rs, today, dueSoonDays));
    }

    private static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /**
     * What falls due between two days in the records the reader may see: running limits' due dates, last days to
     * request an extension, and targets of directed milestones not yet achieved; by date, at most {@code limit}.
     */
    public List<vn.theodoi.records.CalendarEntry> dueBetween(Visibility reader, LocalDate from, LocalDate to,
            int limit, LocalDate today, int dueSoonDays) {
        Where where = reader.where(visible()).param("from", from).param("to", to).param("limit", limit);
        String columns = "r.id, r.code, r.title, r.current_stage, r.oversight_level, r.responsible_username";
        String sql = "select * from ("
                + "select 'DUE' as due_kind, r.current_due_date as due_day, " + columns + " from oversight_record r where "
                + where.sql + " and r.current_due_date between :from and :to"
                + " union all select 'REQUEST' as due_kind, r.current_request_deadline as due_day, " + columns
                + " from oversight_record r where " + where.sql
                + " and r.current_request_deadline between :from and :to and r.current_due_date >= r.current_request_deadline"
                + " union all select 'MILESTONE' as due_kind, m.target_date as due_day, " + columns
                + " from record_milestone m join oversight_record r on r.id = m.record_id where " + where.sql
                + " and m.target_date between :from and :to and m.achieved_on is null"
                + ") due order by due_day, code, due_kind limit :limit";
        return jdbc.query(sql, where.params, (rs, n) -> new vn.theodoi.records.CalendarEntry(
                rs.getObject("due_day", LocalDate.class), vn.theodoi.records.CalendarEntry.What.valueOf(rs.getString("due_kind")),
                rs.getLong("id"), rs.getString("code"), rs.getString("title"), stage(rs.getString("current_stage")),
                (Integer) rs.getObject("oversight_level"), rs.getString("responsible_username")));
    }

    public java.util.Optional<RecordSummary> one(Visibility reader, Long id, LocalDate today, int dueSoonDays) {
        Where where = reader.where(visible()).and("r.id = :id").param("id", id);
        return jdbc.query("select " + SUMMARY_COLUMNS + " from oversight_record r join organization o"
                + " on o.id = r.owner_organization_id where " + where.sql, where.params,
                (rs, n) -> summary(rs, today, dueSoonDays)).stream().findFirst();
    }

    public List<RecordSummary> children(Visibility reader, Long parentId, LocalDate today, int dueSoonDays) {
        Where where = reader.where(visible()).and("r.parent_id = :parent").param("parent", parentId);
        return jdbc.query("select " + SUMMARY_COLUMNS + " from oversight_record r join organization o"
                + " on o.id = r.owner_organization_id where " + where.sql + " order by r.code", where.params,
                (rs, n) -> summary(rs, today, dueSoonDays));
    }

    public Map<Long, List<String>> provincesOf(List<Long> recordIds) {
        Map<Long, List<String>> byRecord = new java.util.HashMap<>();
        if (recordIds.isEmpty()) {
            return byRecord;
        }
        jdbc.query("select rp.record_id, p.name from record_province rp join province p on p.code = rp.province_code"
                + " where rp.record_id in (:ids) order by p.sort_order", new MapSqlParameterSource("ids", recordIds),
                rs -> {
                    byRecord.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byRecord;
    }

    /**
     * The records a report over {@code from}..{@code to} draws on within the reader's scope, seen or not
     * (see {@link ReportSecrecy}): counted by classification, with how many the reader may not see.
     */
    public ReportSecrecy reportSecrecy(Visibility reader, LocalDate from, LocalDate to) {
        Visibility.Condition scope = reader.scopeCondition(visible());
        Visibility.Condition visible = reader.condition(visible());
        MapSqlParameterSource params = new MapSqlParameterSource(scope.parameters());
        visible.parameters().forEach(params::addValue);
        params.addValue("periodStart", from.atStartOfDay(ProcedureTime.VIETNAM).toOffsetDateTime()
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC))
                .addValue("afterEnd", to.plusDays(1).atStartOfDay(ProcedureTime.VIETNAM).toOffsetDateTime()
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC))
                .addValue("finalStages", List.of(Stage.CLOSED.name(), Stage.DISMISSED.name()));
        Map<Clearance, Long> counts = new java.util.EnumMap<>(Clearance.class);
        long[] hidden = {0};
        jdbc.query("select r.classification, count(*) as total, sum(case when " + visible.sql()
                + " then 0 else 1 end) as hidden from oversight_record r where " + scope.sql()
                + " and r.created_at < :afterEnd and (r.current_stage is null or r.current_stage not in (:finalStages)"
                + " or r.updated_at >= :periodStart) group by r.classification", params, rs -> {
                    counts.put(Clearance.valueOf(rs.getString("classification")), rs.getLong("total"));
                    hidden[0] += rs.getLong("hidden");
                });
        return new ReportSecrecy(counts, hidden[0]);
    }

    static RecordSummary summary(ResultSet rs, LocalDate today, int dueSoonDays) throws SQLException {
        LocalDate due = rs.getObject("current_due_date", LocalDate.class);
        LocalDate request = rs.getObject("current_request_deadline", LocalDate.class);
        Timestamp updated = rs.getTimestamp("updated_at");
        return new RecordSummary(rs.getLong("id"), rs.getString("code"), RecordKind.valueOf(rs.getString("kind")),
                rs.getString("title"), (Integer) rs.getObject("oversight_level"),
                rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity")),
                Clearance.valueOf(rs.getString("classification")), stage(rs.getString("current_stage")), due, request,
                due == null ? null : DeadlineEngine.openStatus(due, request, today, dueSoonDays),
                rs.getString("owner_name"), rs.getString("responsible_username"),
                updated == null ? null : updated.toInstant(), flags(rs.getString("limit_flags")),
                rs.getObject("next_milestone_date", LocalDate.class));
    }

    private static List<LimitFlag> flags(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).map(LimitFlag::valueOf).toList();
    }

    private static Stage stage(String value) {
        return value == null ? null : Stage.valueOf(value);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
