package vn.theodoi.records.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.deadline.EventType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.NamedRecord;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordChanges;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.records.WaitingRecord;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.ProcedureTime;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * What the modules that follow records (tasks, meetings, reminders) read of them, each statement
 * with the reader's visibility condition of {@link RecordQueries}.
 */
@Service
@Transactional(readOnly = true)
public class RecordFollowUp {

    private static final Clock INSTANTS = Clock.systemUTC();

    private final RecordAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProcedureClock clock;
    private final Organizations organizations;

    private final AuditLog audit;
    private final Users users;

    RecordFollowUp(RecordAccess access, NamedParameterJdbcTemplate jdbc, ProcedureClock clock,
            Organizations organizations, AuditLog audit, Users users) {
        this.audit = audit;
        this.users = users;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.organizations = organizations;
    }

    private static final String FROM = " from oversight_record r join organization o on o.id = r.owner_organization_id"
            + " where ";

    public List<RecordSummary> visibleAmong(TheodoiUser user, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Where where = RecordQueries.visibleTo(access.reader(user)).and("r.id in (:ids)")
                .param("ids", List.copyOf(ids));
        LocalDate today = clock.today();
        int soon = clock.dueSoonDays();
        return jdbc.query("select " + RecordQueries.SUMMARY_COLUMNS + FROM + where.sql + " order by r.code",
                where.params, (rs, n) -> RecordQueries.summary(rs, today, soon));
    }

    /**
     * The records the person may see whose code is one of {@code codes} or whose title is one of {@code titles}
     * (exactly, NFC), with their province codes (an import's updates and duplicates).
     */
    public List<vn.theodoi.records.RecordMatch> matching(TheodoiUser user, Collection<String> codes,
            Collection<String> titles) {
        if (codes.isEmpty() && titles.isEmpty()) {
            return List.of();
        }
        Where where = RecordQueries.visibleTo(access.reader(user))
                .and("(r.code in (:codes) or r.title in (:titles))")
                .param("codes", codes.isEmpty() ? List.of("") : List.copyOf(codes))
                .param("titles", titles.isEmpty() ? List.of("") : List.copyOf(titles));
        List<Object[]> rows = jdbc.query("select r.id, r.code, r.title from oversight_record r where " + where.sql,
                where.params, (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> provinces = provincesOf(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new vn.theodoi.records.RecordMatch((Long) r[0], (String) r[1], (String) r[2],
                Set.copyOf(provinces.getOrDefault((Long) r[0], Set.of())))).toList();
    }

    /** Which of these codes a record already has, seen by the person or not (a code is unique). */
    public Set<String> codesTaken(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select code from oversight_record where code in (:codes)",
                Map.of("codes", List.copyOf(codes)), String.class));
    }

    public List<NamedRecord> namedIn(TheodoiUser user, Collection<String> codes, Collection<String> phrases,
            int perPhrase) {
        Visibility reader = access.reader(user);
        Set<Long> ids = new LinkedHashSet<>();
        if (!codes.isEmpty()) {
            Set<String> both = new LinkedHashSet<>(codes);
            codes.forEach(c -> both.add(c.toUpperCase(java.util.Locale.ROOT)));
            Where where = RecordQueries.visibleTo(reader).and("r.code in (:codes)").param("codes", List.copyOf(both));
            ids.addAll(jdbc.queryForList("select r.id" + FROM + where.sql, where.params, Long.class));
        }
        for (String phrase : phrases) {
            String folded = VietnameseText.searchWords(phrase);
            if (folded.length() < 4) {
                continue;
            }
            Where where = RecordQueries.visibleTo(reader).and("r.search_text like :text")
                    .param("text", "%" + RecordQueries.escapeLike(folded) + "%").param("limit", perPhrase + 1);
            List<Long> found = jdbc.queryForList("select r.id" + FROM + where.sql + " limit :limit", where.params, Long.class);
            if (found.size() <= perPhrase) {
                ids.addAll(found);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource byIds = new MapSqlParameterSource("ids", List.copyOf(ids));
        Map<Long, Set<String>> provinces = provincesOf(ids);
        Map<Long, List<NamedRecord.Person>> persons = new java.util.HashMap<>();
        jdbc.query("select record_id, full_name, procedural_role from record_person where record_id in (:ids)"
                + " order by record_id, id", byIds, rs -> {
                    persons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new NamedRecord.Person(
                            rs.getString(2), ProceduralRole.valueOf(rs.getString(3))));
                });
        return jdbc.query("select r.id, r.code, r.title from oversight_record r where r.id in (:ids) order by r.code",
                byIds, (rs, n) -> new NamedRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        provinces.getOrDefault(rs.getLong(1), Set.of()), persons.getOrDefault(rs.getLong(1), List.of())));
    }

    /** The province codes of each of these records (an import's and a text's matches). */
    private Map<Long, Set<String>> provincesOf(Collection<Long> ids) {
        Map<Long, Set<String>> provinces = new java.util.HashMap<>();
        jdbc.query("select record_id, province_code from record_province where record_id in (:ids)",
                Map.of("ids", List.copyOf(ids)),
                rs -> {
                    provinces.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        return provinces;
    }

    public List<RecordSummary> deadlinesOf(TheodoiUser person, Collection<Long> units, LocalDate until, int limit) {
        Visibility reader = access.reader(person);
        List<Long> ownUnits = units.isEmpty() ? List.of(-1L) : List.copyOf(units);
        Where where = RecordQueries.visibleTo(reader).param("until", until).param("limit", limit)
                .param("units", ownUnits).param("me", person.getUsername())
                .and("(r.current_due_date <= :until or r.current_request_deadline <= :until)")
                .and("(r.owner_unit_id in (:units) or r.responsible_username = :me)");
        LocalDate today = clock.today();
        int soon = clock.dueSoonDays();
        return jdbc.query("select " + RecordQueries.SUMMARY_COLUMNS + FROM + where.sql
                + " order by r.current_due_date, r.id limit :limit", where.params,
                (rs, n) -> RecordQueries.summary(rs, today, soon));
    }

    public RecordChanges changesSince(TheodoiUser user, LocalDate since, int listSize) {
        Visibility reader = access.reader(user);
        Where events = RecordQueries.visibleTo(reader).param("since", since)
                .and("e.event_date >= :since and e.superseded_by_id is null");
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        jdbc.query("select e.type, count(*) as n from record_event e join oversight_record r on r.id = e.record_id"
                + " where " + events.sql + " group by e.type", events.params,
                rs -> {
                    byType.put(EventType.valueOf(rs.getString("type")), rs.getLong("n"));
                });
        Where changed = RecordQueries.visibleTo(reader)
                .param("sinceAt", since.atStartOfDay(ProcedureTime.VIETNAM)
                        .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .and("r.updated_at >= :sinceAt");
        Long count = jdbc.queryForObject("select count(*) from (select 1 from oversight_record r where " + changed.sql
                + " limit " + (Records.COUNT_CAP + 1) + ") c", changed.params, Long.class);
        changed.param("limit", listSize);
        LocalDate today = clock.today();
        int soon = clock.dueSoonDays();
        List<RecordSummary> rows = jdbc.query("select " + RecordQueries.SUMMARY_COLUMNS + FROM + changed.sql
                + " order by r.updated_at desc, r.id desc limit :limit", changed.params,
                (rs, n) -> RecordQueries.summary(rs, today, soon));
        return new RecordChanges(since, byType, count == null ? 0 : count, rows);
    }

    /**
     * The records of the head's units that someone follows, by that person, longest with them
     * first: a record waits with its follower since it was handed to them.
     */
    public List<WaitingRecord> waiting(TheodoiUser head, int limit) {
        Where where = RecordQueries.visibleTo(access.reader(head)).param("limit", limit)
                .param("units", organizations.subtreeOf(head.organizationId()))
                .and("r.responsible_username is not null and r.owner_unit_id in (:units)");
        LocalDate today = clock.today();
        int soon = clock.dueSoonDays();
        return jdbc.query("select " + RecordQueries.SUMMARY_COLUMNS + ", r.followed_since" + FROM + where.sql
                + " order by r.responsible_username, r.followed_since, r.id limit :limit", where.params, (rs, n) -> {
                    RecordSummary summary = RecordQueries.summary(rs, today, soon);
                    Timestamp followed = rs.getTimestamp("followed_since");
                    LocalDate since = (followed == null ? summary.updatedAt() : followed.toInstant())
                            .atZone(ProcedureTime.VIETNAM).toLocalDate();
                    return new WaitingRecord(summary, since, ChronoUnit.DAYS.between(since, today));
                });
    }

    /** Hands records to another follower, all or none; only those whose owner's rights reach the person. */
    @Transactional
    public int reassign(TheodoiUser user, List<Long> ids, String toUsername) {
        Visibility reader = access.reader(user);
        if (!reader.roles().contains(Role.DEPARTMENT_HEAD) && !reader.roles().contains(Role.LEADER)) {
            access.requireEditor(reader, null);
            throw new ForbiddenException("record.changeDenied");
        }
        String to = users.staffMember(user, toUsername);
        Instant now = INSTANTS.instant();
        int n = 0;
        for (Long id : new LinkedHashSet<>(ids)) {
            OversightRecord record = access.describable(reader, id);
            String from = record.getResponsibleUsername();
            record.reassign(to, now);
            audit.recordChange("RECORD_REASSIGNED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of().code("from", from)
                    .code("to", to));
            n++;
        }
        return n;
    }
}
