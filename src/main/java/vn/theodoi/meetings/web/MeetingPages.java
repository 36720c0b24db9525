package vn.theodoi.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.meetings.DocumentState;
import vn.theodoi.meetings.MeetingCommands.AgendaItemForm;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.meetings.MeetingCommands.DocumentStateForm;
import vn.theodoi.meetings.MeetingCommands.RequirementForm;
import vn.theodoi.meetings.MeetingForm;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageActions;

/** Meetings: the list, the meeting page (agenda, documents, conclusion and its tasks), its forms, and "since session N". */
@Controller
@RequestMapping("/meetings")
class MeetingPages {

    /** Requirement rows the conclusion form offers. */
    static final int REQUIREMENT_ROWS = 8;

    private final Meetings meetings;
    private final Organizations organizations;
    private final MessageSource messages;

    MeetingPages(Meetings meetings, Organizations organizations, MessageSource messages) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", meetings.list(user, null, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("pageBase", "/meetings?");
        model.addAttribute("canCreate", meetings.mayCreate(user));
        model.addAttribute("sessions", meetings.sessions(user));
        return "meetings/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        return form(model, new MeetingForm(MeetingType.SESSION, null, null, null, Clearance.UNCLASSIFIED,
                user.organizationCode(), Set.of()));
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/meetings/" + meetings.create(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        model.addAttribute("m", meetings.view(user, id));
        model.addAttribute("requirementRows", REQUIREMENT_ROWS);
        model.addAttribute("states", DocumentState.values());
        addChoices(model);
        return "meetings/page";
    }

    @PostMapping("/{id}/agenda")
    String agenda(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute AgendaItemForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "agenda", errors, redirect, () -> meetings.addAgendaItem(user, id, form));
    }

    @PostMapping("/{id}/documents")
    String document(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute DocumentForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "documents", errors, redirect, () -> meetings.addDocument(user, id, form));
    }

    @PostMapping("/{id}/documents/{documentId}/state")
    String documentState(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @PathVariable Long documentId, @Valid @ModelAttribute DocumentStateForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return act(id, "documents", errors, redirect, () -> meetings.moveDocument(user, id, documentId, form));
    }

    /** The conclusion form: its number, date and rows of requirement (text, lead, due date); blank rows are ignored. */
    @PostMapping("/{id}/conclusion")
    String conclusion(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(name = "text", required = false) List<String> texts,
            @RequestParam(name = "lead", required = false) List<String> leads,
            @RequestParam(name = "due", required = false) List<String> dues, RedirectAttributes redirect) {
        List<RequirementForm> requirements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; texts != null && i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String lead = leads != null && i < leads.size() ? leads.get(i) : null;
            String due = dues != null && i < dues.size() ? dues.get(i) : null;
            if (lead == null || lead.isBlank()) {
                problems.add(msg("meeting.requirement.leadRequired", i + 1));
                continue;
            }
            LocalDate dueDate;
            try {
                dueDate = DateText.parse(due);
            } catch (IllegalArgumentException notADate) {
                problems.add(msg("meeting.requirement.dueNotADate", i + 1));
                continue;
            }
            requirements.add(new RequirementForm(text, lead, dueDate));
        }
        if (number == null || number.isBlank() || date == null || requirements.isEmpty()) {
            problems.add(msg("meeting.conclusion.incomplete"));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/meetings/" + id + "#conclusion";
        }
        return act(id, "conclusion", null, redirect,
                () -> meetings.recordConclusion(user, id, new ConclusionForm(number, date, requirements)));
    }

    @GetMapping("/since")
    String since(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) Integer session,
            Model model) {
        var sessions = meetings.sessions(user);
        model.addAttribute("sessions", sessions);
        Integer chosen = session != null ? session : sessions.isEmpty() ? null : sessions.get(0).number();
        model.addAttribute("chosen", chosen);
        if (chosen != null) {
            model.addAttribute("since", meetings.since(user, chosen, 20));
        }
        return "meetings/since";
    }

    private String act(Long id, String section, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        return PageActions.run(messages, "/meetings/" + id + "#" + section, section, null, errors, redirect, change);
    }

    private String msg(String key, Object... args) {
        return MessageArguments.message(messages, key, args, LocaleContextHolder.getLocale());
    }

    private String form(Model model, MeetingForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", MeetingType.values());
        addChoices(model);
        return "meetings/form";
    }

    private void addChoices(Model model) {
        List<OrganizationView> all = organizations.all();
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("departments", all.stream().filter(o -> o.active()
                && (o.type() == OrganizationType.DEPARTMENT || o.type() == OrganizationType.COMMISSION)).toList());
        model.addAttribute("documentOwners", all.stream().filter(o -> o.active()
                && o.type() == OrganizationType.DEPARTMENT).toList());
        model.addAttribute("leads", all.stream().filter(o -> o.active()
                && o.type() != OrganizationType.STEERING_COMMITTEE && o.type() != OrganizationType.STANDING_MEMBERS)
                .toList());
    }
}
