package vn.theodoi.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.proposals.ProposalDue;
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalSummary;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.shared.VietnameseText;

/**
 * The read side of proposals: lists and reminders in plain SQL, every statement carrying the
 * reader's visibility in its where-clause. Nothing is filtered after loading.
 */
@Component
public class ProposalQueries {

    /** Lists count up to this many matches (as records' and tasks' lists do). */
    public static final int COUNT_CAP = 10_000;

    /**
     * Where proposals keep what the visibility policy looks at: the answering department is the
     * owning unit; the sender's province and the sending agency let the sender's people see their own.
     */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("p.id", "p.classification", "p.department_id",
            new Visibility.Membership("proposal_province", "proposal_id", "province_code"),
            new Visibility.Membership("proposal_agency", "proposal_id", "organization_id"),
            new Visibility.Membership("proposal_reader", "proposal_id", "username"));

    private static final String SUMMARY_COLUMNS = """
            p.id, p.proposal_type, p.reference_number, p.received_date, p.subject, p.classification,
            p.response_due_date, p.specialist_username, p.state, p.answered_on,
            s.code as sender_code, coalesce(s.short_name, s.name) as sender_name,
            d.code as department_code, coalesce(d.short_name, d.name) as department_name
            """;
    private static final String FROM = " from proposal p join organization s on s.id = p.sender_organization_id"
            + " left join organization d on d.id = p.department_id where ";

    private final NamedParameterJdbcTemplate jdbc;

    ProposalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }


    static Where visibleTo(Visibility reader) {
        return reader.where(VISIBLE);
    }

    static Where matching(Visibility reader, ProposalFilter filter, LocalDate today) {
        Where where = visibleTo(reader).param("today", today);
        if (filter.type() != null) {
            where.and("p.proposal_type = :type").param("type", filter.type().name());
        }
        if (filter.state() != null) {
            where.and("p.state = :state").param("state", filter.state().name());
        }
        if (filter.timeliness() != null) {
            where.and(filter.timeliness().condition());
        }
        if (filter.sender() != null && !filter.sender().isBlank()) {
            where.and("s.code = :sender").param("sender", filter.sender().strip());
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            where.and("d.code = :department").param("department", filter.department().strip());
        }
        if (filter.receivedFrom() != null) {
            where.and("p.received_date >= :receivedFrom").param("receivedFrom", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            where.and("p.received_date <= :receivedTo").param("receivedTo", filter.receivedTo());
        }
        if (filter.isMine()) {
            where.and("p.specialist_username = :me").param("me", reader.username());
        }
        String text = VietnameseText.searchWords(filter.q());
        if (!text.isEmpty()) {
            where.and("p.search_text like :text").param("text", "%" + escapeLike(text) + "%");
        }
        return where;
    }

    /** The matching proposals, the latest received first. */
    public Page<ProposalSummary> search(Visibility reader, ProposalFilter filter, Pageable pageable, LocalDate today) {
        Where where = matching(reader, filter, today);
        where.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset());
        List<ProposalSummary> rows = jdbc.query("select " + SUMMARY_COLUMNS + FROM + where.sql
                + " order by p.received_date desc, p.id desc limit :limit offset :offset", where.params,
                (rs, n) -> summary(rs, today));
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : Math.max(cappedCount(where), pageable.getOffset() + rows.size());
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every row {@link #search} pages through, in its order, one at a time (exports of the whole list). */
    public void forEach(Visibility reader, ProposalFilter filter, LocalDate today,
            java.util.function.Consumer<ProposalSummary> each) {
        Where where = matching(reader, filter, today);
        vn.theodoi.shared.RowStreams.forEach(jdbc, "select " + SUMMARY_COLUMNS + FROM + where.sql
                + " order by p.received_date desc, p.id desc", where.params, rs -> each.accept(summary(rs, today)));
    }

    private long cappedCount(Where where) {
        Long n = jdbc.queryForObject("select count(*) from (select 1" + FROM + where.sql + " limit " + (COUNT_CAP + 1)
                + ") matches", where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** The visible proposals received in the period by their timeliness judged on {@code asOf}, every value present. */
    public Map<Timeliness, Long> countsByTimeliness(Visibility reader, LocalDate from, LocalDate to, LocalDate asOf) {
        Where where = visibleTo(reader).param("today", asOf).param("from", from).param("to", to)
                .and("p.received_date >= :from and p.received_date <= :to");
        StringBuilder sql = new StringBuilder("select count(*) as total");
        for (Timeliness t : Timeliness.values()) {
            sql.append(", sum(case when ").append(t.condition()).append(" then 1 else 0 end) as ")
                    .append(t.name().toLowerCase());
        }
        sql.append(" from proposal p where ").append(where.sql);
        Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
        jdbc.query(sql.toString(), where.params, rs -> {
            for (Timeliness t : Timeliness.values()) {
                counts.put(t, rs.getLong(t.name().toLowerCase()));
            }
        });
        for (Timeliness t : Timeliness.values()) {
            counts.putIfAbsent(t, 0L);
        }
        return counts;
    }

    public boolean isVisible(Visibility reader, Long id) {
        Where where = visibleTo(reader).and("p.id = :id").param("id", id);
        Long n = jdbc.queryForObject("select count(*) from proposal p where " + where.sql, where.params, Long.class);
        return n != null && n > 0;
    }


    /**
     * Unanswered proposals due on or before {@code until} that a person is reminded of: those their
     * own unit answers or that they draft, and that they may see.
     */
    public List<ProposalDue> dueFor(Visibility reader, Collection<Long> ownUnits, LocalDate until, int limit) {
        Where where = visibleTo(reader).param("until", until).param("limit", limit)
                .param("units", ownUnits.isEmpty() ? List.of(-1L) : ownUnits).param("me", reader.username())
                .and("p.answered_on is null and p.response_due_date <= :until")
                .and("(p.department_id in (:units) or p.specialist_username = :me)");
        return jdbc.query("select p.id, p.proposal_type, p.reference_number, p.subject, p.response_due_date,"
                + " coalesce(s.short_name, s.name) as sender_name" + FROM + where.sql
                + " order by p.response_due_date, p.id limit :limit", where.params,
                (rs, n) -> new ProposalDue(rs.getLong("id"), ProposalType.valueOf(rs.getString("proposal_type")),
                        rs.getString("reference_number"), rs.getString("sender_name"), rs.getString("subject"),
                        rs.getObject("response_due_date", LocalDate.class)));
    }

    static ProposalSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("response_due_date", LocalDate.class);
        LocalDate answered = rs.getObject("answered_on", LocalDate.class);
        return new ProposalSummary(rs.getLong("id"), ProposalType.valueOf(rs.getString("proposal_type")),
                rs.getString("sender_code"), rs.getString("sender_name"), rs.getString("reference_number"),
                rs.getObject("received_date", LocalDate.class), rs.getString("subject"),
                Clearance.valueOf(rs.getString("classification")), due, rs.getString("department_code"),
                rs.getString("department_name"), rs.getString("specialist_username"),
                ProposalState.valueOf(rs.getString("state")), answered, Timeliness.of(due, answered, today));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
