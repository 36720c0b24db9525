package vn.theodoi.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.theodoi.imports.ColumnMapping;
import vn.theodoi.imports.ImportField;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.imports.ImportStatus;

/** The imports' tables in plain SQL: mappings, batches and their rows, written a few hundred rows a statement. */
@Repository
class ImportStore {

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Batch(Long id, ImportKind kind, String senderCode, String fileName, ImportStatus status, String createdBy,
            Instant createdAt, Instant committedAt, int rows, int toCreate, int toUpdate, int refused,
            ColumnMapping mapping) {
    }

    record StoredRow(int rowNumber, ImportOutcome outcome, String reason, List<String> arguments, String code,
            String title, Long targetId, Map<ImportField, String> data) {
    }

    Optional<ColumnMapping> mapping(String senderCode, ImportKind kind) {
        return jdbc.query("select columns_text from import_mapping where sender_code = ? and kind = ?",
                (rs, n) -> ColumnMapping.parse(rs.getString(1)), senderCode, kind.name()).stream().findFirst();
    }

    /** A saved mapping by its id, with its sender and kind. */
    Optional<Object[]> mappingById(Long id) {
        return jdbc.query("select sender_code, kind, columns_text from import_mapping where id = ?",
                (rs, n) -> new Object[] {rs.getString(1), ImportKind.valueOf(rs.getString(2)),
                        ColumnMapping.parse(rs.getString(3))}, id).stream().findFirst();
    }

    void saveMapping(String senderCode, ImportKind kind, ColumnMapping mapping, String by, Instant at) {
        if (jdbc.update("update import_mapping set columns_text = ?, updated_by = ?, updated_at = ?"
                + " where sender_code = ? and kind = ?", mapping.text(), by, Timestamp.from(at), senderCode,
                kind.name()) == 0) {
            jdbc.update("insert into import_mapping (sender_code, kind, columns_text, updated_by, updated_at)"
                    + " values (?, ?, ?, ?, ?)", senderCode, kind.name(), mapping.text(), by, Timestamp.from(at));
        }
    }

    Long insertBatch(ImportKind kind, String senderCode, String fileName, String sha256, ColumnMapping mapping,
            String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into import_batch (kind, sender_code, file_name,"
                    + " file_sha256, columns_text, status, created_by, created_at) values (?, ?, ?, ?, ?, 'DRY_RUN', ?, ?)",
                    new String[] {"id"});
            statement.setString(1, kind.name());
            statement.setString(2, senderCode);
            statement.setString(3, fileName);
            statement.setString(4, sha256);
            statement.setString(5, mapping.text());
            statement.setString(6, by);
            statement.setTimestamp(7, Timestamp.from(at));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    void insertRows(Long batchId, List<RowJudge.Verdict> verdicts) {
        jdbc.batchUpdate("insert into import_row (batch_id, row_number, outcome, reason, reason_args, code, title,"
                + " target_id, code_key, title_key, data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", verdicts,
                verdicts.size(), (statement, v) -> {
                    statement.setLong(1, batchId);
                    statement.setInt(2, v.rowNumber());
                    statement.setString(3, v.outcome().name());
                    statement.setString(4, v.reason());
                    statement.setString(5, v.arguments().isEmpty() ? null : cut(joined(v.arguments()), 1000));
                    statement.setString(6, cut(v.code(), 40));
                    statement.setString(7, cut(v.title(), 500));
                    statement.setObject(8, v.targetId());
                    statement.setString(9, cut(v.codeKey(), 40));
                    statement.setString(10, cut(v.titleKey(), 600));
                    statement.setString(11, cut(data(v.data()), 16000));
                });
    }

    /**
     * Refuses each accepted row that repeats an earlier accepted row of the sheet (same code, or same title in
     * the same province or for the same lead), naming the first; done in the database, so no key is held in memory.
     */
    void refuseRepeats(Long batchId) {
        for (String key : List.of("code_key", "title_key")) {
            String earlier = " from import_row o where o.batch_id = import_row.batch_id and o." + key + " = import_row."
                    + key + " and o.row_number < import_row.row_number and o.outcome <> 'REFUSED'";
            jdbc.update("update import_row set outcome = 'REFUSED', reason = 'import.row.duplicateInSheet',"
                    + " reason_args = (select cast(min(o.row_number) as varchar(12))" + earlier + "), target_id = null"
                    + " where batch_id = ? and outcome <> 'REFUSED' and " + key + " is not null and exists (select 1"
                    + earlier + ")", batchId);
        }
    }

    void count(Long batchId) {
        jdbc.update("update import_batch set row_count = (select count(*) from import_row r where r.batch_id = ?),"
                + " create_count = (select count(*) from import_row r where r.batch_id = ? and r.outcome = 'CREATE'),"
                + " update_count = (select count(*) from import_row r where r.batch_id = ? and r.outcome = 'UPDATE'),"
                + " refused_count = (select count(*) from import_row r where r.batch_id = ? and r.outcome = 'REFUSED')"
                + " where id = ?", batchId, batchId, batchId, batchId, batchId);
    }

    /** The batch, if this person made it (nobody else reads an import's report). */
    Optional<Batch> batch(Long id, String owner) {
        return jdbc.query("select * from import_batch where id = ? and created_by = ?", ImportStore::batch, id, owner)
                .stream().findFirst();
    }

    List<Batch> recent(String owner, int limit) {
        return jdbc.query("select * from import_batch where created_by = ? order by created_at desc, id desc limit ?",
                ImportStore::batch, owner, limit);
    }

    /** Marks the batch committed if it is not yet; false when another commit came first. Locks the row. */
    boolean markCommitted(Long id, Instant at) {
        return jdbc.update("update import_batch set status = 'COMMITTED', committed_at = ? where id = ?"
                + " and status = 'DRY_RUN'", Timestamp.from(at), id) == 1;
    }

    /** Rows of the batch after {@code afterRow} in sheet order, {@code limit} at most; only refused or only accepted when asked. */
    List<StoredRow> rows(Long batchId, ImportOutcome only, boolean acceptedOnly, int afterRow, int limit) {
        String condition = only != null ? " and outcome = '" + only.name() + "'"
                : acceptedOnly ? " and outcome <> 'REFUSED'" : "";
        return jdbc.query("select * from import_row where batch_id = ? and row_number > ?" + condition
                + " order by row_number limit ?", ImportStore::row, batchId, afterRow, limit);
    }

    /** A page of the report: refused rows first when asked, each group in sheet order. */
    List<StoredRow> page(Long batchId, ImportOutcome only, int offset, int limit) {
        String condition = only == null ? "" : " and outcome = '" + only.name() + "'";
        return jdbc.query("select * from import_row where batch_id = ?" + condition
                + " order by case when outcome = 'REFUSED' then 0 else 1 end, row_number limit ? offset ?",
                ImportStore::row, batchId, limit, offset);
    }

    void setTargets(Long batchId, List<long[]> rowAndTarget) {
        jdbc.batchUpdate("update import_row set target_id = ? where batch_id = ? and row_number = ?", rowAndTarget,
                rowAndTarget.size(), (statement, pair) -> {
                    statement.setLong(1, pair[1]);
                    statement.setLong(2, batchId);
                    statement.setInt(3, (int) pair[0]);
                });
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        Timestamp committed = rs.getTimestamp("committed_at");
        return new Batch(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("sender_code"),
                rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), committed == null ? null : committed.toInstant(),
                rs.getInt("row_count"), rs.getInt("create_count"), rs.getInt("update_count"),
                rs.getInt("refused_count"), ColumnMapping.parse(rs.getString("columns_text")));
    }

    private static StoredRow row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("reason_args");
        long target = rs.getLong("target_id");
        return new StoredRow(rs.getInt("row_number"), ImportOutcome.valueOf(rs.getString("outcome")),
                rs.getString("reason"), args == null ? List.of() : List.of(args.split("\t", -1)), rs.getString("code"),
                rs.getString("title"), rs.wasNull() ? null : target, data(rs.getString("data")));
    }

    // the row's values: one line a field, "FIELD<tab>value", with \ n and t escaped in the value
    static String data(Map<ImportField, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((field, value) -> text.append(field.name()).append('\t')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", ""))
                .append('\n'));
        return text.toString();
    }

    static Map<ImportField, String> data(String text) {
        Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        if (text == null) {
            return values;
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(ImportField.valueOf(line.substring(0, tab)), unescape(line.substring(tab + 1)));
            }
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String joined(List<String> arguments) {
        List<String> clean = new ArrayList<>();
        arguments.forEach(a -> clean.add(a == null ? "" : a.replace('\t', ' ')));
        return String.join("\t", clean);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
