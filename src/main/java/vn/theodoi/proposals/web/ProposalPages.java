package vn.theodoi.proposals.web;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.access.Users;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.proposals.ProposalCommands.AssignForm;
import vn.theodoi.proposals.ProposalCommands.DraftForm;
import vn.theodoi.proposals.ProposalCommands.ReturnForm;
import vn.theodoi.proposals.ProposalCommands.SendForm;
import vn.theodoi.proposals.ProposalCommands.StepForm;
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalForm;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.ProposalView;
import vn.theodoi.proposals.Proposals;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageActions;
import vn.theodoi.shared.web.PageLinks;

/** The proposal list, the form to receive (or, for a provincial officer, to submit) one, and the proposal page with its flow. */
@Controller
@RequestMapping("/proposals")
class ProposalPages {

    private static final int PAGE_SIZE = 50;

    private final Attachments attachments;
    private final Proposals proposals;
    private final Organizations organizations;
    private final Users users;
    private final MessageSource messages;

    ProposalPages(Proposals proposals, Organizations organizations, Users users, MessageSource messages,
            Attachments attachments) {
        this.attachments = attachments;
        this.proposals = proposals;
        this.organizations = organizations;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, ProposalFilter filter,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("rows", proposals.search(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        model.addAttribute("canCreate", proposals.mayCreate(user));
        model.addAttribute("internal", !user.has(Role.PROVINCIAL_OFFICER) && !user.has(Role.AGENCY_LIAISON));
        addChoices(model);
        return "proposals/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        boolean provincial = user.has(Role.PROVINCIAL_OFFICER);
        model.addAttribute("form", new ProposalForm(provincial ? ProposalType.OPINION_REQUEST : ProposalType.PROPOSAL,
                provincial ? user.organizationCode() : null, null, proposals.today(), null, Clearance.UNCLASSIFIED,
                List.of()));
        return form(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/proposals/" + proposals.create(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(user, model);
    }

    private String form(TheodoiUser user, Model model) {
        model.addAttribute("provincial", user.has(Role.PROVINCIAL_OFFICER));
        model.addAttribute("myOrganization", organizations.byId(user.organizationId()).map(OrganizationView::name)
                .orElse(user.organizationName()));
        addChoices(model);
        return "proposals/form";
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        ProposalView p = proposals.view(user, id);
        model.addAttribute("p", p);
        model.addAttribute("today", proposals.today());
        model.addAttribute("attachments", attachments.list(user, "PROPOSAL", id));
        model.addAttribute("canAttach", attachments.mayAttach(user, "PROPOSAL", id));
        if (p.mayAssign()) {
            List<OrganizationView> departments = departments();
            model.addAttribute("departments", departments);
            model.addAttribute("specialists", users.peopleOf(departments.stream().map(OrganizationView::id).toList())
                    .stream().filter(u -> u.roles().contains(Role.SPECIALIST)).toList());
        }
        Set<String> people = new java.util.HashSet<>();
        p.steps().forEach(s -> people.add(s.takenBy()));
        if (p.specialistUsername() != null) {
            people.add(p.specialistUsername());
        }
        model.addAttribute("names", users.fullNames(people));
        return "proposals/page";
    }

    @PostMapping("/{id}/assign")
    String assign(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute AssignForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.assign(user, id, form));
    }

    @PostMapping("/{id}/draft")
    String draft(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute DraftForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.draft(user, id, form));
    }

    @PostMapping("/{id}/check")
    String check(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @ModelAttribute StepForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.check(user, id, form));
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @ModelAttribute StepForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.approve(user, id, form));
    }

    @PostMapping("/{id}/return")
    String sendBack(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ReturnForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.sendBack(user, id, form));
    }

    @PostMapping("/{id}/send")
    String send(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute SendForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, errors, redirect, () -> proposals.send(user, id, form));
    }

    /** Runs a step from the proposal page and returns to it, with what went wrong in the reader's language. */
    private String act(Long id, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        return PageActions.run(messages, "/proposals/" + id, true, "proposal.field.", errors, redirect, change);
    }

    private List<OrganizationView> departments() {
        return organizations.all().stream().filter(o -> o.active() && o.type() == OrganizationType.DEPARTMENT).toList();
    }

    private void addChoices(Model model) {
        List<OrganizationView> all = organizations.all();
        model.addAttribute("types", ProposalType.values());
        model.addAttribute("states", ProposalState.values());
        model.addAttribute("timelinesses", Timeliness.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("senders", all.stream().filter(o -> o.active() && (o.type() == OrganizationType.AGENCY
                || o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                || o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY
                || o.type() == OrganizationType.STEERING_COMMITTEE)).toList());
        model.addAttribute("departmentChoices", departments());
    }
}
