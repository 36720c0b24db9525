package vn.theodoi.organization;

import java.time.Year;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/** Administrators' pages for the organization tree, the provinces and the working-day calendar. */
@Controller
@RequestMapping("/admin")
class OrganizationPages {

    private final Organizations organizations;
    private final WorkingDayCalendar calendar;

    OrganizationPages(Organizations organizations, WorkingDayCalendar calendar) {
        this.organizations = organizations;
        this.calendar = calendar;
    }

    @GetMapping("/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganizationType type,
            Model model) {
        String folded = VietnameseText.fold(q);
        List<OrganizationView> shown = organizations.all().stream()
                .filter(o -> type == null || o.type() == type)
                .filter(o -> folded.isEmpty() || VietnameseText.fold(o.name() + " " + o.code() + " "
                        + (o.shortName() == null ? "" : o.shortName())).contains(folded))
                .toList();
        model.addAttribute("organizations", shown);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", OrganizationType.values());
        return "admin/organizations";
    }

    @GetMapping("/organizations/new")
    String createForm(Model model) {
        return form(model, new OrganizationForm(null, null, null, OrganizationType.DEPARTMENT, null, null, "BNCTW",
                null, true, null, 0, null), false);
    }

    @GetMapping("/organizations/{code}")
    String editForm(@PathVariable String code, Model model) {
        OrganizationView view = organizations.byCode(code).orElseThrow(() -> new NotFoundException("organization", code));
        return form(model, OrganizationForm.of(view), true);
    }

    @PostMapping("/organizations")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organizations.create(form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/organizations";
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(model, form, false);
    }

    @PostMapping("/organizations/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                organizations.update(code, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/organizations";
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("error.conflict");
            }
        }
        return form(model, form, true);
    }

    private String form(Model model, OrganizationForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("agencyKinds", AgencyKind.values());
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("provinces", organizations.provinces());
        return "admin/organization-form";
    }

    @GetMapping("/provinces")
    String provinces(Model model) {
        model.addAttribute("provinces", organizations.provinces());
        return "admin/provinces";
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? Year.now(WorkingDayCalendar.VIETNAM).getValue() : year;
        model.addAttribute("year", shown);
        model.addAttribute("fixed", calendar.fixedHolidays());
        model.addAttribute("entries", calendar.entries(shown));
        model.addAttribute("kinds", CalendarDayKind.values());
        model.addAttribute("categories", Arrays.asList(CalendarDayCategory.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CalendarDayForm(null, CalendarDayKind.HOLIDAY, CalendarDayCategory.LUNAR, null));
        }
        return "admin/calendar";
    }

    @PostMapping("/calendar/days")
    String addDay(@Valid @ModelAttribute("form") CalendarDayForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.add(form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/admin/calendar?year=" + form.day().getYear();
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return calendar(form.day() == null ? null : form.day().getYear(), model);
    }

    @PostMapping("/calendar/days/{id}/delete")
    String removeDay(@PathVariable Long id, @RequestParam int year, RedirectAttributes redirect) {
        calendar.remove(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/calendar?year=" + year;
    }
}
