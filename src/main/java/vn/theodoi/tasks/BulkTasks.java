package vn.theodoi.tasks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.theodoi.shared.BulkInsert;
import vn.theodoi.shared.ProcedureTime;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.internal.Task;
import vn.theodoi.tasks.internal.TaskParties;

/**
 * Writes many tasks at once with multi-row inserts: for generated data sets (load tests,
 * benchmarks), never for what people enter. Each draft becomes the {@code Task} aggregate, whose
 * own rules check the dates and keep its progress, so the stored rows are the aggregate's own. No
 * visibility applies and nothing is audited: the caller is the system.
 */
@Service
public class BulkTasks {

    private static final Logger log = LoggerFactory.getLogger(BulkTasks.class);
    private static final int PER_FLUSH = 500;
    private static final int PER_COMMIT = 2000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TaskParties parties;

    BulkTasks(DataSource dataSource, JdbcTemplate jdbc, TaskParties parties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.parties = parties;
    }

    /** What was written: the tasks and all their rows, the ids they took and the tables written. */
    public record Result(int tasks, long rows, long millis, long firstId, long lastId, List<String> tables) {
    }

    /** Writes {@code count} tasks, the draft of each made from the id it will take, committing every 2,000. */
    public Result write(int count, LocalDate today, LongFunction<TaskDraft> draftForId) {
        long started = System.nanoTime();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from task", Long.class) + 1;
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
                        if ((i + 1) % 10_000 == 0) {
                            log.info("Wrote {} of {} tasks ({} s)", i + 1, count,
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                    }
                }
                insert.flush();
                rows = insert.rows();
                tables = insert.tableNames();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing tasks in bulk failed", e);
        }
        long lastId = firstId + count - 1;
        jdbc.execute("alter table task alter column id restart with " + (lastId + 1));
        return new Result(count, rows, (System.nanoTime() - started) / 1_000_000, firstId, lastId, tables);
    }

    private Task aggregate(TaskDraft draft, LocalDate today) {
        TaskForm f = draft.task();
        Task task = new Task(draft.code(), f.title(), f.sourceType(), f.sourceReference(), f.meetingId(),
                f.requirementNumber(), f.parentId(), f.milestone(),
                parties.resolve(f.leadOrganizationCode(), f.coordinatingOrganizationCodes()), f.classificationOrDefault(),
                f.assignedOn(), f.dueDate(), f.recordIds() == null ? null : new LinkedHashSet<>(f.recordIds()),
                f.readers(), f.responsibleUsername(), draft.createdBy(), draft.createdAt());
        for (ProgressForm p : draft.progress()) {
            task.reportProgress(p.date(), p.text(), draft.createdBy(), today,
                    p.date().atTime(LocalTime.of(15, 0)).atZone(ProcedureTime.VIETNAM).toInstant());
        }
        if (draft.completedOn() != null) {
            task.complete(draft.completedOn(), draft.result(), today, draft.lastChangedAt());
        }
        task.changedAt(draft.lastChangedAt());
        return task;
    }
}
