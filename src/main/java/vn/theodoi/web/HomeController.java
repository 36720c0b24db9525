package vn.theodoi.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.Dashboard;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.reports.FigureLinks;
import vn.theodoi.reports.ReportCharts;
import vn.theodoi.reports.ReportPeriod;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.Tasks;

/**
 * The home page, work first: tiles that open the lists needing action (overdue, due soon, behind a directed
 * milestone, past the last day to request an extension), the most urgent records with how late they are, their
 * level and specialist, the person's own records by nearest deadline, their saved filters; who they are last.
 */
@Controller
class HomeController {

    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final Records records;
    private final Users users;
    private final Tasks tasks;
    private final ReportCharts charts;

    HomeController(Organizations organizations, WorkingDayCalendar calendar, Records records, Users users,
            Tasks tasks, ReportCharts charts) {
        this.organizations = organizations;
        this.calendar = calendar;
        this.records = records;
        this.users = users;
        this.tasks = tasks;
        this.charts = charts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal TheodoiUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organization", organizations.byId(user.organizationId()).orElseThrow());
        model.addAttribute("province", organizations.province(user.provinceCode()).orElse(null));
        boolean admin = user.has(Role.ADMIN);
        model.addAttribute("calendarWarning", admin && calendar.nextYearLacksLunarHolidays());
        model.addAttribute("nextYear", calendar.nextYear());
        boolean followsRecords = !(user.roles().stream().allMatch(r -> r == Role.ADMIN || r == Role.AUDITOR));
        if (followsRecords) {
            Dashboard dashboard = records.dashboard(user, 8);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("today", records.today());
            model.addAttribute("names", users.fullNames(Stream.of(dashboard.overdue(), dashboard.dueSoon(),
                    dashboard.mine()).flatMap(java.util.List::stream).map(RecordSummary::responsibleUsername)
                    .filter(Objects::nonNull).collect(Collectors.toSet())));
            model.addAttribute("savedFilters", records.savedFilters(user));
            // the "taken out of monitoring" column only when some record is
            model.addAttribute("levels", dashboard.countAtLevel(null) > 0 ? java.util.Arrays.asList(1, 2, 3, null)
                    : java.util.List.of(1, 2, 3));
            model.addAttribute("stages", vn.theodoi.deadline.Stage.values());
            // compact charts: the counts above, and this half-year's tasks in one grouped query
            model.addAttribute("levelChart", charts.byLevel(dashboard));
            model.addAttribute("stageChart", charts.byStage(dashboard));
            LocalDate today = records.today();
            LocalDate[] half = ReportPeriod.THIS_HALF.days(today);
            TaskStats.Counts counts = tasks.totals(user, half[0], half[1]);
            Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                byStatus.put(status, counts.count(status));
            }
            model.addAttribute("tasksChart", charts.tasksByStatus(byStatus,
                    new FigureLinks(half[0], half[1], today.isBefore(half[1]) ? today : half[1])));
        }
        return "home";
    }
}
