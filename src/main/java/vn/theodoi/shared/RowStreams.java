package vn.theodoi.shared;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A query whose rows are handed over one at a time as the database sends them, a few hundred per
 * round trip, for exports of whole lists (200,000 rows) in bounded memory: nothing collects them.
 * PostgreSQL's driver keeps a cursor only inside a transaction, so callers run in one (the
 * modules' reading services are read-only transactional).
 */
public final class RowStreams {

    /** Rows per round trip. */
    public static final int FETCH_SIZE = 500;

    private RowStreams() {
    }

    public static void forEach(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params,
            RowCallbackHandler each) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        String substituted = NamedParameterUtils.substituteNamedParameters(parsed, params);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        PreparedStatementCreatorFactory factory = new PreparedStatementCreatorFactory(substituted,
                NamedParameterUtils.buildSqlParameterList(parsed, params));
        PreparedStatementCreator creator = factory.newPreparedStatementCreator(values);
        jdbc.getJdbcOperations().query(connection -> {
            PreparedStatement statement = creator.createPreparedStatement(connection);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, each);
    }
}
