package vn.theodoi.records.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.ConversionForm;
import vn.theodoi.records.RecordPartForms.CorrectionForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageLinks;

/** The record list, the record page and the forms that change a record. */
@Controller
@RequestMapping("/records")
class RecordPages {

    private static final int PAGE_SIZE = 50;

    private final Records records;
    private final Organizations organizations;
    private final MessageSource messages;

    RecordPages(Records records, Organizations organizations, MessageSource messages) {
        this.records = records;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, RecordFilter filter,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var rows = records.search(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("countCap", Records.COUNT_CAP);
        model.addAttribute("provincesOf", records.provincesOf(rows.getContent()));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        model.addAttribute("today", records.today());
        model.addAttribute("canEdit", records.mayEdit(user));
        addChoices(model);
        return "records/list";
    }

    @GetMapping("/mine")
    String mine() {
        return "redirect:/records?mine=true";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        String owner = user.organizationCode();
        return form(model, new RecordForm(RecordKind.CASE, null, null, null, 2, records.today(), null, null,
                Clearance.UNCLASSIFIED, owner, null, user.getUsername(), Set.of(), Set.of(), Set.of(), Set.of(),
                null), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") RecordForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/records/" + records.create(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        RecordView r = records.view(user, id);
        return form(model, new RecordForm(r.kind(), r.code(), r.title(), r.summary(), r.oversightLevel(), null, null,
                r.severity(), r.classification(), r.owner().code(), r.department() == null ? null : r.department().code(),
                r.responsibleUsername(), r.provinceCodes(), r.agencies().stream().map(OrganizationView::code)
                        .collect(Collectors.toSet()), r.crimeArticles(), r.readers(), r.version()), id);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") RecordForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                records.update(user, id, form);
                return "redirect:/records/" + id;
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("error.conflict");
            }
        }
        return form(model, form, id);
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        RecordView view = records.view(user, id);
        model.addAttribute("view", view);
        model.addAttribute("r", view);
        model.addAttribute("timeline", Timeline.of(view.procedure().timeLimits(), view.events(), records.today()));
        model.addAttribute("today", records.today());
        model.addAttribute("canEdit", records.mayEdit(user));
        model.addAttribute("canReport", records.mayReportProgress(user));
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("returnedBys", ReturnedBy.values());
        model.addAttribute("courtLevels", CourtLevel.values());
        model.addAttribute("roles", ProceduralRole.values());
        model.addAttribute("moneyKinds", MoneyKind.values());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("agencies", agencies());
        if (view.historyProblem() != null) {
            model.addAttribute("historyProblem", MessageArguments.message(messages, view.historyProblem().code(),
                    view.historyProblem().arguments().toArray(), LocaleContextHolder.getLocale()));
        }
        return "records/page";
    }

    @PostMapping("/{id}/events")
    String addEvent(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute EventInput event, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "events", errors, redirect, () -> records.addEvent(user, id, event));
    }

    @PostMapping("/{id}/events/{eventId}/correction")
    String correct(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long eventId,
            @Valid @ModelAttribute EventInput event, BindingResult errors, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            errors.reject("record.event.reason");
        }
        return act(id, "events", errors, redirect,
                () -> records.correctEvent(user, id, eventId, new CorrectionForm(event, reason)));
    }

    @PostMapping("/{id}/persons")
    String addPerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute PersonForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "persons", errors, redirect, () -> records.addPerson(user, id, form));
    }

    @PostMapping("/{id}/persons/{personId}")
    String updatePerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long personId,
            @Valid @ModelAttribute PersonForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "persons", errors, redirect, () -> records.updatePerson(user, id, personId, form));
    }

    @PostMapping("/{id}/money")
    String addMoney(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute MoneyForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "money", errors, redirect, () -> records.addMoney(user, id, form));
    }

    @PostMapping("/{id}/milestones")
    String addMilestone(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute MilestoneForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "milestones", errors, redirect, () -> records.addMilestone(user, id, form));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/achievement")
    String achieve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long milestoneId,
            @Valid @ModelAttribute AchievementForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "milestones", errors, redirect, () -> records.achieveMilestone(user, id, milestoneId, form));
    }

    @PostMapping("/{id}/obstacles")
    String addObstacle(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ObstacleForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "obstacles", errors, redirect, () -> records.addObstacle(user, id, form));
    }

    @PostMapping("/{id}/obstacles/{obstacleId}/resolution")
    String resolve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long obstacleId,
            @Valid @ModelAttribute ResolutionForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "obstacles", errors, redirect, () -> records.resolveObstacle(user, id, obstacleId, form));
    }

    @PostMapping("/{id}/notes")
    String addNote(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute NoteForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "notes", errors, redirect, () -> records.addNote(user, id, form));
    }

    @PostMapping("/{id}/level")
    String level(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute LevelForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "level", errors, redirect, () -> records.changeLevel(user, id, form));
    }

    @PostMapping("/{id}/conversion")
    String convert(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ConversionForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "kind", errors, redirect, () -> records.convert(user, id, form));
    }

    @PostMapping("/{id}/split")
    String split(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute SplitForm form, BindingResult errors, RedirectAttributes redirect) {
        List<Long> child = new ArrayList<>();
        String back = act(id, "family", errors, redirect, () -> child.add(records.split(user, id, form)));
        return child.isEmpty() ? back : "redirect:/records/" + child.get(0);
    }

    /**
     * Runs a change from the record page and returns to its section; what went wrong (invalid
     * fields, a refusal by the law, a concurrent edit) is shown there, in the reader's language.
     */
    private String act(Long id, String section, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        List<String> problems = new ArrayList<>();
        if (errors.hasErrors()) {
            errors.getAllErrors().forEach(e -> problems.add(
                    (e instanceof org.springframework.validation.FieldError f
                            ? messages.getMessage("record.field." + f.getField(), null, f.getField(),
                                    LocaleContextHolder.getLocale()) + ": " : "")
                            + messages.getMessage(e, LocaleContextHolder.getLocale())));
        } else {
            try {
                change.run();
                redirect.addFlashAttribute("saved", section);
            } catch (DomainRuleViolation e) {
                problems.add(MessageArguments.message(messages, e.messageKey(), e.arguments(),
                        LocaleContextHolder.getLocale()));
            } catch (ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                problems.add(messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("problemSection", section);
        }
        return "redirect:/records/" + id + "#" + section;
    }

    private String form(Model model, RecordForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("recordId", id);
        addChoices(model);
        return "records/form";
    }

    /** The agencies a record names: its handling agencies, and the bodies that grant extensions. */
    private List<OrganizationView> agencies() {
        return organizations.all().stream().filter(o -> o.type() == OrganizationType.AGENCY && o.active()
                && o.agencyKind() != null).toList();
    }

    private void addChoices(Model model) {
        List<OrganizationView> all = organizations.all();
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("levels", List.of(1, 2, 3));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("statuses", Arrays.asList(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON,
                DeadlineStatus.OVERDUE));
        model.addAttribute("provinces", organizations.provinces());
        model.addAttribute("agencies", agencies());
        model.addAttribute("owners", all.stream().filter(o -> o.active() && o.type() != OrganizationType.AGENCY
                && o.type() != OrganizationType.DEPARTMENT).toList());
        model.addAttribute("departments", all.stream().filter(o -> o.active()
                && o.type() == OrganizationType.DEPARTMENT).toList());
        model.addAttribute("sorts", RecordSort.values());
    }
}
