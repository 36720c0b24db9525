package vn.theodoi.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.theodoi.deadline.Stage;
import vn.theodoi.records.Dashboard;
import vn.theodoi.records.MonthlyCounts;
import vn.theodoi.tasks.TaskStatus;

/**
 * The statistics page's and the home page's charts, as {@link BarChart}s with their labels in the
 * reader's language and each bar linking to the list it counts.
 */
@Component
public class ReportCharts {

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Records now at each oversight level (taken out last, when any), from the home page's counts. */
    public BarChart byLevel(Dashboard dashboard) {
        List<BarChart.Input> rows = new ArrayList<>();
        for (Integer level : Arrays.asList(1, 2, 3, null)) {
            long n = dashboard.countAtLevel(level);
            if (level != null || n > 0) {
                String label = level == null ? text("level.short.none") : text("level.short." + level);
                rows.add(new BarChart.Input(label, level == null ? null : FigureLinks.recordsAt(level, null),
                        List.of(n), null));
            }
        }
        return BarChart.grouped(text("reports.chart.byLevel"), List.of(text("reports.chart.records")), rows);
    }

    /** Records now at each stage that has any (no event yet last). */
    public BarChart byStage(Dashboard dashboard) {
        List<BarChart.Input> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long n = dashboard.countAtStage(stage);
            if (n > 0) {
                rows.add(new BarChart.Input(text("deadline.label.stage." + stage), FigureLinks.recordsAt(null, stage),
                        List.of(n), null));
            }
        }
        long none = dashboard.countAtStage(null);
        if (none > 0) {
            rows.add(new BarChart.Input(text("record.stage.none"), List.of(none)));
        }
        return BarChart.grouped(text("reports.chart.byStage"), List.of(text("reports.chart.records")), rows);
    }

    /** Cases initiated, indicted and tried at first instance, month by month. */
    public BarChart monthly(List<MonthlyCounts> months) {
        List<BarChart.Input> rows = months.stream().map(m -> new BarChart.Input(
                String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()),
                List.of(m.initiated(), m.indicted(), m.firstInstance()))).toList();
        return BarChart.grouped(text("reports.chart.monthly"), List.of(text("reports.figure.initiated"),
                text("reports.figure.indicted"), text("reports.figure.firstInstance")), rows);
    }

    /** Tasks of the period by status, per lead organization, stacked. */
    public BarChart tasksByOrganization(Figures f, FigureLinks links) {
        List<BarChart.Input> rows = f.tasksByOrganization().stream().map(o -> new BarChart.Input(
                o.organizationName(), links.tasks(null, o.organizationCode()),
                statuses().stream().map(s -> o.tasks().getOrDefault(s, 0L)).toList(),
                statuses().stream().map(s -> links.tasks(s, o.organizationCode())).toList())).toList();
        return BarChart.stacked(text("reports.chart.tasksByOrganization"), statusNames(), rows);
    }

    /** Tasks of a period by status, one bar each (the home page's compact chart). */
    public BarChart tasksByStatus(java.util.Map<TaskStatus, Long> tasks, FigureLinks links) {
        List<BarChart.Input> rows = statuses().stream().map(s -> new BarChart.Input(text("enum.TaskStatus." + s),
                links.tasks(s, null), List.of(tasks.getOrDefault(s, 0L)), null)).toList();
        return BarChart.grouped(text("reports.chart.tasksByStatus"), List.of(text("reports.chart.tasks")), rows);
    }

    /** Money recovered against damage established in the period. */
    public BarChart money(Figures f, FigureLinks links) {
        return BarChart.money(text("reports.chart.money"), List.of(text("reports.chart.vnd")), List.of(
                new BarChart.Input(text("reports.figure.damage"), links.records("DAMAGE"), List.of(f.damageVnd()), null),
                new BarChart.Input(text("reports.figure.recovered"), links.records("RECOVERED"),
                        List.of(f.recoveredVnd()), null)));
    }

    private List<TaskStatus> statuses() {
        return List.of(TaskStatus.values());
    }

    private List<String> statusNames() {
        return statuses().stream().map(s -> text("enum.TaskStatus." + s)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
