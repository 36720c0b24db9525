package vn.theodoi.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.shared.PrimaryDatabase;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Workload;

/**
 * The read side of tasks: lists, statistics and widgets in plain SQL, every statement carrying
 * the reader's visibility in its where-clause. Nothing is filtered after loading.
 */
@Component
public class TaskQueries {

    /** Lists count up to this many matches (as records' lists do). */
    public static final int COUNT_CAP = 10_000;

    /**
     * Where tasks keep what the visibility policy looks at: the lead organization is the owning
     * unit and the coordinating organizations share it; the provinces and the agencies are those of
     * the lead and coordinating organizations.
     */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("t.id", "t.classification",
            "t.lead_organization_id",
            new Visibility.Membership("task_province", "task_id", "province_code"),
            new Visibility.Membership("task_agency", "task_id", "organization_id"),
            new Visibility.Membership("task_reader", "task_id", "username"),
            new Visibility.Membership("task_coordinator", "task_id", "organization_id"));

    private static final String SUMMARY_COLUMNS = """
            t.id, t.code, t.title, t.source_type, t.source_reference, t.meeting_id, t.requirement_number,
            t.parent_id, t.milestone, t.classification, t.assigned_on, t.due_date, t.completed_on,
            t.responsible_username, t.updated_at, o.code as lead_code, coalesce(o.short_name, o.name) as lead_name
            """;
    private static final String FROM = " from task t join organization o on o.id = t.lead_organization_id where ";

    /** What a period's statistics count: due in it, or without a due date and assigned in it. */
    private static final String DUE_IN_PERIOD = "(t.due_date >= :from and t.due_date <= :to)";
    private static final String UNDATED_IN_PERIOD = "(t.due_date is null and t.assigned_on >= :from and t.assigned_on <= :to)";
    private static final String IN_PERIOD = "(" + DUE_IN_PERIOD + " or " + UNDATED_IN_PERIOD + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final PrimaryDatabase database;

    TaskQueries(NamedParameterJdbcTemplate jdbc, PrimaryDatabase database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * A period's four statuses over every top-level task, from the tally the database keeps with each write (V71,
     * PostgreSQL), for a reader whom clearance alone limits; empty for any other reader or database (the caller
     * counts the tasks, {@link #countsByOrganization}).
     */
    public Optional<TaskStats.Counts> talliedTotals(Visibility reader, LocalDate from, LocalDate to, LocalDate today) {
        var classifications = reader.classificationsSeenByClearanceAlone();
        if (classifications.isEmpty() || !database.isPostgreSql()) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("""
                select coalesce(sum(tasks) filter (where state = 'T'), 0) as on_time,
                       coalesce(sum(tasks) filter (where state = 'L'), 0) as late,
                       coalesce(sum(tasks) filter (where state = 'O' and (undated or period_day >= :today)), 0)
                           as in_progress,
                       coalesce(sum(tasks) filter (where state = 'O' and not undated and period_day < :today), 0)
                           as overdue
                from (select period_day, undated, state, tasks from task_tally
                      where classification in (:classifications)
                      union all
                      select period_day, undated, state, tasks from task_tally_change
                      where classification in (:classifications)) tally
                where period_day >= :from and period_day <= :to""",
                Map.of("classifications", classifications.get(), "from", from, "to", to, "today", today),
                (rs, n) -> new TaskStats.Counts(rs.getLong("on_time"), rs.getLong("late"), rs.getLong("in_progress"),
                        rs.getLong("overdue"))));
    }


    static Where visibleTo(Visibility reader) {
        return reader.where(VISIBLE);
    }

    static Where matching(Visibility reader, TaskFilter filter, LocalDate today) {
        Where where = visibleTo(reader).param("today", today);
        if (filter.status() != null) {
            where.and(filter.status().condition());
        }
        if (filter.lead() != null && !filter.lead().isBlank()) {
            where.and("o.code = :lead").param("lead", filter.lead().strip());
        }
        if (filter.source() != null) {
            where.and("t.source_type = :source").param("source", filter.source().name());
        }
        if (filter.meeting() != null) {
            where.and("t.meeting_id = :meeting").param("meeting", filter.meeting());
        }
        if (filter.dueFrom() != null) {
            where.and("t.due_date >= :dueFrom").param("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.and("t.due_date <= :dueTo").param("dueTo", filter.dueTo());
        }
        if (filter.periodFrom() != null || filter.periodTo() != null) {
            where.and("t.parent_id is null").and(IN_PERIOD)
                    .param("from", filter.periodFrom() == null ? LocalDate.of(1900, 1, 1) : filter.periodFrom())
                    .param("to", filter.periodTo() == null ? LocalDate.of(9999, 12, 31) : filter.periodTo());
        }
        if (filter.isMine()) {
            where.and("t.responsible_username = :me").param("me", reader.username());
        }
        String text = VietnameseText.searchWords(filter.q());
        if (!text.isEmpty()) {
            where.and("t.search_text like :text").param("text", "%" + escapeLike(text) + "%");
        }
        return where;
    }

    public Page<TaskSummary> search(Visibility reader, TaskFilter filter, Pageable pageable, LocalDate today) {
        Where where = matching(reader, filter, today);
        where.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        List<TaskSummary> rows = jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql + " order by "
                + filter.sortOrDefault().orderBy() + " limit :limit offset :offset", where.params,
                (rs, n) -> summary(rs, today));
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : Math.max(cappedCount(where), pageable.getOffset() + rows.size());
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every row {@link #search} pages through, in its order, one at a time (exports of the whole list). */
    public void forEach(Visibility reader, TaskFilter filter, LocalDate today,
            java.util.function.Consumer<TaskSummary> each) {
        Where where = matching(reader, filter, today);
        vn.theodoi.shared.RowStreams.forEach(jdbc, "select " + SUMMARY_COLUMNS + FROM + where.sql + " order by "
                + filter.sortOrDefault().orderBy(), where.params, rs -> each.accept(summary(rs, today)));
    }

    private long cappedCount(Where where) {
        Long n = jdbc.queryForObject("select count(*) from (select 1 from task t join organization o"
                + " on o.id = t.lead_organization_id where " + where.sql + " limit " + (COUNT_CAP + 1) + ") matches",
                where.params, Long.class);
        return n == null ? 0 : n;
    }

    public boolean isVisible(Visibility reader, Long id) {
        Where where = visibleTo(reader).and("t.id = :id").param("id", id);
        Long n = jdbc.queryForObject("select count(*) from task t where " + where.sql, where.params, Long.class);
        return n != null && n > 0;
    }


    /** The milestones of a scheme the reader may see, in their order. */
    public List<TaskSummary> children(Visibility reader, Long parentId, LocalDate today) {
        Where where = visibleTo(reader).and("t.parent_id = :parent").param("parent", parentId);
        return jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql + " order by t.due_date asc nulls last, t.id",
                where.params, (rs, n) -> summary(rs, today));
    }

    /**
     * The four statuses of the top-level tasks (a scheme's milestones are counted in their scheme)
     * due in the period, or without a due date and assigned in it, per lead organization.
     */
    public List<TaskStats.OrganizationCounts> countsByOrganization(Visibility reader, LocalDate from, LocalDate to,
            Collection<Long> organizationIds, TaskSourceType source, LocalDate today) {
        Where where = visibleTo(reader).param("today", today).param("from", from).param("to", to)
                .and("t.parent_id is null");
        if (source != null) {
            where.and("t.source_type = :source").param("source", source.name());
        }
        if (organizationIds != null) {
            where.and("t.lead_organization_id in (:orgs)").param("orgs", organizationIds);
        }
        // The period's two halves counted apart and added: each is a range of its own covering index on
        // PostgreSQL (V70), read without the table; or'ed, the tasks were read from the table one by one
        // (156 ms at 261,000 tasks against about 30 ms apart).
        StringBuilder byUnit = new StringBuilder("select t.lead_organization_id");
        StringBuilder sql = new StringBuilder("select o.code, coalesce(o.short_name, o.name) as name");
        for (TaskStatus status : TaskStatus.values()) {
            String column = status.name().toLowerCase();
            byUnit.append(", sum(case when ").append(status.condition()).append(" then 1 else 0 end) as ")
                    .append(column);
            sql.append(", sum(c.").append(column).append(") as ").append(column);
        }
        byUnit.append(" from task t where ").append(where.sql).append(" and ");
        sql.append(" from (").append(byUnit).append(DUE_IN_PERIOD).append(" group by t.lead_organization_id")
                .append(" union all ").append(byUnit).append(UNDATED_IN_PERIOD)
                .append(" group by t.lead_organization_id) c join organization o on o.id = c.lead_organization_id")
                .append(" group by o.code, o.short_name, o.name, o.sort_order order by o.sort_order, o.code");
        return jdbc.query(sql.toString(), where.params, (rs, n) -> new TaskStats.OrganizationCounts(
                rs.getString("code"), rs.getString("name"),
                new TaskStats.Counts(rs.getLong("completed_on_time"), rs.getLong("completed_late"),
                        rs.getLong("in_progress"), rs.getLong("overdue"))));
    }

    /** How many visible tasks match, whole (for summaries that must not stop at the cap). */
    public long count(Visibility reader, String condition, Map<String, Object> params, LocalDate today) {
        Where where = visibleTo(reader).param("today", today).and(condition);
        params.forEach(where::param);
        Long n = jdbc.queryForObject("select count(*) from task t where " + where.sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** The first visible tasks matching a condition, in an order. */
    public List<TaskSummary> first(Visibility reader, String condition, Map<String, Object> params, String orderBy,
            int limit, LocalDate today) {
        Where where = visibleTo(reader).param("today", today).param("limit", limit).and(condition);
        params.forEach(where::param);
        return jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql + " order by " + orderBy + " limit :limit",
                where.params, (rs, n) -> summary(rs, today));
    }

    /** Open visible tasks of the reader's units that wait with someone, longest first. */
    public List<Workload.Waiting> waiting(Visibility reader, Collection<Long> unitIds, LocalDate today, int limit) {
        Where where = visibleTo(reader).param("today", today).param("limit", limit).param("units", unitIds)
                .and("t.completed_on is null and t.responsible_username is not null")
                .and("t.lead_organization_id in (:units)");
        return jdbc.query("select t.id, t.code, t.title, t.responsible_username, t.waiting_since, t.due_date"
                + " from task t where " + where.sql + " order by t.responsible_username, t.waiting_since, t.id"
                + " limit :limit", where.params, (rs, n) -> {
                    LocalDate since = rs.getTimestamp("waiting_since").toInstant()
                            .atZone(vn.theodoi.shared.ProcedureTime.VIETNAM).toLocalDate();
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new Workload.Waiting(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                            rs.getString("responsible_username"), since,
                            java.time.temporal.ChronoUnit.DAYS.between(since, today), due,
                            TaskStatus.of(due, null, today));
                });
    }

    /**
     * Open tasks due on or before {@code until} that a person is reminded of: those their own unit
     * leads (or that they follow), and that they may see.
     */
    public List<TaskSummary> dueFor(Visibility reader, Collection<Long> ownUnits, LocalDate until, LocalDate today,
            int limit) {
        Where where = visibleTo(reader).param("today", today).param("until", until).param("limit", limit)
                .param("units", ownUnits.isEmpty() ? List.of(-1L) : ownUnits).param("me", reader.username())
                .and("t.completed_on is null and t.due_date <= :until")
                .and("(t.lead_organization_id in (:units) or t.responsible_username = :me)");
        return jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql + " order by t.due_date, t.id limit :limit",
                where.params, (rs, n) -> summary(rs, today));
    }

    /** Usernames of the people a list of tasks name as readers, in one query (for bulk checks). */
    public Map<Long, List<String>> coordinatorNames(List<Long> taskIds) {
        Map<Long, List<String>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        jdbc.query("select c.task_id, coalesce(o.short_name, o.name) from task_coordinator c join organization o"
                + " on o.id = c.organization_id where c.task_id in (:ids) order by o.sort_order",
                new MapSqlParameterSource("ids", taskIds),
                rs -> {
                    byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byTask;
    }

    static TaskSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        Timestamp updated = rs.getTimestamp("updated_at");
        String milestone = rs.getString("milestone");
        return new TaskSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                TaskSourceType.valueOf(rs.getString("source_type")), rs.getString("source_reference"),
                (Long) rs.getObject("meeting_id", Long.class), (Integer) rs.getObject("requirement_number", Integer.class),
                (Long) rs.getObject("parent_id", Long.class), milestone == null ? null : SchemeMilestone.valueOf(milestone),
                rs.getString("lead_code"), rs.getString("lead_name"), Clearance.valueOf(rs.getString("classification")),
                rs.getObject("assigned_on", LocalDate.class), due, completed, TaskStatus.of(due, completed, today),
                rs.getString("responsible_username"), updated == null ? null : updated.toInstant());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
