package vn.theodoi.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.Records;

/** The home page: who the person is, what they may do, and what needs their attention. */
@Controller
class HomeController {

    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final Records records;

    HomeController(Organizations organizations, WorkingDayCalendar calendar, Records records) {
        this.organizations = organizations;
        this.calendar = calendar;
        this.records = records;
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
            model.addAttribute("dashboard", records.dashboard(user, 10));
            model.addAttribute("levels", java.util.Arrays.asList(1, 2, 3, null));
            model.addAttribute("stages", vn.theodoi.deadline.Stage.values());
        }
        return "home";
    }
}
