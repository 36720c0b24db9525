package vn.theodoi.situations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageActions;
import vn.theodoi.shared.web.PageLinks;
import vn.theodoi.situations.ProvinceSituation;
import vn.theodoi.situations.SituationCommands.LinkForm;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationForm;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;
import vn.theodoi.situations.SituationView;
import vn.theodoi.situations.Situations;

/**
 * The situation page: the map of the provinces coloured by their open hot spots and highest severity,
 * beside the chronological feed (a tile filters the feed by its province); the hot spot's page with
 * its follow-up entries and links; the report form.
 */
@Controller
@RequestMapping("/situations")
class SituationPages {

    private static final int PAGE_SIZE = 50;

    private final Situations situations;
    private final Organizations organizations;
    private final MessageSource messages;
    private final Users users;

    SituationPages(Situations situations, Organizations organizations, MessageSource messages, Users users) {
        this.users = users;
        this.situations = situations;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, SituationFilter filter,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        List<ProvinceSituation> provinces = situations.byProvince(user, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("provinces", provinces);
        model.addAttribute("selected", provinces.stream()
                .filter(p -> p.provinceCode().equals(filter.province())).findFirst().orElse(null));
        model.addAttribute("rows", situations.search(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        model.addAttribute("tileLinks", provinces.stream().collect(java.util.stream.Collectors.toMap(
                ProvinceSituation::provinceCode, p -> link(request, filter.inProvince(p.provinceCode())))));
        model.addAttribute("allProvincesLink", link(request, filter.inProvince(null)));
        model.addAttribute("canReport", situations.mayReport(user));
        addChoices(model);
        return "situations/list";
    }

    @GetMapping("/new")
    String reportForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        model.addAttribute("form", new SituationForm(SituationType.MASS_GATHERING, user.provinceCode(), null,
                situations.today(), null, 1, null, Clearance.UNCLASSIFIED, Set.of()));
        addChoices(model);
        return "situations/form";
    }

    @PostMapping
    String report(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") SituationForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/situations/" + situations.report(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        addChoices(model);
        return "situations/form";
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        SituationView view = situations.view(user, id);
        Set<String> people = new java.util.HashSet<>();
        people.add(view.reportedBy());
        view.updates().forEach(u -> people.add(u.writtenBy()));
        model.addAttribute("s", view);
        model.addAttribute("names", users.fullNames(people));
        model.addAttribute("today", situations.today());
        model.addAttribute("statuses", SituationStatus.values());
        return "situations/page";
    }

    @PostMapping("/{id}/updates")
    String addUpdate(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute UpdateForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "updates", errors, redirect, () -> situations.addUpdate(user, id, form));
    }

    @PostMapping("/{id}/links")
    String link(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute LinkForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "links", errors, redirect, () -> situations.link(user, id, form));
    }

    /** Runs a change from the hot spot's page and returns to its section, with what went wrong in the reader's language. */
    private String act(Long id, String section, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        return PageActions.run(messages, "/situations/" + id + "#" + section, section, "situation.field.", errors, redirect, change);
    }

    /** The feed's address for a filter, with only the parameters it sets. */
    static String link(HttpServletRequest request, SituationFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getContextPath() + "/situations");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("province", f.province());
        params.put("type", f.type());
        params.put("status", f.status());
        params.put("severity", f.severity());
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("q", f.q());
        params.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                b.queryParam(name, value.toString());
            }
        });
        return b.encode().build().toUriString();
    }

    private void addChoices(Model model) {
        model.addAttribute("types", SituationType.values());
        model.addAttribute("statuses", SituationStatus.values());
        model.addAttribute("severities", List.of(1, 2, 3));
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("provinceChoices", organizations.provinces().stream().filter(Province::isCurrent)
                .sorted(java.util.Comparator.comparing(Province::getName, java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag("vi")))).toList());
    }
}
