package vn.theodoi.exports.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.theodoi.shared.ProcedureTime;

/**
 * The module's db-scheduler tasks. {@code prepare-file}: one execution per job, its instance the job's
 * id; an execution whose node died (no heartbeat) is revived and the job written again from the start.
 * {@code prepared-file-cleanup}: daily, removes the files past their expiry.
 */
@Configuration(proxyBeanMethods = false)
public class ExportTasks {

    public static final String PREPARE = "prepare-file";
    public static final String CLEANUP = "prepared-file-cleanup";

    private static final Logger log = LoggerFactory.getLogger(ExportTasks.class);

    /** The runner is looked up lazily: it schedules this very task. */
    @Bean
    OneTimeTask<Void> prepareFileTask(@Lazy ExportRunner runner) {
        return prepare(runner);
    }

    /** The task any scheduler instance can run (a test starts a fresh one, as after a restart). */
    public static OneTimeTask<Void> prepare(ExportRunner runner) {
        return Tasks.oneTime(PREPARE).onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> preparedFileCleanup(PreparedFiles files) {
        return Tasks.recurring(CLEANUP, Schedules.daily(ProcedureTime.VIETNAM, LocalTime.of(3, 30)))
                .execute((instance, context) -> {
                    int removed = files.removeExpired(Clock.systemUTC().instant());
                    if (removed > 0) {
                        log.info("Removed {} expired prepared files", removed);
                    }
                });
    }
}
