package vn.theodoi.reports.web;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.records.Dashboard;
import vn.theodoi.records.RecordSeries;
import vn.theodoi.records.Records;
import vn.theodoi.reports.FigureLinks;
import vn.theodoi.reports.Figures;
import vn.theodoi.reports.ReportCharts;
import vn.theodoi.reports.ReportPeriod;
import vn.theodoi.reports.internal.FigureService;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.situations.SituationType;
import vn.theodoi.tasks.TaskStatus;

/**
 * The statistics page (thống kê): a period's figures as tiles and tables, every figure a link to the
 * list it counts, and the charts; all within the reader's visibility.
 */
@Controller
@RequestMapping("/reports/statistics")
class StatisticsPages {

    private final FigureService figures;
    private final Records records;
    private final RecordSeries series;
    private final ReportCharts charts;
    private final MessageSource messages;

    StatisticsPages(FigureService figures, Records records, RecordSeries series, ReportCharts charts,
            MessageSource messages) {
        this.figures = figures;
        this.records = records;
        this.series = series;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping
    String statistics(@AuthenticationPrincipal TheodoiUser user,
            @RequestParam(required = false) ReportPeriod period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Model model) {
        LocalDate today = records.today();
        ReportPeriod chosen = period != null ? period : from != null || to != null ? ReportPeriod.CUSTOM
                : ReportPeriod.THIS_HALF;
        LocalDate start = from;
        LocalDate end = to;
        if (chosen != ReportPeriod.CUSTOM) {
            LocalDate[] days = chosen.days(today);
            start = days[0];
            end = days[1];
        }
        model.addAttribute("period", chosen);
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            Figures f = figures.figures(user, start, end);
            FigureLinks links = new FigureLinks(f.from(), f.to(), f.asOf());
            model.addAttribute("f", f);
            model.addAttribute("links", links);
            model.addAttribute("taskTotal", f.tasks().values().stream().mapToLong(Long::longValue).sum());
            model.addAttribute("proposalTotal", f.proposals().values().stream().mapToLong(Long::longValue).sum());
            Dashboard dashboard = records.dashboard(user, 1);
            model.addAttribute("levelChart", charts.byLevel(dashboard));
            model.addAttribute("stageChart", charts.byStage(dashboard));
            model.addAttribute("monthlyChart", charts.monthly(series.monthly(user, f.from(), f.to())));
            model.addAttribute("tasksChart", charts.tasksByOrganization(f, links));
            model.addAttribute("moneyChart", charts.money(f, links));
        } catch (DomainRuleViolation e) {
            model.addAttribute("problem", MessageArguments.message(messages, e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("timelinesses", Timeliness.values());
        model.addAttribute("types", SituationType.values());
        return "reports/statistics";
    }
}
