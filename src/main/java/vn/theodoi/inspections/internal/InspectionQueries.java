package vn.theodoi.inspections.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.inspections.InspectionStatus;
import vn.theodoi.inspections.InspectionSummary;
import vn.theodoi.shared.VietnameseText;

/** Inspections in plain SQL, every statement with the reader's visibility condition. Nothing is filtered after loading. */
@Component
public class InspectionQueries {

    /** Lists count up to this many matches (as tasks' and records' lists do). */
    static final int COUNT_CAP = 10_000;

    /**
     * Where inspections keep what the visibility policy looks at: the conducting unit owns it; the
     * team's units and the recommendations' lead departments share it; the provinces and agencies
     * are the target's and the recommendations' leads'; the access list is the team and the readers.
     */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("i.id", "i.classification", "i.owner_unit_id",
            new Visibility.Membership("inspection_province", "inspection_id", "province_code"),
            new Visibility.Membership("inspection_agency", "inspection_id", "organization_id"),
            new Visibility.Membership("inspection_reader", "inspection_id", "username"),
            new Visibility.Membership("inspection_unit", "inspection_id", "organization_id"));

    private static final String COLUMNS = "i.id, i.kind, i.subject, t.code as target_code,"
            + " coalesce(t.short_name, t.name) as target_name, coalesce(o.short_name, o.name) as owner_name,"
            + " i.classification, i.period_start, i.period_end, i.status, i.started_on, i.concluded_on,"
            + " (select count(*) from inspection_recommendation r where r.inspection_id = i.id) as recommendations";
    private static final String FROM = " from inspection i join organization t on t.id = i.target_organization_id"
            + " join organization o on o.id = i.owner_unit_id where ";

    /** Under way on a day: started on or before it, not concluded by then. */
    private static final String ACTIVE_ON = "(i.started_on <= :activeOn and (i.concluded_on is null"
            + " or i.concluded_on > :activeOn))";

    private final NamedParameterJdbcTemplate jdbc;

    InspectionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<InspectionSummary> list(Visibility reader, InspectionFilter filter, Pageable pageable) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        MapSqlParameterSource p = new MapSqlParameterSource(visible.parameters());
        StringBuilder where = matching(visible, filter, p);
        p.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<InspectionSummary> rows = jdbc.query("select " + COLUMNS + FROM + where + ORDER
                + " limit :limit offset :offset", p, InspectionQueries::summary);
        long total;
        if (rows.size() < pageable.getPageSize() && pageable.getOffset() == 0) {
            total = rows.size();
        } else {
            Long n = jdbc.queryForObject("select count(*) from (select 1 from inspection i join organization t"
                    + " on t.id = i.target_organization_id where " + where + " limit " + (COUNT_CAP + 1) + ") matches",
                    p, Long.class);
            total = Math.max(n == null ? 0 : n, pageable.getOffset() + rows.size());
        }
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every row {@link #list} pages through, in its order, one at a time (exports of the whole list). */
    public void forEach(Visibility reader, InspectionFilter filter, java.util.function.Consumer<InspectionSummary> each) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        MapSqlParameterSource p = new MapSqlParameterSource(visible.parameters());
        StringBuilder where = matching(visible, filter, p);
        vn.theodoi.shared.RowStreams.forEach(jdbc, "select " + COLUMNS + FROM + where + ORDER, p,
                rs -> each.accept(summary(rs, 0)));
    }

    private static final String ORDER = " order by i.period_start desc, i.id desc";

    /** The reader's visibility and the filter's conditions; their parameters go into {@code p}. */
    private static StringBuilder matching(Visibility.Condition visible, InspectionFilter filter, MapSqlParameterSource p) {
        StringBuilder where = new StringBuilder(visible.sql());
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            p.addValue("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            p.addValue("kind", filter.kind().name());
        }
        if (filter.target() != null && !filter.target().isBlank()) {
            where.append(" and t.code = :target");
            p.addValue("target", filter.target().strip());
        }
        if (filter.concludedFrom() != null) {
            where.append(" and i.concluded_on >= :concludedFrom");
            p.addValue("concludedFrom", filter.concludedFrom());
        }
        if (filter.concludedTo() != null) {
            where.append(" and i.concluded_on <= :concludedTo");
            p.addValue("concludedTo", filter.concludedTo());
        }
        if (filter.activeOn() != null) {
            where.append(" and ").append(ACTIVE_ON);
            p.addValue("activeOn", filter.activeOn());
        }
        String text = VietnameseText.searchWords(filter.q());
        if (!text.isEmpty()) {
            where.append(" and i.search_text like :text");
            p.addValue("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where;
    }

    /** How many visible inspections were concluded in {@code from}..{@code to}, and how many were under way on {@code asOf}. */
    public long[] concludedAndActive(Visibility reader, LocalDate from, LocalDate to, LocalDate asOf) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        MapSqlParameterSource p = new MapSqlParameterSource(visible.parameters()).addValue("from", from)
                .addValue("to", to).addValue("activeOn", asOf);
        long[] counts = new long[2];
        jdbc.query("select sum(case when i.concluded_on >= :from and i.concluded_on <= :to then 1 else 0 end) as concluded,"
                + " sum(case when " + ACTIVE_ON + " then 1 else 0 end) as active from inspection i where " + visible.sql(),
                p, rs -> {
                    counts[0] = rs.getLong("concluded");
                    counts[1] = rs.getLong("active");
                });
        return counts;
    }

    public boolean isVisible(Visibility reader, Long id) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        Long n = jdbc.queryForObject("select count(*) from inspection i where " + visible.sql() + " and i.id = :id",
                new MapSqlParameterSource(visible.parameters()).addValue("id", id), Long.class);
        return n != null && n > 0;
    }

    static InspectionSummary summary(ResultSet rs, int n) throws SQLException {
        return new InspectionSummary(rs.getLong("id"), InspectionKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("target_code"), rs.getString("target_name"),
                rs.getString("owner_name"), Clearance.valueOf(rs.getString("classification")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                InspectionStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("concluded_on", LocalDate.class), rs.getInt("recommendations"));
    }
}
