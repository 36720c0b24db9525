package vn.theodoi.records;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.internal.DeadlineRecomputation;
import vn.theodoi.records.internal.OversightRecord;
import vn.theodoi.records.internal.RecordDescribing;
import vn.theodoi.shared.BulkIndexes;
import vn.theodoi.shared.BulkInsert;
import vn.theodoi.shared.ProcedureTime;
import vn.theodoi.timelimits.ProcedureAssessor;
import vn.theodoi.timelimits.ProcedureClock;

/**
 * Writes many records at once, straight into the database with multi-row inserts: for generated
 * data sets (load tests, benchmarks), never for what people enter. Each draft still becomes the
 * {@code OversightRecord} aggregate, whose own rules derive the stage, the due dates, the totals
 * and the search key; a draft whose history the law refuses is refused whole. No visibility
 * applies and nothing is audited: the caller is the system.
 */
@Service
public class BulkRecords {

    private static final Logger log = LoggerFactory.getLogger(BulkRecords.class);
    private static final int RECORDS_PER_FLUSH = 500;
    private static final int RECORDS_PER_COMMIT = 2000;
    /** From this many records (and at least as many as stored), indexes are built after the load. */
    private static final int LAY_INDEXES_ASIDE_FROM = 10_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RecordDescribing describing;
    private final ProcedureClock clock;
    private final DeadlineRecomputation recomputation;

    BulkRecords(DataSource dataSource, JdbcTemplate jdbc, RecordDescribing describing, ProcedureClock clock,
            DeadlineRecomputation recomputation) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.describing = describing;
        this.clock = clock;
        this.recomputation = recomputation;
    }

    /** What was written: the records and all their rows, and the tables written. */
    public record Result(int records, long rows, long millis, List<String> tables) {
    }

    /**
     * Writes {@code count} records, committing every 2,000. The draft of each is made from a
     * running number, one more than the records already stored, which its code may carry.
     */
    public Result write(int count, LongFunction<RecordDraft> draftForNumber) {
        long started = System.nanoTime();
        ProcedureAssessor law = clock.assessor();
        long stored = jdbc.queryForObject("select count(*) from oversight_record", Long.class);
        long rows;
        List<String> tables;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            BulkIndexes indexes = null;
            try (BulkInsert insert = new BulkInsert(connection)) {
                for (int i = 0; i < count; i++) {
                    insert.add(aggregate(draftForNumber.apply(stored + i + 1), law));
                    if ((i + 1) % RECORDS_PER_FLUSH == 0) {
                        insert.flush();
                        if (i + 1 == RECORDS_PER_FLUSH && count >= LAY_INDEXES_ASIDE_FROM && count >= stored) {
                            // the tables at least double: one sorted build per index at the end is cheaper
                            indexes = BulkIndexes.layAside(connection, insert.tableNames());
                        }
                    }
                    if ((i + 1) % RECORDS_PER_COMMIT == 0) {
                        connection.commit();
                        if ((i + 1) % 20_000 == 0) {
                            log.info("Wrote {} of {} records ({} s)", i + 1, count,
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                    }
                }
                insert.flush();
                rows = insert.rows();
                tables = insert.tableNames();
                connection.commit();
            } finally {
                if (indexes != null) {
                    connection.rollback();
                    indexes.rebuild();
                }
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing records in bulk failed", e);
        }
        if (stored == 0) {
            // every stored date was just counted under the law in force
            recomputation.markCounted(clock.lawFingerprint());
        }
        return new Result(count, rows, (System.nanoTime() - started) / 1_000_000, tables);
    }

    private OversightRecord aggregate(RecordDraft draft, ProcedureAssessor law) {
        RecordForm form = draft.record();
        Instant created = draft.createdAt();
        OversightRecord record = new OversightRecord(form.code(), form.kind(),
                describing.description(form, null), form.oversightLevel(), form.monitoredSince(),
                form.levelDecisionRef(), draft.createdBy(), created);
        for (LevelForm level : draft.laterLevels()) {
            record.changeLevel(level.oversightLevel(), level.decidedOn(), level.decisionRef(), level.note(),
                    draft.createdBy(), created);
        }
        for (PersonForm person : draft.persons()) {
            record.addPerson(person, created);
        }
        for (MoneyForm entry : draft.money()) {
            record.recordMoney(entry.kind(), entry.amountVnd(), entry.asOf(), entry.note(), created);
        }
        // each event entered on the day of the act, in the morning
        record.recordHistory(draft.events(), law, draft.createdBy(),
                event -> event.date().atTime(LocalTime.of(10, 0)).atZone(ProcedureTime.VIETNAM).toInstant());
        record.changedAt(draft.lastChangedAt());
        return record;
    }
}
