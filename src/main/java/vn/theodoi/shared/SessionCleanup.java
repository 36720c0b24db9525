package vn.theodoi.shared;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Expired web sessions are deleted every minute by db-scheduler, on one node of the cluster, instead
 * of by Spring Session's own timer on every node ({@code spring.session.jdbc.cleanup-cron: "-"}):
 * the nodes no longer run the same delete at the same second.
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

    @Bean
    RecurringTask<Void> expiredSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        return Tasks.recurring("expired-session-cleanup", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions));
    }
}
