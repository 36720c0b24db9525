package vn.theodoi.records.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import vn.theodoi.access.Clearance;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.access.PersonName;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.CalendarEntry;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.EventPreview;
import vn.theodoi.records.MilestoneEvents;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.PenalCode;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
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
import vn.theodoi.records.RecordCursor;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.shared.web.FormBinding;
import vn.theodoi.shared.web.MessageArguments;
import vn.theodoi.shared.web.PageLinks;
import vn.theodoi.shared.web.SelectOptions;
import vn.theodoi.shared.web.SelectOptions.Option;

/**
 * The record list, the deadline calendar, the record page (a dossier: a header with the status, sections as
 * tabs, forms in dialogs) and the forms that change a record. A refused form comes back open with what was
 * typed and the reason beside the field.
 */
@Controller
@RequestMapping("/records")
class RecordPages {

    /** Rows per page a person may choose (as Redmine offers), and the one they get without choosing. */
    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    private static final int PAGE_SIZE = 50;
    /** Pages up to here are reached by number (an offset the database walks cheaply); further ones by cursor. */
    static final int KEYSET_FROM_PAGE = 10;

    /** The list's query parameters a saved filter keeps; anything else in a saved query string is dropped. */
    static final Set<String> FILTER_PARAMETERS = Set.of("kind", "level", "province", "stage", "agency", "severity",
            "classification", "deadline", "q", "mine", "flagged", "sort", "behindMilestone", "requestPassed",
            "responsible", "figure", "figureLevel", "figureFrom", "figureTo", "size");

    /** The parameters that narrow the list to a report's figure (issue 12), removed together. */
    static final Set<String> FIGURE_PARAMETERS = Set.of("figure", "figureLevel", "figureFrom", "figureTo");

    /** The record page's sections, in order (the tab names of its links and redirects). */
    static final List<String> TABS = List.of("overview", "procedure", "persons", "money", "directions", "notes",
            "history");

    /** Roles whose holders follow records, and so may be named as a record's specialist or reader. */
    private static final Set<Role> FOLLOWERS = Set.of(Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.LEADER,
            Role.PROVINCIAL_OFFICER);

    /** Refusals of the record form that concern one field: the message is shown under it. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.ofEntries(
            Map.entry("record.severityRequired", "severity"),
            Map.entry("record.person.indictedOn.beforeEarlier", "indictedOn"),
            Map.entry("record.person.triedFirstInstanceOn.beforeEarlier", "triedFirstInstanceOn"),
            Map.entry("record.person.triedAppealOn.beforeEarlier", "triedAppealOn"),
            Map.entry("record.levelRequired", "oversightLevel"),
            Map.entry("record.codeTaken", "code"),
            Map.entry("record.classificationAboveClearance", "classification"),
            Map.entry("record.outOfScope", "ownerOrganizationCode"),
            Map.entry("record.ownerOutOfReach", "ownerOrganizationCode"),
            Map.entry("organization.unknown", "ownerOrganizationCode"),
            Map.entry("record.notADepartment", "ownerDepartmentCode"),
            Map.entry("record.unknownProvince", "provinceCodes"),
            Map.entry("record.unknownResponsible", "responsibleUsername"),
            Map.entry("record.event.grantorRequired", "grantedBy"),
            Map.entry("record.event.unknownGrantor", "grantedBy"),
            Map.entry("record.event.grantorOnlyOnExtensions", "grantedBy"),
            Map.entry("deadline.extension.grantorRequired", "grantedBy"),
            Map.entry("deadline.extension.wrongGrantor", "grantedBy"),
            Map.entry("deadline.extension.tooLong", "extensionMonths"),
            Map.entry("deadline.extension.beyondProlongation", "extensionMonths"),
            Map.entry("deadline.extension.afterLimitEnded", "date"),
            Map.entry("record.money.tooLarge", "amountVnd"));

    private final Attachments attachments;
    private final Records records;
    private final Organizations organizations;
    private final Users users;
    private final MessageSource messages;
    private final PenalCode penalCode = PenalCode.standard();

    RecordPages(Records records, Organizations organizations, Users users, MessageSource messages,
            Attachments attachments) {
        this.attachments = attachments;
        this.records = records;
        this.organizations = organizations;
        this.users = users;
        this.messages = messages;
    }

    @InitBinder
    void binding(WebDataBinder binder) {
        FormBinding.register(binder, "amountVnd");
        // a list of codes typed in one box ("219, 360") next to boxes ticked one by one
        binder.registerCustomEditor(Set.class, new CodeSetEditor());
    }

    /** Codes from several inputs, each of which may hold several codes separated by commas. */
    static final class CodeSetEditor extends java.beans.PropertyEditorSupport {
        @Override
        public void setValue(Object value) {
            Set<String> codes = new java.util.LinkedHashSet<>();
            Collection<?> parts = value instanceof Object[] array ? Arrays.asList(array)
                    : value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
            for (Object part : parts) {
                if (part != null) {
                    Arrays.stream(part.toString().split("[,;\\s]+")).map(String::strip).filter(c -> !c.isEmpty())
                            .forEach(codes::add);
                }
            }
            super.setValue(codes);
        }

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }

    // ------------------------------------------------------------------ list, calendar, saved filters

    @GetMapping
    String list(@AuthenticationPrincipal TheodoiUser user, @Valid RecordFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        // people read the list nearest deadline first; the API keeps its own default order
        RecordFilter shown = filter.sort() == null ? filter.sortedBy(RecordSort.DUE) : filter;
        int rowsPerPage = size != null && PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
        RecordSort order = shown.sortOrDefault();
        String pageBase = PageLinks.baseOf(request);
        var cursor = RecordCursor.parse(after, order);
        Slice<RecordSummary> rows;
        String next = null;
        if (cursor.isPresent()) {
            rows = records.searchAfter(user, shown, cursor.get(), rowsPerPage);
        } else {
            rows = records.search(user, shown, PageRequest.of(Math.max(page, 0), rowsPerPage));
            if (rows.hasNext() && rows.getNumber() + 1 < KEYSET_FROM_PAGE) {
                next = pageBase + "page=" + (rows.getNumber() + 1);
            }
        }
        if (next == null) {
            // past the first pages the next one starts after the last row shown, not at an offset
            next = RecordCursor.next(rows, order).map(c -> pageBase + "after=" + c.token()).orElse(null);
        }
        model.addAttribute("filter", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("deep", cursor.isPresent());
        model.addAttribute("nextLink", next);
        model.addAttribute("countCap", Records.countCap(shown));
        model.addAttribute("provincesOf", records.provincesOf(rows.getContent()));
        model.addAttribute("names", users.fullNames(rows.getContent().stream().map(RecordSummary::responsibleUsername)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        model.addAttribute("pageBase", pageBase);
        model.addAttribute("rowsPerPage", rowsPerPage);
        model.addAttribute("pageSizeLinks", PageLinks.withEach(request, "size", PAGE_SIZES));
        model.addAttribute("query", filterQuery(request));
        if (shown.hasFigure()) {
            // the banner says which figure the list shows, with the way back to the list without it
            model.addAttribute("figureTitle", messages.getMessage("records.figure." + shown.figure().name(),
                    new Object[] {DateText.format(shown.figureFrom()), DateText.format(shown.figureTo()),
                            shown.figureLevel() == null ? "" : shown.figureLevel()},
                    LocaleContextHolder.getLocale()));
            String without = Arrays.stream(filterQuery(request).split("&")).filter(p -> !p.isBlank())
                    .filter(p -> !FIGURE_PARAMETERS.contains(p.split("=", 2)[0])).collect(Collectors.joining("&"));
            model.addAttribute("figureRemoved", "/records" + (without.isEmpty() ? "" : "?" + without));
        }
        model.addAttribute("moreFilters", shown.kind() != null || shown.province() != null && !shown.province().isBlank()
                || shown.stage() != null || shown.agency() != null && !shown.agency().isBlank()
                || shown.severity() != null || shown.classification() != null || shown.isFlagged()
                || shown.isBehindMilestone() || shown.isRequestPassed());
        model.addAttribute("savedFilters", records.savedFilters(user));
        model.addAttribute("today", records.today());
        model.addAttribute("canEdit", records.mayEdit(user));
        addFilterChoices(model, shown);
        return "records/list";
    }

    @GetMapping("/mine")
    String mine() {
        return "redirect:/records?mine=true";
    }

    @PostMapping("/filters")
    String saveFilter(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
        String kept = keepFilterParameters(query);
        try {
            records.saveFilter(user, name, kept);
            redirect.addFlashAttribute("filterSaved", true);
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("filterProblem", message(e.messageKey(), e.arguments()));
        }
        return "redirect:/records" + (kept.isEmpty() ? "" : "?" + kept);
    }

    @PostMapping("/filters/{filterId}/delete")
    String deleteFilter(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long filterId) {
        records.deleteFilter(user, filterId);
        return "redirect:/records";
    }

    /** A month of what falls due in the reader's records: limits, last days to request an extension, milestones. */
    @GetMapping("/calendar")
    String calendar(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) String month,
            Model model) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(records.today()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            shown = YearMonth.from(records.today());
        }
        List<CalendarEntry> entries = records.dueIn(user, shown);
        model.addAttribute("month", shown);
        model.addAttribute("weeks", MonthGrid.of(shown, entries));
        model.addAttribute("entryCount", entries.size());
        model.addAttribute("today", records.today());
        model.addAttribute("names", users.fullNames(entries.stream().map(CalendarEntry::responsibleUsername)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        return "records/calendar";
    }

    // ------------------------------------------------------------------ create and describe

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal TheodoiUser user, Model model) {
        // the person's own unit: a department staff member's records are owned by the Commission and their department
        OrganizationView own = organizations.byId(user.organizationId()).orElse(null);
        String owner = user.organizationCode();
        String department = null;
        if (own != null && own.type() == OrganizationType.DEPARTMENT) {
            department = own.code();
            owner = own.parentCode();
        }
        return form(model, user, new RecordForm(RecordKind.CASE, null, null, null, defaultLevel(user), records.today(),
                null, null, Clearance.UNCLASSIFIED, owner, department, user.getUsername(),
                user.provinceCode() == null ? Set.of() : Set.of(user.provinceCode()), Set.of(), Set.of(), Set.of(),
                null), null, null);
    }

    private static int defaultLevel(TheodoiUser user) {
        return user.has(Role.PROVINCIAL_OFFICER) ? 3 : 2;
    }

    @PostMapping
    String create(@AuthenticationPrincipal TheodoiUser user, @Valid @ModelAttribute("form") RecordForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/records/" + records.create(user, form);
            } catch (DomainRuleViolation e) {
                reject(errors, e);
            }
        }
        return form(model, user, form, null, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Model model) {
        RecordView r = records.view(user, id);
        return form(model, user, new RecordForm(r.kind(), r.code(), r.title(), r.summary(), r.oversightLevel(), null,
                null, r.severity(), r.classification(), r.owner().code(), r.department() == null ? null
                        : r.department().code(), r.responsibleUsername(), r.provinceCodes(), r.agencies().stream()
                        .map(OrganizationView::code).collect(Collectors.toSet()), r.crimeArticles(), r.readers(),
                r.version()), id, r.classification());
    }

    /**
     * Saves the description. A change of classification is consequential (who may read the record changes):
     * it is saved only when the person confirmed it.
     */
    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") RecordForm form, BindingResult errors,
            @RequestParam(required = false) Clearance previousClassification,
            @RequestParam(defaultValue = "false") boolean confirmClassification, Model model) {
        if (!errors.hasErrors()) {
            if (previousClassification != null && form.classification() != previousClassification
                    && !confirmClassification) {
                errors.rejectValue("classification", "record.classification.confirm",
                        new Object[] {label("clearance." + previousClassification),
                            label("clearance." + form.classification())}, "confirm");
            } else {
                try {
                    records.update(user, id, form);
                    return "redirect:/records/" + id;
                } catch (DomainRuleViolation e) {
                    reject(errors, e);
                } catch (ConcurrentEditException e) {
                    errors.reject("error.conflict");
                }
            }
        }
        return form(model, user, form, id, previousClassification);
    }

    // ------------------------------------------------------------------ the record page

    @GetMapping("/{id}")
    String page(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(required = false) String tab, @RequestParam(required = false) String dialog,
            @RequestParam(defaultValue = "false") boolean allEvents, @RequestParam(defaultValue = "false") boolean print,
            Model model) {
        RecordView view = records.view(user, id);
        LocalDate today = records.today();
        Locale locale = LocaleContextHolder.getLocale();
        FormState state = formState(model, dialog);
        Set<String> people = new HashSet<>();
        people.add(view.responsibleUsername());
        view.events().forEach(e -> people.add(e.recordedBy()));
        view.notes().forEach(n -> people.add(n.writtenBy()));
        view.levelHistory().forEach(l -> people.add(l.recordedBy()));
        view.kindHistory().forEach(k -> people.add(k.recordedBy()));
        view.auditTrail().forEach(a -> people.add(a.getActor()));
        people.addAll(view.readers());
        people.remove(null);
        Map<String, String> names = users.fullNames(people);
        List<EventType> lawful = records.lawfulNextEvents(view);
        List<EventType> offered = allEvents ? Arrays.stream(EventType.values()).filter(t -> t != EventType.SPLIT)
                .toList() : lawful;
        Object typed = state.value("event", "type", null);
        if (typed != null && offered.stream().noneMatch(t -> t.name().equals(typed))) {
            offered = Stream.concat(offered.stream(), Arrays.stream(EventType.values())
                    .filter(t -> t.name().equals(typed))).toList();
        }
        model.addAttribute("view", view);
        model.addAttribute("r", view);
        model.addAttribute("state", state);
        model.addAttribute("tab", tab != null && TABS.contains(tab) ? tab : "overview");
        model.addAttribute("print", print);
        model.addAttribute("names", names);
        model.addAttribute("strip", StatusStrip.of(view, today, messages, locale));
        model.addAttribute("timeline", Timeline.of(view.procedure().timeLimits(), view.events(), today));
        model.addAttribute("log", new AuditSentences(view, names, messages, locale).of(view.auditTrail()));
        model.addAttribute("today", today);
        model.addAttribute("canEdit", records.mayEdit(user));
        model.addAttribute("canReport", records.mayReportProgress(user));
        model.addAttribute("eventAttachments", attachments.listAll(user, RecordAttachmentsApi.KIND,
                view.events().stream().map(RecordView.Event::id).toList()));
        model.addAttribute("eventTypes", offered);
        model.addAttribute("allEventTypes", Arrays.stream(EventType.values()).filter(t -> t != EventType.SPLIT)
                .toList());
        model.addAttribute("allEvents", allEvents);
        model.addAttribute("milestoneEvents", view.milestones().stream().collect(Collectors.toMap(
                RecordView.Milestone::id, m -> MilestoneEvents.fulfilledBy(m.description()).stream().map(Enum::name)
                        .collect(Collectors.joining(" ")))));
        List<PersonDialog> personDialogs = new ArrayList<>();
        personDialogs.add(new PersonDialog("person", null));
        // a person's own dialog only when the server opens it (a link followed, a refused form): the page does not
        // carry a form per person; without it, the "change" link loads the page with the dialog open
        view.persons().stream().filter(p -> state.isOpen("person-" + p.id()))
                .forEach(p -> personDialogs.add(new PersonDialog("person-" + p.id(), p)));
        model.addAttribute("personDialogs", personDialogs);
        model.addAttribute("openMilestones", view.milestones().stream().filter(m -> m.achievedOn() == null).toList());
        model.addAttribute("returnedBys", ReturnedBy.values());
        model.addAttribute("courtLevels", CourtLevel.values());
        model.addAttribute("roles", ProceduralRole.values());
        model.addAttribute("moneyKinds", MoneyKind.values());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("agencies", agencies());
        model.addAttribute("organizationNames", organizations.all().stream()
                .collect(Collectors.toMap(OrganizationView::code, OrganizationView::name, (a, b) -> a)));
        model.addAttribute("penalCode", penalCode);
        model.addAttribute("articles", penalCode.sorted(view.crimeArticles()));
        model.addAttribute("rules", view.procedure().timeLimits().stream().filter(l -> l.derivation() != null)
                .collect(Collectors.toMap(l -> l, l -> vn.theodoi.timelimits.RuleWording.rule(
                        l.derivation().rule().basePeriod(), l.derivation().rule().extensions(), messages, locale),
                        (a, b) -> a, LinkedHashMap::new)));
        if (view.historyProblem() != null) {
            model.addAttribute("historyProblem", message(view.historyProblem().code(),
                    view.historyProblem().arguments().toArray()));
        }
        return "records/page";
    }

    /** The dialog that adds a person (person null) or changes one. */
    record PersonDialog(String name, RecordView.Person person) {
    }

    /** The new due dates an event would give, or why the law refuses it, before it is saved (a fragment). */
    @PostMapping("/{id}/events/preview")
    String preview(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute EventInput event, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("incomplete", errors.getFieldErrors().stream()
                    .map(e -> label("record.field." + e.getField()) + ": " + messages.getMessage(e,
                            LocaleContextHolder.getLocale())).distinct().toList());
            return "records/preview :: preview";
        }
        EventPreview preview = records.preview(user, id, event);
        model.addAttribute("preview", preview);
        model.addAttribute("event", event);
        if (!preview.isLawful()) {
            model.addAttribute("refusal", message(preview.refusalCode(), preview.refusalArguments().toArray()));
        }
        return "records/preview :: preview";
    }

    @PostMapping("/{id}/events")
    String addEvent(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute EventInput event, BindingResult errors,
            @RequestParam(name = "milestoneReached", required = false) List<Long> milestoneReached,
            HttpServletRequest request, RedirectAttributes redirect) {
        List<Long> reached = milestoneReached == null ? List.of() : milestoneReached;
        return act(id, "procedure", "event", errors, request, redirect,
                () -> records.addEvent(user, id, event, reached));
    }

    @PostMapping("/{id}/events/{eventId}/correction")
    String correct(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long eventId,
            @Valid @ModelAttribute EventInput event, BindingResult errors, @RequestParam(required = false) String reason,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            errors.reject("record.event.reason");
        }
        return act(id, "procedure", "correct-" + eventId, errors, request, redirect,
                () -> records.correctEvent(user, id, eventId, new CorrectionForm(event, reason)));
    }

    @PostMapping("/{id}/persons")
    String addPerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute PersonForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "persons", "person", errors, request, redirect, () -> records.addPerson(user, id, form));
    }

    @PostMapping("/{id}/persons/{personId}")
    String updatePerson(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long personId,
            @Valid @ModelAttribute PersonForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "persons", "person-" + personId, errors, request, redirect,
                () -> records.updatePerson(user, id, personId, form));
    }

    @PostMapping("/{id}/money")
    String addMoney(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute MoneyForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "money", "money", errors, request, redirect, () -> records.addMoney(user, id, form));
    }

    @PostMapping("/{id}/milestones")
    String addMilestone(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute MilestoneForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "directions", "milestone", errors, request, redirect,
                () -> records.addMilestone(user, id, form));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/achievement")
    String achieve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long milestoneId,
            @Valid @ModelAttribute AchievementForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "directions", "achieve-" + milestoneId, errors, request, redirect,
                () -> records.achieveMilestone(user, id, milestoneId, form));
    }

    @PostMapping("/{id}/obstacles")
    String addObstacle(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ObstacleForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "directions", "obstacle", errors, request, redirect,
                () -> records.addObstacle(user, id, form));
    }

    @PostMapping("/{id}/obstacles/{obstacleId}/resolution")
    String resolve(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, @PathVariable Long obstacleId,
            @Valid @ModelAttribute ResolutionForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "directions", "resolve-" + obstacleId, errors, request, redirect,
                () -> records.resolveObstacle(user, id, obstacleId, form));
    }

    @PostMapping("/{id}/notes")
    String addNote(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute NoteForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "notes", "note", errors, request, redirect, () -> records.addNote(user, id, form));
    }

    /** A change of oversight level is consequential: saved only when the person ticked the confirmation. */
    @PostMapping("/{id}/level")
    String level(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute LevelForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmed, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!confirmed) {
            errors.rejectValue("oversightLevel", "record.confirm.required");
        }
        return act(id, "overview", "level", errors, request, redirect, () -> records.changeLevel(user, id, form));
    }

    @PostMapping("/{id}/conversion")
    String convert(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute ConversionForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "overview", "kind", errors, request, redirect, () -> records.convert(user, id, form));
    }

    /** Splitting off phase II is consequential: done only when the person ticked the confirmation. */
    @PostMapping("/{id}/split")
    String split(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @ModelAttribute SplitForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean confirmed, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!confirmed) {
            errors.rejectValue("title", "record.confirm.required");
        }
        List<Long> child = new ArrayList<>();
        String back = act(id, "overview", "split", errors, request, redirect,
                () -> child.add(records.split(user, id, form)));
        return child.isEmpty() ? back : "redirect:/records/" + child.get(0);
    }

    /**
     * Runs a change from the record page and returns to its section. What went wrong (an invalid field, a
     * refusal by the law, a concurrent edit) comes back in the form's dialog, opened again with what was typed,
     * each message under its field where it concerns one.
     */
    private String act(Long id, String tab, String dialog, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect, Runnable change) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> problems = new ArrayList<>();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (errors.hasErrors()) {
            for (FieldError e : errors.getFieldErrors()) {
                fieldErrors.putIfAbsent(e.getField(), messages.getMessage(e, locale));
            }
            errors.getGlobalErrors().forEach(e -> problems.add(messages.getMessage(e, locale)));
        } else {
            try {
                change.run();
                redirect.addFlashAttribute("saved", tab);
            } catch (DomainRuleViolation e) {
                String text = message(e.messageKey(), e.arguments());
                String field = FIELD_OF_REFUSAL.get(e.messageKey());
                if (field != null) {
                    fieldErrors.put(field, text);
                }
                problems.add(text);
            } catch (ConcurrentEditException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                problems.add(messages.getMessage("error.conflict", null, locale));
            }
        }
        if (!problems.isEmpty() || !fieldErrors.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(messages.getMessage("common.formErrors", null, locale));
            }
            Map<String, String> typed = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!name.startsWith("_")) {
                    typed.put(name, String.join(",", values));
                }
            });
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("problemSection", tab);
            redirect.addFlashAttribute("formDialog", dialog);
            redirect.addFlashAttribute("formValues", typed);
            redirect.addFlashAttribute("formErrors", fieldErrors);
        }
        return "redirect:/records/" + id + "?tab=" + tab + "#tab-" + tab;
    }

    @SuppressWarnings("unchecked")
    private static FormState formState(Model model, String dialog) {
        Map<String, Object> flash = model.asMap();
        String open = (String) flash.get("formDialog");
        if (open == null) {
            return dialog == null || dialog.isBlank() ? FormState.NONE
                    : new FormState(dialog, Map.of(), Map.of(), List.of());
        }
        return new FormState(open, (Map<String, String>) flash.getOrDefault("formValues", Map.of()),
                (Map<String, String>) flash.getOrDefault("formErrors", Map.of()),
                (List<String>) flash.getOrDefault("problems", List.of()));
    }

    // ------------------------------------------------------------------ helpers

    private String form(Model model, TheodoiUser user, RecordForm form, Long id, Clearance previousClassification) {
        model.addAttribute("form", form);
        model.addAttribute("recordId", id);
        model.addAttribute("previousClassification", previousClassification);
        model.addAttribute("earlierChosen", form.provinceCodes() != null && organizations.provinces().stream()
                .anyMatch(p -> !p.isCurrent() && form.provinceCodes().contains(p.getCode())));
        model.addAttribute("penalCode", penalCode);
        model.addAttribute("otherArticles", form.crimeArticles() == null ? "" : form.crimeArticles().stream()
                .filter(a -> penalCode.article(a).isEmpty()).sorted().collect(Collectors.joining(", ")));
        addChoices(model);
        return "records/form";
    }

    /** A refusal of the record form: under its field where it concerns one, above the form otherwise. */
    private void reject(BindingResult errors, DomainRuleViolation e) {
        String field = FIELD_OF_REFUSAL.get(e.messageKey());
        if (field != null) {
            errors.rejectValue(field, e.messageKey(), MessageArguments.resolvable(pageArguments(e.arguments())),
                    e.messageKey());
        } else {
            errors.reject(e.messageKey(), MessageArguments.resolvable(pageArguments(e.arguments())), e.messageKey());
        }
    }

    /** A message with its arguments in the reader's language, dates written dd/mm/yyyy. */
    private String message(String key, Object[] arguments) {
        return MessageArguments.message(messages, key, pageArguments(arguments), LocaleContextHolder.getLocale());
    }

    static Object[] pageArguments(Object[] arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = DateText.format(date);
            }
        }
        return shown;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The list's filter parameters of the current request, as a query string a saved filter keeps. */
    private static String filterQuery(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : keepFilterParameters(request.getQueryString());
    }

    static String keepFilterParameters(String query) {
        return Arrays.stream(query.split("&")).filter(p -> !p.isBlank())
                .filter(p -> FILTER_PARAMETERS.contains(p.split("=", 2)[0]))
                .filter(p -> p.contains("=") && !p.endsWith("="))
                .collect(Collectors.joining("&"));
    }

    /** The agencies a record names: its handling agencies, and the bodies that grant extensions. */
    private List<OrganizationView> agencies() {
        return organizations.all().stream().filter(o -> o.type() == OrganizationType.AGENCY && o.active()
                && o.agencyKind() != null).toList();
    }

    /** The people who follow records, by name: the choices for a record's specialist and readers. */
    private List<PersonName> followers() {
        return users.enabledWithAnyRole(FOLLOWERS);
    }

    /** The list's filter choices: the short ones as values, the long ones (about 250 options) written at once. */
    private void addFilterChoices(Model model, RecordFilter filter) {
        addShortChoices(model);
        String earlier = " (" + label("province.earlier") + ")";
        model.addAttribute("provinceOptions", SelectOptions.html(organizations.provinces().stream()
                .map(p -> new Option(p.getCode(), p.isCurrent() ? p.getName() : p.getName() + earlier)).toList(),
                filter.province()));
        model.addAttribute("agencyOptions", SelectOptions.html(agencies().stream()
                .map(a -> new Option(a.code(), a.name())).toList(), filter.agency()));
        model.addAttribute("responsibleOptions", SelectOptions.html(followers().stream()
                .map(u -> new Option(u.username(), u.fullName())).toList(), filter.responsible()));
    }

    private void addChoices(Model model) {
        List<OrganizationView> all = organizations.all();
        addShortChoices(model);
        model.addAttribute("provinces", organizations.provinces());
        model.addAttribute("agencies", agencies());
        model.addAttribute("owners", all.stream().filter(o -> o.active() && o.type() != OrganizationType.AGENCY
                && o.type() != OrganizationType.DEPARTMENT).toList());
        model.addAttribute("departments", all.stream().filter(o -> o.active()
                && o.type() == OrganizationType.DEPARTMENT).toList());
        model.addAttribute("followers", followers());
    }

    /** The choices the list and the form share: kinds, levels, stages, severities, classifications, statuses, orders. */
    private static void addShortChoices(Model model) {
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("levels", List.of(1, 2, 3));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("classifications", Clearance.values());
        model.addAttribute("statuses", Arrays.asList(DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON,
                DeadlineStatus.OVERDUE));
        model.addAttribute("sorts", RecordSort.values());
    }
}
