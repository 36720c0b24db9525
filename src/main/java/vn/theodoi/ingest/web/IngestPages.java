package vn.theodoi.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.ingest.AcceptForm;
import vn.theodoi.ingest.Ingest;
import vn.theodoi.ingest.IngestBatchView;
import vn.theodoi.ingest.IngestProposalView;
import vn.theodoi.ingest.ProposalKind;
import vn.theodoi.ingest.ReadForm;
import vn.theodoi.ingest.internal.ProposalRefused;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.SelectOptions;

/**
 * The reading page (paste a text or upload a file; the texts read before) and a text's review page: each
 * proposal with the words it rests on highlighted in its sentence, to accept (a task's title, lead, due date and
 * record may be changed first) or reject; then the decision, with links to what it created.
 */
@Controller
@RequestMapping("/ingest")
class IngestPages {

    /** The largest file read, in bytes: a long document's text, not its images. */
    static final long MAX_FILE = 10L * 1024 * 1024;

    private final Ingest ingest;
    private final Organizations organizations;
    private final MessageSource messages;

    IngestPages(Ingest ingest, Organizations organizations, MessageSource messages) {
        this.ingest = ingest;
        this.organizations = organizations;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.InitBinder
    void binding(org.springframework.web.bind.WebDataBinder binder) {
        vn.theodoi.shared.web.FormBinding.register(binder);
    }

    @GetMapping
    String page(@AuthenticationPrincipal TheodoiUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReadForm(null, null, null));
        }
        model.addAttribute("recent", ingest.recent(user, 20));
        model.addAttribute("maxLength", ReadForm.MAX_LENGTH);
        return "ingest/read";
    }

    @PostMapping
    String read(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") ReadForm form,
            BindingResult errors, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        boolean upload = file != null && !file.isEmpty();
        List<String> problems = new ArrayList<>();
        if (upload) {
            if (file.getSize() > MAX_FILE) {
                problems.add(msg("ingest.fileTooLarge", MAX_FILE / (1024 * 1024)));
            } else {
                try (InputStream in = file.getInputStream()) {
                    return "redirect:/ingest/" + ingest.readFile(user, file.getOriginalFilename(), in, form.readOn());
                } catch (DomainRuleViolation e) {
                    problems.add(msg(e.messageKey(), e.arguments()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } else if (errors.hasErrors()) {
            for (FieldError e : errors.getFieldErrors()) {
                problems.add(msg("ingest.field." + e.getField()) + ": " + messages.getMessage(e, LocaleContextHolder.getLocale()));
            }
        } else {
            try {
                return "redirect:/ingest/" + ingest.read(user, form);
            } catch (DomainRuleViolation e) {
                problems.add(msg(e.messageKey(), e.arguments()));
            }
        }
        model.addAttribute("problems", problems);
        return page(user, model);
    }

    @GetMapping("/{id}")
    String batch(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        IngestBatchView b = ingest.view(user, id);
        model.addAttribute("b", b);
        Map<Long, List<Highlights.Piece>> contexts = new HashMap<>();
        for (IngestProposalView p : b.proposals()) {
            List<Highlights.Mark> marks = p.evidence().stream().map(s -> new Highlights.Mark(s, "evidence")).toList();
            contexts.put(p.id(), Highlights.of(b.text(), p.context().start(), p.context().end(), marks));
        }
        model.addAttribute("contexts", contexts);
        Map<ProposalKind, List<IngestProposalView>> groups = new LinkedHashMap<>();
        for (ProposalKind kind : ProposalKind.values()) {
            List<IngestProposalView> items = b.proposals().stream().filter(p -> p.kind() == kind).toList();
            if (!items.isEmpty()) {
                groups.put(kind, items);
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("pieces", Highlights.of(b.text(), 0, b.text().length(), b.mentions().stream()
                .map(m -> new Highlights.Mark(m.span(), "mention-" + m.kind().name().toLowerCase())).toList()));
        Map<String, String> recordChoices = new LinkedHashMap<>();
        b.proposals().stream().filter(p -> p.recordId() != null)
                .forEach(p -> recordChoices.putIfAbsent(p.recordId().toString(), p.recordCode() + " · " + p.recordTitle()));
        model.addAttribute("recordChoices", recordChoices);
        List<SelectOptions.Option> leads = organizations.all().stream().filter(OrganizationView::active)
                .map(o -> new SelectOptions.Option(o.code(), o.displayName())).toList();
        Map<Long, String> leadOptions = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.asMap().get("typed");
        for (IngestProposalView p : b.proposals()) {
            if (p.kind() == ProposalKind.TASK) {
                String chosen = typed != null && typed.containsKey("lead-" + p.id()) ? typed.get("lead-" + p.id())
                        : p.leadOrganizationCode() != null ? p.leadOrganizationCode() : user.organizationCode();
                leadOptions.put(p.id(), SelectOptions.html(leads, chosen));
            }
        }
        model.addAttribute("leadOptions", leadOptions);
        model.addAttribute("ownUnit", organizations.byCode(user.organizationCode()).map(OrganizationView::name)
                .orElse(user.organizationName()));
        return "ingest/batch";
    }

    /**
     * The review form: {@code decision-<id>} ACCEPT or REJECT (none: rejected), and for a task {@code title-<id>},
     * {@code lead-<id>}, {@code due-<id>} (dd/mm/yyyy, empty for none), {@code record-<id>} (empty for none).
     */
    @PostMapping("/{id}/decision")
    String decide(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        IngestBatchView b = ingest.view(user, id);
        List<Long> accepted = new ArrayList<>();
        List<AcceptForm.Change> changes = new ArrayList<>();
        Map<Long, String> problems = new LinkedHashMap<>();
        for (IngestProposalView p : b.proposals()) {
            if (!"ACCEPT".equals(params.get("decision-" + p.id()))) {
                continue;
            }
            accepted.add(p.id());
            if (p.kind() != ProposalKind.TASK) {
                continue;
            }
            String title = trim(params.get("title-" + p.id()));
            String lead = trim(params.get("lead-" + p.id()));
            String dueText = trim(params.get("due-" + p.id()));
            String record = trim(params.get("record-" + p.id()));
            LocalDate due = null;
            if (dueText != null) {
                try {
                    due = DateText.parse(dueText);
                } catch (RuntimeException e) {
                    problems.put(p.id(), msg("ingest.field.dueDate") + ": " + msg("validation.date.plausible"));
                    continue;
                }
            }
            if (title == null) {
                problems.put(p.id(), msg("ingest.field.title") + ": " + msg("validation.required"));
                continue;
            }
            Long recordId = record == null ? null : parseId(record);
            AcceptForm.Change change = new AcceptForm.Change(p.id(), Objects.equals(title, p.title()) ? null : title,
                    lead == null || lead.equals(p.leadOrganizationCode()) ? null : lead,
                    Objects.equals(due, p.dueDate()) ? null : due, Objects.equals(recordId, p.recordId()) ? null : recordId,
                    due == null && p.dueDate() != null, recordId == null && p.recordId() != null);
            if (change.changesSomething()) {
                changes.add(change);
            }
        }
        if (problems.isEmpty()) {
            try {
                ingest.accept(user, id, new AcceptForm(accepted, changes));
                redirect.addFlashAttribute("saved", accepted.size());
                return "redirect:/ingest/" + id;
            } catch (ProposalRefused e) {
                problems.put(e.proposalId(), msg(e.messageKey(), e.arguments()));
            } catch (DomainRuleViolation e) {
                redirect.addFlashAttribute("problems", List.of(msg(e.messageKey(), e.arguments())));
            }
        }
        redirect.addFlashAttribute("proposalProblems", problems);
        redirect.addFlashAttribute("typed", params);
        return "redirect:/ingest/" + id;
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String msg(String key, Object... args) {
        return MessageArguments.message(messages, key, args, LocaleContextHolder.getLocale());
    }
}
