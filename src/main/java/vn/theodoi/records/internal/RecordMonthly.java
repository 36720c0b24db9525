package vn.theodoi.records.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Where;
import vn.theodoi.deadline.EventType;
import vn.theodoi.records.MonthlyCounts;

/** Cases by month of their initiation, indictment and first-instance judgment, in one grouped statement. */
@Component
@Transactional(readOnly = true)
public class RecordMonthly {

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordAccess access;

    RecordMonthly(NamedParameterJdbcTemplate jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public List<MonthlyCounts> monthly(TheodoiUser user, LocalDate from, LocalDate to) {
        Where where = RecordQueries.visibleTo(access.reader(user)).param("from", from).param("to", to)
                .param("types", List.of(EventType.CASE_INITIATED.name(), EventType.INDICTED.name(),
                        EventType.FIRST_INSTANCE_JUDGMENT.name()))
                .and("e.event_date >= :from and e.event_date <= :to and e.superseded_by_id is null")
                .and("e.type in (:types)");
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m, new long[3]);
        }
        jdbc.query("select extract(year from e.event_date) as y, extract(month from e.event_date) as m, e.type,"
                + " count(distinct e.record_id) as n from record_event e join oversight_record r on r.id = e.record_id"
                + " where " + where.sql + " group by extract(year from e.event_date), extract(month from e.event_date),"
                + " e.type", where.params,
                rs -> {
                    long[] counts = byMonth.get(YearMonth.of(rs.getInt("y"), rs.getInt("m")));
                    int column = switch (EventType.valueOf(rs.getString("type"))) {
                        case CASE_INITIATED -> 0;
                        case INDICTED -> 1;
                        default -> 2;
                    };
                    counts[column] = rs.getLong("n");
                });
        List<MonthlyCounts> months = new ArrayList<>();
        byMonth.forEach((m, c) -> months.add(new MonthlyCounts(m, c[0], c[1], c[2])));
        return months;
    }
}
