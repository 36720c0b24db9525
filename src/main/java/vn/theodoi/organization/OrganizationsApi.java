package vn.theodoi.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.shared.NotFoundException;

/** Reference data: organizations, provinces and the working-day calendar. Reading for all, writing for administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data")
class OrganizationsApi {

    record ProvinceView(String code, String name, boolean current, String successorCode) {
    }

    record CalendarDayView(Long id, LocalDate day, CalendarDayKind kind, CalendarDayCategory category, String name) {
    }

    record CalendarYearView(int year, List<FixedHoliday> fixedHolidays, List<CalendarDayView> days,
            boolean lunarHolidaysEntered) {
    }

    private final Organizations organizations;
    private final WorkingDayCalendar calendar;

    OrganizationsApi(Organizations organizations, WorkingDayCalendar calendar) {
        this.organizations = organizations;
        this.calendar = calendar;
    }

    @GetMapping("/organizations")
    List<OrganizationView> organizations() {
        return organizations.all();
    }

    @GetMapping("/organizations/{code}")
    OrganizationView organization(@PathVariable String code) {
        return organizations.byCode(code).orElseThrow(() -> new NotFoundException("organization", code));
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationView create(@Valid @RequestBody OrganizationForm form) {
        return organizations.create(form);
    }

    @PutMapping("/organizations/{code}")
    OrganizationView update(@PathVariable String code, @Valid @RequestBody OrganizationForm form) {
        return organizations.update(code, form);
    }

    @GetMapping("/provinces")
    List<ProvinceView> provinces() {
        return organizations.provinces().stream()
                .map(p -> new ProvinceView(p.getCode(), p.getName(), p.isCurrent(), p.getSuccessorCode()))
                .toList();
    }

    @GetMapping("/calendar/{year}")
    CalendarYearView calendar(@PathVariable int year) {
        List<CalendarDayView> days = calendar.entries(year).stream().map(OrganizationsApi::view).toList();
        return new CalendarYearView(year, calendar.fixedHolidays(), days,
                days.stream().anyMatch(d -> d.category() == CalendarDayCategory.LUNAR));
    }

    @PostMapping("/calendar/days")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarDayView addDay(@Valid @RequestBody CalendarDayForm form) {
        return view(calendar.add(form));
    }

    @DeleteMapping("/calendar/days/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDay(@PathVariable Long id) {
        calendar.remove(id);
    }

    private static CalendarDayView view(CalendarDay d) {
        return new CalendarDayView(d.getId(), d.getDay(), d.getKind(), d.getCategory(), d.getName());
    }
}
