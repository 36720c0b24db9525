package vn.theodoi.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.access.Users;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.WaitingRecord;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageActions;
import vn.theodoi.shared.web.PageLinks;
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskCommands.CompletionForm;
import vn.theodoi.tasks.TaskCommands.DueDateForm;
import vn.theodoi.tasks.TaskCommands.ProgressForm;
import vn.theodoi.tasks.TaskCommands.ReassignForm;
import vn.theodoi.tasks.TaskCommands.UrgeForm;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSort;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.Tasks;
import vn.theodoi.tasks.Workload;

/** The task list (and "my tasks"), the task page and its forms, statistics by organization, and the workload of a unit. */
@Controller
@RequestMapping("/tasks")
class TaskPages {

    private static final int PAGE_SIZE = 50;

    private final Attachments attachments;
    private final Tasks tasks;
    private final Records records;
    private final Organizations organizations;
    private final MessageSource messages;
    private final Users users;

    TaskPages(Tasks tasks, Records records, Organizations organizations, MessageSource messages, Users users,
            Attachments attachments) {
        this.attachments = attachments;
        this.users = users;
        this.tasks = tasks;
        this.records = records;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, TaskFilter filter,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var rows = tasks.search(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("coordinatorsOf", tasks.coordinatorsOf(rows.getContent()));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        model.addAttribute("canCreate", tasks.mayCreate(user));
        addChoices(model);
        return "tasks/list";
    }

    @GetMapping("/mine")
    String mine() {
        return "redirect:/tasks?mine=true";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        model.addAttribute("form", new TaskForm(null, TaskSourceType.AD_HOC, null, null, null, user.organizationCode(),
                Set.of(), null, Clearance.UNCLASSIFIED, List.of(), Set.of(), user.getUsername(), null, null, null));
        addChoices(model);
        return "tasks/form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") TaskForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/tasks/" + tasks.create(user, form);
            } catch (DomainRuleViolation e) {
                MessageArguments.reject(errors, e);
            }
        }
        addChoices(model);
        return "tasks/form";
    }

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        model.addAttribute("t", tasks.view(user, id));
        model.addAttribute("today", tasks.today());
        model.addAttribute("attachments", attachments.list(user, TaskAttachmentsApi.KIND, id));
        model.addAttribute("canAttach", attachments.mayAttach(user, TaskAttachmentsApi.KIND, id));
        return "tasks/page";
    }

    @PostMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ProgressForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "progress", errors, redirect, () -> tasks.reportProgress(user, id, form));
    }

    @PostMapping("/{id}/complete")
    String complete(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute CompletionForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "completion", errors, redirect, () -> tasks.complete(user, id, form));
    }

    @PostMapping("/{id}/urge")
    String urge(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute UrgeForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "urges", errors, redirect, () -> tasks.urge(user, id, form));
    }

    @PostMapping("/{id}/due-date")
    String dueDate(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute DueDateForm form, BindingResult errors, RedirectAttributes redirect) {
        return act(id, "due", errors, redirect, () -> tasks.changeDueDate(user, id, form));
    }

    @GetMapping("/stats")
    String stats(@AuthenticationPrincipal TheodoiUser user,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String organization, Model model) {
        LocalDate today = tasks.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.withMonth(12).withDayOfMonth(31) : to;
        try {
            TaskStats stats = tasks.stats(user, start, end, organization);
            model.addAttribute("stats", stats);
        } catch (DomainRuleViolation e) {
            model.addAttribute("problem", MessageArguments.message(messages, e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("organization", organization);
        model.addAttribute("statuses", TaskStatus.values());
        addChoices(model);
        return "tasks/stats";
    }

    @GetMapping("/workload")
    String workload(@AuthenticationPrincipal TheodoiUser user, Model model) {
        Workload workload = tasks.workload(user, 1000);
        Map<String, List<Workload.Waiting>> byPerson = new LinkedHashMap<>();
        workload.items().forEach(w -> byPerson.computeIfAbsent(w.username(), k -> new ArrayList<>()).add(w));
        Map<String, List<WaitingRecord>> recordsByPerson = new LinkedHashMap<>();
        records.waitingWithFollowers(user, 1000).forEach(w -> recordsByPerson
                .computeIfAbsent(w.record().responsibleUsername(), k -> new ArrayList<>()).add(w));
        Set<String> people = new HashSet<>(byPerson.keySet());
        people.addAll(recordsByPerson.keySet());
        model.addAttribute("workload", workload);
        model.addAttribute("byPerson", byPerson);
        model.addAttribute("recordsByPerson", recordsByPerson);
        model.addAttribute("names", users.fullNames(people));
        model.addAttribute("staff", users.peopleOf(organizations.subtreeOf(user.organizationId())));
        return "tasks/workload";
    }

    /** Hands the chosen tasks and records to one person of the head's units, all or none. */
    @PostMapping("/reassign")
    String reassign(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) List<Long> taskIds,
            @RequestParam(required = false) List<Long> recordIds, @RequestParam(required = false) String toUsername,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reassigned",
                    tasks.reassign(user, new ReassignForm(taskIds, recordIds, toUsername)));
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("problems", List.of(MessageArguments.message(messages, e.messageKey(),
                    e.arguments(), LocaleContextHolder.getLocale())));
        }
        return "redirect:/tasks/workload";
    }

    /** Runs a change from the task page and returns to its section, with what went wrong in the reader's language. */
    private String act(Long id, String section, BindingResult errors, RedirectAttributes redirect, Runnable change) {
        return PageActions.run(messages, "/tasks/" + id + "#" + section, section, "task.field.", errors, redirect, change);
    }

    private void addChoices(Model model) {
        List<OrganizationView> all = organizations.all();
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("sources", TaskSourceType.values());
        model.addAttribute("sorts", TaskSort.values());
        model.addAttribute("milestones", SchemeMilestone.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("organizations", all.stream().filter(o -> o.active()
                && o.type() != OrganizationType.STEERING_COMMITTEE && o.type() != OrganizationType.STANDING_MEMBERS)
                .toList());
    }
}
