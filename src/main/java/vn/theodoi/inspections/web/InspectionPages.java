package vn.theodoi.inspections.web;

import java.util.List;
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

import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.inspections.InspectionCommands.ConclusionForm;
import vn.theodoi.inspections.InspectionCommands.FindingsForm;
import vn.theodoi.inspections.InspectionCommands.RecommendationForm;
import vn.theodoi.inspections.InspectionCommands.StartForm;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionForm;
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.inspections.InspectionStatus;
import vn.theodoi.inspections.Inspections;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageActions;

/** Inspections: the filtered list, the plan form, and the inspection page with its lifecycle, findings and recommendations. */
@Controller
@RequestMapping("/inspections")
class InspectionPages {

    private final Inspections inspections;
    private final Organizations organizations;
    private final MessageSource messages;

    InspectionPages(Inspections inspections, Organizations organizations, MessageSource messages) {
        this.inspections = inspections;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, @ModelAttribute("filter") InspectionFilter filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", inspections.list(user, filter, PageRequest.of(Math.max(page, 0), 50)));
        String base = UriComponentsBuilder.fromPath("/inspections")
                .queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("target", java.util.Optional.ofNullable(filter.target()).filter(s -> !s.isBlank()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(filter.q()).filter(s -> !s.isBlank()))
                .queryParamIfPresent("concludedFrom", java.util.Optional.ofNullable(filter.concludedFrom()))
                .queryParamIfPresent("concludedTo", java.util.Optional.ofNullable(filter.concludedTo()))
                .queryParamIfPresent("activeOn", java.util.Optional.ofNullable(filter.activeOn()))
                .encode().build().toUriString();
        model.addAttribute("pageBase", base + (base.contains("?") ? "&" : "?"));
        model.addAttribute("canCreate", inspections.mayCreate(user));
        model.addAttribute("statuses", InspectionStatus.values());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("targets", targets());
        return "inspections/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        return form(model, new InspectionForm(InspectionKind.INSPECTION, null, null, user.organizationCode(),
                Clearance.UNCLASSIFIED, null, null, user.getUsername(), Set.of(), Set.of()));
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") InspectionForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/inspections/" + inspections.create(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        model.addAttribute("i", inspections.view(user, id));
        model.addAttribute("leads", organizations.all().stream().filter(o -> o.active()
                && o.type() != OrganizationType.STEERING_COMMITTEE && o.type() != OrganizationType.STANDING_MEMBERS)
                .toList());
        return "inspections/page";
    }

    @PostMapping("/{id}/start")
    String start(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @Valid @ModelAttribute StartForm form,
            BindingResult errors, RedirectAttributes redirect) {
        return act(id, "lifecycle", errors, redirect, () -> inspections.start(user, id, form));
    }

    @PostMapping("/{id}/findings")
    String findings(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute FindingsForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "findings", errors, redirect, () -> inspections.recordFindings(user, id, form));
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ConclusionForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "lifecycle", errors, redirect, () -> inspections.conclude(user, id, form));
    }

    @PostMapping("/{id}/recommendations")
    String recommend(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute RecommendationForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "recommendations", errors, redirect, () -> inspections.recommend(user, id, form));
    }

    private String act(Long id, String section, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        return PageActions.run(messages, "/inspections/" + id + "#" + section, section, null, errors, redirect, change);
    }

    private String form(Model model, InspectionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("targets", targets());
        model.addAttribute("owners", organizations.all().stream().filter(o -> o.active()
                && (o.type() == OrganizationType.DEPARTMENT || o.type() == OrganizationType.COMMISSION
                        || o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY)).toList());
        return "inspections/form";
    }

    /** What may be inspected: the provinces' committees and standing agencies, and the agencies. */
    private List<OrganizationView> targets() {
        return organizations.all().stream().filter(o -> o.active()
                && (o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                        || o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY
                        || o.type() == OrganizationType.AGENCY)).toList();
    }
}
