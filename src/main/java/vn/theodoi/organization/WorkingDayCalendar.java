package vn.theodoi.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;

/**
 * The working-day calendar legal time limits are counted on (BLTTHS Art. 134): administrators
 * enter each year's lunar holidays and day swaps; fixed holidays recur by themselves.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    static final ZoneId VIETNAM = vn.theodoi.shared.ProcedureTime.VIETNAM;

    private final CalendarDayRepository days;
    private final FixedHolidayRepository fixedHolidays;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingDayCalendar(CalendarDayRepository days, FixedHolidayRepository fixedHolidays, AuditLog audit,
            ApplicationEventPublisher events) {
        this.days = days;
        this.fixedHolidays = fixedHolidays;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.system(VIETNAM);
    }

    /** The whole calendar, for counting many limits without further queries. */
    public WorkingDays snapshot() {
        Map<MonthDay, String> fixed = fixedHolidays.findAll().stream()
                .collect(Collectors.toMap(h -> MonthDay.of(h.getMonthOfYear(), h.getDayOfMonth()), FixedHoliday::getName,
                        (a, b) -> a));
        Map<LocalDate, CalendarDayKind> entries = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        Set<Integer> lunarYears = new HashSet<>();
        days.findAll().forEach(d -> {
            entries.put(d.getDay(), d.getKind());
            names.put(d.getDay(), d.getName());
            if (d.getCategory() == CalendarDayCategory.LUNAR) {
                lunarYears.add(d.getDay().getYear());
            }
        });
        return new WorkingDays(fixed, entries, names, lunarYears);
    }

    /**
     * A digest of every day off and day swap the calendar holds: when it differs from the one a
     * stored limit was counted with, the limit must be counted again.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        fixedHolidays.findAll().stream().map(h -> h.getMonthOfYear() + "-" + h.getDayOfMonth()).sorted()
                .forEach(d -> text.append(d).append(';'));
        days.findAll().stream().map(d -> d.getDay() + " " + d.getKind() + " " + d.getCategory()).sorted()
                .forEach(d -> text.append(d).append(';'));
        return vn.theodoi.shared.Digests.sha256(text.toString());
    }

    public List<FixedHoliday> fixedHolidays() {
        return fixedHolidays.findAllByOrderByMonthOfYearAscDayOfMonthAsc();
    }

    public List<CalendarDay> entries(int year) {
        return days.findByCalendarYearOrderByDay(year);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when next year's Tết and Hùng Kings' day have not been entered yet: administrators are warned. */
    public boolean nextYearLacksLunarHolidays() {
        return !days.existsByCalendarYearAndCategory(today().getYear() + 1, CalendarDayCategory.LUNAR);
    }

    public int nextYear() {
        return today().getYear() + 1;
    }

    @Transactional
    public CalendarDay add(CalendarDayForm form) {
        if (days.existsByDay(form.day())) {
            throw new DomainRuleViolation("calendar.dayTaken", form.day());
        }
        CalendarDay day = days.save(new CalendarDay(form.day(), form.kind(), form.category(),
                VietnameseText.clean(form.name())));
        audit.recordChange("CALENDAR_DAY_ADDED", "CALENDAR_DAY", day.getDay(), describe(day));
        events.publishEvent(new CalendarChanged(day.getDay()));
        return day;
    }

    /** The day's id, date and kinds; its name is text an administrator typed and stays out of the log. */
    private static AuditDetails describe(CalendarDay day) {
        return AuditDetails.of().id("calendarDay", day.getId()).date("day", day.getDay()).kind("kind", day.getKind())
                .kind("category", day.getCategory());
    }

    @Transactional
    public void remove(Long id) {
        CalendarDay day = days.findById(id).orElseThrow(() -> new NotFoundException("calendarDay", id));
        days.delete(day);
        audit.recordChange("CALENDAR_DAY_REMOVED", "CALENDAR_DAY", day.getDay(), describe(day));
        events.publishEvent(new CalendarChanged(day.getDay()));
    }
}
