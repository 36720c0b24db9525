package vn.theodoi.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;

/** The home page: who the person is, what they may do, and what needs their attention. */
@Controller
class HomeController {

    private final Organizations organizations;
    private final WorkingDayCalendar calendar;

    HomeController(Organizations organizations, WorkingDayCalendar calendar) {
        this.organizations = organizations;
        this.calendar = calendar;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal TheodoiUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organization", organizations.byId(user.organizationId()).orElseThrow());
        model.addAttribute("province", organizations.province(user.provinceCode()).orElse(null));
        boolean admin = user.has(Role.ADMIN);
        model.addAttribute("calendarWarning", admin && calendar.nextYearLacksLunarHolidays());
        model.addAttribute("nextYear", calendar.nextYear());
        return "home";
    }
}
