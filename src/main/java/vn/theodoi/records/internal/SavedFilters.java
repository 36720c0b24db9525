package vn.theodoi.records.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.records.SavedFilter;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;

/**
 * Each person's saved list filters: theirs alone, never shown to anyone else. A filter is only a query string;
 * the list it opens is still filtered by the person's visibility.
 */
@Service
@Transactional
public class SavedFilters {

    /** How many filters one person keeps. */
    public static final int MAX_PER_PERSON = 20;

    private final NamedParameterJdbcTemplate jdbc;

    SavedFilters(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> of(TheodoiUser user) {
        return jdbc.query("select id, name, query from saved_record_filter where username = :username order by name, id",
                new MapSqlParameterSource("username", user.getUsername()),
                (rs, n) -> new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("query")));
    }

    /** Saves (or, under a name already used, replaces) a filter. */
    public void save(TheodoiUser user, String name, String query) {
        String cleanName = VietnameseText.clean(name);
        if (cleanName == null || cleanName.length() > 100) {
            throw new DomainRuleViolation("records.filters.nameRequired");
        }
        if (query == null || query.length() > 1000) {
            throw new DomainRuleViolation("records.filters.tooLong");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("username", user.getUsername())
                .addValue("name", cleanName).addValue("query", query).addValue("now", java.sql.Timestamp.from(Instant.now()));
        int replaced = jdbc.update("update saved_record_filter set query = :query where username = :username"
                + " and name = :name", params);
        if (replaced == 0) {
            Integer kept = jdbc.queryForObject("select count(*) from saved_record_filter where username = :username",
                    params, Integer.class);
            if (kept != null && kept >= MAX_PER_PERSON) {
                throw new DomainRuleViolation("records.filters.tooMany", MAX_PER_PERSON);
            }
            jdbc.update("insert into saved_record_filter (username, name, query, created_at)"
                    + " values (:username, :name, :query, :now)", params);
        }
    }

    public void delete(TheodoiUser user, Long id) {
        jdbc.update("delete from saved_record_filter where id = :id and username = :username",
                new MapSqlParameterSource("id", id).addValue("username", user.getUsername()));
    }
}
