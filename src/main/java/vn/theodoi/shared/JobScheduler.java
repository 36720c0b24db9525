package vn.theodoi.shared;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * db-scheduler over the application's database: every module's jobs ({@link Task} beans) run
 * from the {@code scheduled_tasks} table, each execution picked by one node at a time, so a
 * recurring job runs once whatever the number of nodes. Built here because the starter's
 * auto-configuration (16.7.1) orders itself after Spring Boot 3's DataSource auto-configuration,
 * a class Spring Boot 4 moved, and so never finds the DataSource. Started once the application
 * is ready; {@code theodoi.scheduler.enabled=false} leaves it off (the scale data generator).
 */
@Component
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final Scheduler scheduler;
    private final boolean enabled;

    @SuppressWarnings({"unchecked", "rawtypes"})
    JobScheduler(PrimaryDatabase primary, List<Task<?>> tasks, @Value("${theodoi.scheduler.enabled:true}") boolean enabled,
            @Value("${theodoi.scheduler.polling-interval:30s}") Duration polling) {
        this.enabled = enabled;
        List recurring = tasks.stream().filter(t -> t instanceof OnStartup).toList();
        List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
        // startTasks registers the recurring tasks among the known ones itself
        // the primary's own pool: the scheduler polls, locks and updates its table, never on a replica
        this.scheduler = Scheduler.create(primary.dataSource(), others).startTasks(recurring).pollingInterval(polling).threads(2)
                .tableName("scheduled_tasks").build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            scheduler.start();
            log.info("Job scheduler started (db-scheduler, table scheduled_tasks)");
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (enabled) {
            scheduler.stop();
        }
    }

    public Scheduler scheduler() {
        return scheduler;
    }
}
