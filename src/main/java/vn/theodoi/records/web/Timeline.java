package vn.theodoi.records.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.records.RecordView;

/**
 * The record's events drawn against its legal time limits: one bar per limit (base period, the
 * extensions granted, what further extensions could reach), the events as ticks, and today.
 * Coordinates are in SVG user units on a fixed-width canvas.
 */
public record Timeline(int width, int height, List<Bar> bars, List<Tick> events, List<Tick> months, Integer todayX) {

    static final int WIDTH = 1000;
    static final int LEFT = 190;
    static final int TOP = 34;
    static final int ROW = 30;

    /** One time limit. */
    public record Bar(Stage stage, DeadlineStatus status, int y, int x, int baseWidth, int extendedWidth,
            int possibleWidth, Integer endX, LocalDate startDate, LocalDate dueDate, LocalDate maxDueDate) {

        public String cssClass() {
            return "bar-" + status.name().toLowerCase().replace('_', '-');
        }

        public int labelY() {
            return y + 15;
        }
    }

    /** A dated mark on the axis. */
    public record Tick(int x, String label, LocalDate date) {
    }

    static Timeline of(List<TimeLimit> limits, List<RecordView.Event> events, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        limits.forEach(l -> {
            dates.add(l.startDate());
            dates.add(l.maxDueDate() != null ? l.maxDueDate() : l.dueDate());
        });
        events.forEach(e -> dates.add(e.date()));
        dates.add(today);
        LocalDate from = dates.stream().min(LocalDate::compareTo).orElse(today).withDayOfMonth(1);
        LocalDate to = dates.stream().max(LocalDate::compareTo).orElse(today).plusMonths(1).withDayOfMonth(1);
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Scale scale = new Scale(from, span);

        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            TimeLimit l = limits.get(i);
            int x = scale.x(l.startDate());
            LocalDate max = l.maxDueDate() == null ? l.dueDate() : l.maxDueDate();
            bars.add(new Bar(l.stage(), l.status(), TOP + i * ROW, x, scale.x(l.baseDueDate()) - x,
                    scale.x(l.dueDate()) - x, scale.x(max) - x, l.endDate() == null ? null : scale.x(l.endDate()),
                    l.startDate(), l.dueDate(), max));
        }
        List<Tick> ticks = events.stream().filter(RecordView.Event::isCurrent)
                .map(e -> new Tick(scale.x(e.date()), e.type().name(), e.date())).toList();
        // about ten month labels fit the axis; a longer history labels every 2nd, 3rd, 6th or 12th month
        long monthCount = ChronoUnit.MONTHS.between(from, to);
        int step = monthCount <= 10 ? 1 : monthCount <= 20 ? 2 : monthCount <= 30 ? 3 : monthCount <= 60 ? 6 : 12;
        List<Tick> months = Stream.iterate(from, d -> d.isBefore(to), d -> d.plusMonths(1))
                .filter(d -> ChronoUnit.MONTHS.between(from, d) % step == 0)
                .map(d -> new Tick(scale.x(d), d.getMonthValue() + "/" + d.getYear(), d)).toList();
        return new Timeline(WIDTH, TOP + Math.max(1, limits.size()) * ROW + 10, bars, ticks, months,
                scale.x(today));
    }

    private record Scale(LocalDate from, long span) {
        int x(LocalDate date) {
            return LEFT + (int) Math.round((WIDTH - LEFT - 10) * (double) ChronoUnit.DAYS.between(from, date) / span);
        }
    }

    public int left() {
        return LEFT;
    }
}
