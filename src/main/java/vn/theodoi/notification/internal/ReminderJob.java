package vn.theodoi.notification.internal;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.shared.ProcedureTime;

/**
 * The daily reminder job, a db-scheduler recurring task: its next execution is a row of
 * {@code scheduled_tasks}, picked by one node at a time, so the job runs once a day whatever the
 * number of nodes. {@code theodoi.reminders.daily-at} (default 07:00, Vietnam time).
 */
@Configuration(proxyBeanMethods = false)
public class ReminderJob {

    public static final String TASK_NAME = "daily-reminders";

    @Bean
    RecurringTask<Void> dailyReminders(Reminders reminders, WorkingDayCalendar calendar,
            @Value("${theodoi.reminders.daily-at:07:00}") String dailyAt) {
        return task(reminders, calendar, LocalTime.parse(dailyAt));
    }

    /** The job as a task any scheduler instance can run (the tests start a second instance with it). */
    public static RecurringTask<Void> task(Reminders reminders, WorkingDayCalendar calendar, LocalTime at) {
        return com.github.kagkarlsson.scheduler.task.helper.Tasks
                .recurring(TASK_NAME, Schedules.daily(ProcedureTime.VIETNAM, at))
                .execute((instance, context) -> reminders.run(calendar.today()));
    }
}
