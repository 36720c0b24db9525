package vn.theodoi.situations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.situations.SituationCounts;
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationSummary;
import vn.theodoi.situations.SituationType;

/**
 * The read side of hot spots: the feed and the counts by province in plain SQL, every statement
 * carrying the reader's visibility in its where-clause. Nothing is filtered after loading.
 */
@Component
public class SituationQueries {

    /** The feed counts up to this many matches (as the other lists do). */
    public static final int COUNT_CAP = 10_000;

    /**
     * Where hot spots keep what the visibility policy looks at: the reporting unit owns the row; the
     * province is the row's own column (read through the table itself); no agency scope; the access list.
     */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("s.id", "s.classification",
            "s.owner_organization_id", new Visibility.Membership("situation", "id", "province_code"), null,
            new Visibility.Membership("situation_reader", "situation_id", "username"));

    private static final String SUMMARY_COLUMNS = """
            s.id, s.situation_type, s.province_code, p.name as province_name, s.place, s.occurred_on, s.scale,
            s.severity, s.summary, s.status, s.classification, s.updated_at
            """;
    private static final String FROM = " from situation s join province p on p.code = s.province_code where ";

    private final NamedParameterJdbcTemplate jdbc;

    SituationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }


    static Where visibleTo(Visibility reader) {
        return reader.where(VISIBLE);
    }

    /** The filter's conditions; the status only when {@code withStatus} (the map counts what is open). */
    static Where matching(Visibility reader, SituationFilter filter, boolean withStatus) {
        Where where = visibleTo(reader);
        if (filter.province() != null && !filter.province().isBlank()) {
            where.and("s.province_code = :province").param("province", filter.province().strip());
        }
        if (filter.type() != null) {
            where.and("s.situation_type = :type").param("type", filter.type().name());
        }
        if (withStatus && filter.status() != null) {
            where.and("s.status = :status").param("status", filter.status().name());
        }
        if (filter.severity() != null) {
            where.and("s.severity = :severity").param("severity", filter.severity());
        }
        if (filter.from() != null) {
            where.and("s.occurred_on >= :from").param("from", filter.from());
        }
        if (filter.to() != null) {
            where.and("s.occurred_on <= :to").param("to", filter.to());
        }
        String text = VietnameseText.searchWords(filter.q());
        if (!text.isEmpty()) {
            where.and("s.search_text like :text").param("text", "%" + escapeLike(text) + "%");
        }
        return where;
    }

    /** The feed: newest first. */
    public Page<SituationSummary> search(Visibility reader, SituationFilter filter, Pageable pageable) {
        Where where = matching(reader, filter, true);
        where.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        List<SituationSummary> rows = jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql
                + " order by s.occurred_on desc, s.id desc limit :limit offset :offset", where.params,
                (rs, n) -> summary(rs));
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : Math.max(cappedCount(where), pageable.getOffset() + rows.size());
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every row {@link #search} pages through, in its order, one at a time (exports of the whole feed). */
    public void forEach(Visibility reader, SituationFilter filter,
            java.util.function.Consumer<SituationSummary> each) {
        Where where = matching(reader, filter, true);
        vn.theodoi.shared.RowStreams.forEach(jdbc, "select " + SUMMARY_COLUMNS + FROM + where.sql
                + " order by s.occurred_on desc, s.id desc", where.params, rs -> each.accept(summary(rs)));
    }

    private long cappedCount(Where where) {
        Long n = jdbc.queryForObject("select count(*) from (select 1 from situation s where " + where.sql + " limit "
                + (COUNT_CAP + 1) + ") matches", where.params, Long.class);
        return n == null ? 0 : n;
    }

    public boolean isVisible(Visibility reader, Long id) {
        Where where = visibleTo(reader).and("s.id = :id").param("id", id);
        Long n = jdbc.queryForObject("select count(*) from situation s where " + where.sql, where.params, Long.class);
        return n != null && n > 0;
    }

    /** Visible hot spots that occurred in {@code from}..{@code to}, by province (north to south) and by type. */
    public SituationCounts counts(Visibility reader, LocalDate from, LocalDate to) {
        Where where = visibleTo(reader).param("from", from).param("to", to)
                .and("s.occurred_on >= :from and s.occurred_on <= :to");
        List<SituationCounts.ProvinceCount> provinces = jdbc.query("select s.province_code, p.name, count(*) as n"
                + FROM + where.sql + " group by s.province_code, p.name, p.sort_order order by p.sort_order, s.province_code",
                where.params, (rs, n) -> new SituationCounts.ProvinceCount(rs.getString("province_code"),
                        rs.getString("name"), rs.getLong("n")));
        Map<SituationType, Long> byType = new EnumMap<>(SituationType.class);
        for (SituationType type : SituationType.values()) {
            byType.put(type, 0L);
        }
        jdbc.query("select s.situation_type, count(*) as n from situation s where " + where.sql
                + " group by s.situation_type", where.params,
                rs -> {
                    byType.put(SituationType.valueOf(rs.getString("situation_type")), rs.getLong("n"));
                });
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new SituationCounts(total, provinces, byType);
    }

    /** Open count and highest open severity. */
    public record Open(long count, int highestSeverity) {
    }

    /** For each province with open (not resolved) visible hot spots matching the filter: how many, how serious. */
    public Map<String, Open> openByProvince(Visibility reader, SituationFilter filter) {
        Where where = matching(reader, filter, false).and("s.status <> :resolved")
                .param("resolved", SituationStatus.RESOLVED.name());
        Map<String, Open> byProvince = new HashMap<>();
        jdbc.query("select s.province_code, count(*) as n, max(s.severity) as worst from situation s where " + where.sql
                + " group by s.province_code", where.params,
                rs -> {
                    byProvince.put(rs.getString("province_code"), new Open(rs.getLong("n"), rs.getInt("worst")));
                });
        return byProvince;
    }

    static SituationSummary summary(ResultSet rs) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new SituationSummary(rs.getLong("id"), SituationType.valueOf(rs.getString("situation_type")),
                rs.getString("province_code"), rs.getString("province_name"), rs.getString("place"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("scale"), rs.getInt("severity"),
                rs.getString("summary"), SituationStatus.valueOf(rs.getString("status")),
                Clearance.valueOf(rs.getString("classification")), updated == null ? null : updated.toInstant());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
