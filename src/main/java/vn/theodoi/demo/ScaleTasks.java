package vn.theodoi.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.tasks.BulkTasks;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskDraft;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.Tasks;

/**
 * A large, fictional data set of tasks for load tests and benchmarks: tasks from every source, led
 * by Commission departments, provincial committees and agencies, given over the last two years,
 * most with a due date, with progress reports, about half completed (on time or late), written by
 * {@link BulkTasks} through the task aggregate. The same seed gives the same data.
 */
@Component
class ScaleTasks {

    private static final TaskSourceType[] SOURCES = TaskSourceType.values();

    private final BulkTasks bulk;
    private final Tasks tasks;
    private final Organizations organizations;

    ScaleTasks(BulkTasks bulk, Tasks tasks, Organizations organizations) {
        this.bulk = bulk;
        this.tasks = tasks;
        this.organizations = organizations;
    }

    BulkTasks.Result generate(int count, long seed, String prefix) {
        List<String> leads = new ArrayList<>();
        for (OrganizationView o : organizations.all()) {
            if (o.active() && (o.type() == OrganizationType.DEPARTMENT
                    || o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                    || o.type() == OrganizationType.AGENCY && o.parentCode() == null)) {
                leads.add(o.code());
            }
        }
        LocalDate today = tasks.today();
        Random r = new Random(seed);
        return bulk.write(count, today, id -> draft(id, r, leads, today, prefix));
    }

    private TaskDraft draft(long id, Random r, List<String> leads, LocalDate today, String prefix) {
        LocalDate assigned = today.minusDays(1 + r.nextInt(730));
        LocalDate due = r.nextInt(100) < 85 ? assigned.plusDays(15 + r.nextInt(360)) : null;
        String lead = leads.get(r.nextInt(leads.size()));
        String coordinating = r.nextInt(100) < 30 ? leads.get(r.nextInt(leads.size())) : null;
        Set<String> coordinators = coordinating == null || coordinating.equals(lead) ? Set.of() : Set.of(coordinating);
        TaskSourceType source = SOURCES[r.nextInt(SOURCES.length)];
        Clearance classification = r.nextInt(100) < 5 ? Clearance.CONFIDENTIAL : Clearance.UNCLASSIFIED;
        LocalDate completed = null;
        boolean past = due != null && due.isBefore(today);
        if (past ? r.nextInt(100) < 70 : r.nextInt(100) < 25) {
            LocalDate target = due == null ? assigned.plusDays(30 + r.nextInt(300))
                    : r.nextInt(100) < 60 ? due.minusDays(r.nextInt(10)) : due.plusDays(1 + r.nextInt(60));
            completed = target.isAfter(today) ? today : target.isBefore(assigned) ? assigned : target;
        }
        LocalDate lastDay = completed != null ? completed : today;
        List<ProgressForm> progress = new ArrayList<>();
        int reports = r.nextInt(4);
        long span = Math.max(1, lastDay.toEpochDay() - assigned.toEpochDay());
        for (int i = 0; i < reports; i++) {
            progress.add(new ProgressForm(assigned.plusDays(span * (i + 1) / (reports + 1)),
                    "Báo cáo tiến độ (dữ liệu thử tải): đã làm việc với các cơ quan liên quan, đang hoàn thiện"));
        }
        String title = DemoTasks.WORK[r.nextInt(DemoTasks.WORK.length)] + " (dữ liệu thử tải " + id + ")";
        TaskForm form = new TaskForm(title, source, "Văn bản giao nhiệm vụ (dữ liệu thử tải)", null, null, lead,
                coordinators, due, classification, List.of(), classification.isClassified() ? Set.of("specialist")
                        : Set.of(), r.nextInt(100) < 20 ? "specialist" : null, null, null, assigned);
        return new TaskDraft(String.format("%s-NV-%07d", prefix, id), form, progress, completed,
                completed == null ? null : "Đã hoàn thành (dữ liệu thử tải)", ScaleData.CREATED_BY,
                assigned.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)),
                lastDay.atTime(16, r.nextInt(60)).toInstant(ZoneOffset.ofHours(7)));
    }
}
