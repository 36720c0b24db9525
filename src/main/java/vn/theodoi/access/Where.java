package vn.theodoi.access;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A where-clause and its named parameters, built up condition by condition. Modules start one from
 * {@link Visibility#where(Visibility.Columns)}, so every list, count and lookup begins with what the
 * reader may see and can only narrow it.
 */
public final class Where {

    public final StringBuilder sql = new StringBuilder("1 = 1");
    public final MapSqlParameterSource params = new MapSqlParameterSource();

    public Where and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    /** Adds another where-clause's condition and parameters (parameters of the same name must agree). */
    public Where and(Where other) {
        and(other.sql.toString());
        for (String name : other.params.getParameterNames()) {
            param(name, other.params.getValue(name));
        }
        return this;
    }

    public Where param(String name, Object value) {
        params.addValue(name, value);
        return this;
    }
}
