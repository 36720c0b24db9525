package vn.theodoi.situations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.theodoi.shared.BulkInsert;
import vn.theodoi.shared.ProcedureTime;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.internal.Situation;

/**
 * Writes many hot spots at once with multi-row inserts: for generated data sets (load tests,
 * benchmarks), never for what people report. Each draft becomes the {@code Situation} aggregate,
 * whose own rules check the dates, severity and status changes, so the stored rows are the
 * aggregate's own. No visibility applies and nothing is audited: the caller is the system.
 */
@Service
public class BulkSituations {

    private static final int PER_FLUSH = 500;
    private static final int PER_COMMIT = 2000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    BulkSituations(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** What was written: the hot spots and all their rows, the ids they took and the tables written. */
    public record Result(int situations, long rows, long millis, long firstId, long lastId, List<String> tables) {
    }

    /** Writes {@code count} hot spots, the draft of each made from the id it will take, committing every 2,000. */
    public Result write(int count, LocalDate today, LongFunction<SituationDraft> draftForId) {
        long started = System.nanoTime();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from situation", Long.class) + 1;
        long rows;
        List<String> tables;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (BulkInsert insert = new BulkInsert(connection)) {
                for (int i = 0; i < count; i++) {
                    insert.add(aggregate(draftForId.apply(firstId + i), today), firstId + i);
                    if ((i + 1) % PER_FLUSH == 0) {
                        insert.flush();
                    }
                    if ((i + 1) % PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
                insert.flush();
                rows = insert.rows();
                tables = insert.tableNames();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing hot spots in bulk failed", e);
        }
        long lastId = firstId + count - 1;
        jdbc.execute("alter table situation alter column id restart with " + (lastId + 1));
        return new Result(count, rows, (System.nanoTime() - started) / 1_000_000, firstId, lastId, tables);
    }

    private static Situation aggregate(SituationDraft draft, LocalDate today) {
        SituationForm f = draft.report();
        Situation s = new Situation(f.type(), f.provinceCode(), f.place(), f.occurredOn(), f.scale(), f.severity(),
                f.summary(), f.classificationOrDefault(), draft.ownerOrganizationId(), f.readers(), draft.reportedBy(),
                today, draft.createdAt());
        for (UpdateForm u : draft.updates()) {
            s.addUpdate(u.date(), u.text(), u.status(), s.getVersion(), draft.reportedBy(), today,
                    u.date().atTime(LocalTime.of(15, 0)).atZone(ProcedureTime.VIETNAM).toInstant());
        }
        s.changedAt(draft.lastChangedAt());
        return s;
    }
}
