package vn.theodoi.records.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.records.RecordView;
import vn.theodoi.shared.web.DateText;

/**
 * The line at the top of a record that says in five seconds how it stands: how late (or how much time is left)
 * against which limit, the last day to request an extension, and the nearest directed milestone
 * ("QUÁ HẠN 25 ngày · Hạn điều tra 03/11/2026 · Mốc chỉ đạo gần nhất ...").
 *
 * @param tone   {@code overdue}, {@code due_soon}, {@code on_track} or {@code none}: the colour
 * @param status the first, capitalized part ("QUÁ HẠN 25 ngày"), or null when no limit runs
 * @param parts  the rest, in order
 */
record StatusStrip(String tone, String status, List<String> parts) {

    static StatusStrip of(RecordView view, LocalDate today, MessageSource messages, Locale locale) {
        List<String> parts = new ArrayList<>();
        String tone = "none";
        String status = null;
        TimeLimit limit = view.procedure().currentLimit().orElse(null);
        if (view.historyProblem() != null) {
            tone = "overdue";
            status = messages.getMessage("record.strip.historyProblem", null, locale);
        } else if (limit != null) {
            long days = ChronoUnit.DAYS.between(today, limit.dueDate());
            DeadlineStatus s = limit.status();
            tone = s.name().toLowerCase(Locale.ROOT);
            status = switch (s) {
                case OVERDUE -> messages.getMessage("record.strip.overdue", new Object[] {-days}, locale);
                case DUE_SOON -> days == 0 ? messages.getMessage("record.strip.dueToday", null, locale)
                        : messages.getMessage("record.strip.dueSoon", new Object[] {days}, locale);
                default -> messages.getMessage("record.strip.onTrack", new Object[] {days}, locale);
            };
            parts.add(messages.getMessage("record.strip.limit." + limit.stage(), new Object[] {
                DateText.format(limit.dueDate())}, locale));
            LocalDate request = limit.lastDayToRequestExtension();
            if (request != null && limit.extensionsLeft() > 0) {
                parts.add(messages.getMessage(request.isBefore(today) && s != DeadlineStatus.OVERDUE
                        ? "record.strip.requestPassed" : request.isBefore(today) ? "record.strip.requestWas"
                        : "record.strip.requestBy", new Object[] {DateText.format(request)}, locale));
            }
        } else if (view.currentStage() != null) {
            status = messages.getMessage("record.strip.noLimit", new Object[] {
                messages.getMessage("deadline.label.stage." + view.currentStage(), null, locale)}, locale);
        } else {
            status = messages.getMessage("record.stage.none", null, locale);
        }
        view.milestones().stream().filter(m -> m.achievedOn() == null)
                .min(Comparator.comparing(RecordView.Milestone::targetDate)).ifPresent(m -> {
                    long late = ChronoUnit.DAYS.between(m.targetDate(), today);
                    parts.add(late > 0
                            ? messages.getMessage("record.strip.milestoneLate", new Object[] {m.description(),
                                DateText.format(m.targetDate()), late}, locale)
                            : messages.getMessage("record.strip.milestoneNext", new Object[] {m.description(),
                                DateText.format(m.targetDate())}, locale));
                });
        return new StatusStrip(tone, status, parts);
    }
}
