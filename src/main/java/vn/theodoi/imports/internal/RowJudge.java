package vn.theodoi.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.imports.ImportField;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.EventPreview;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordMatch;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.InputText;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.DateText;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskSummary;
import vn.theodoi.tasks.Tasks;

/**
 * Judges a sheet's rows, a chunk at a time, as the records and tasks modules would take them: each row's
 * values read into the modules' own commands (validated by their own constraints), its event judged by the
 * records module's law, its code and title looked up among the records the person may see. Writes nothing.
 * The dry run and the commit both judge through here, so a commit refuses exactly what a new dry run would.
 */
@Component
class RowJudge {

    private final Records records;
    private final Tasks tasks;
    private final Organizations organizations;
    private final Validator validator;
    private final Vocabulary<RecordKind> kinds;
    private final Vocabulary<Clearance> clearances;
    private final Vocabulary<Severity> severities;
    private final Vocabulary<EventType> events;
    private final Vocabulary<TaskSourceType> sources;

    RowJudge(Records records, Tasks tasks, Organizations organizations, Validator validator, MessageSource messages) {
        this.records = records;
        this.tasks = tasks;
        this.organizations = organizations;
        this.validator = validator;
        this.kinds = new Vocabulary<>(RecordKind.class, "enum.RecordKind.", messages,
                Map.of("nguon tin", RecordKind.CRIME_REPORT, "to giac, tin bao", RecordKind.CRIME_REPORT));
        this.clearances = new Vocabulary<>(Clearance.class, "enum.Clearance.", messages,
                Map.of("khong mat", Clearance.UNCLASSIFIED));
        this.severities = new Vocabulary<>(Severity.class, "deadline.label.severity.", messages, Map.of());
        this.events = new Vocabulary<>(EventType.class, "deadline.label.event.", messages, Map.of());
        this.sources = new Vocabulary<>(TaskSourceType.class, "enum.TaskSourceType.", messages, Map.of());
    }

    /** A data row: its number in the sheet and its values by field (as typed, or as a former judging wrote them). */
    record Candidate(int rowNumber, Map<ImportField, String> values) {
    }

    /**
     * What a row becomes. {@code data}: the values as judged (codes for names, ISO dates), kept for the commit;
     * {@code reason} and {@code arguments}: why it is refused; {@code targetId}: the record it updates.
     */
    record Verdict(int rowNumber, ImportOutcome outcome, String reason, List<String> arguments, Long targetId,
            String code, String title, String codeKey, String titleKey, Map<ImportField, String> data,
            RecordForm recordForm, EventInput event, TaskForm taskForm) {

        boolean accepted() {
            return outcome != ImportOutcome.REFUSED;
        }
    }

    /** A row refused while it is read. */
    private static final class Refusal extends RuntimeException {
        final String reason;
        final List<String> arguments;

        Refusal(String reason, String... arguments) {
            super(reason, null, false, false);
            this.reason = reason;
            this.arguments = List.of(arguments);
        }
    }

    List<Verdict> judge(TheodoiUser user, ImportKind kind, List<Candidate> chunk) {
        return kind == ImportKind.RECORDS ? judgeRecords(user, chunk) : judgeTasks(user, chunk);
    }

    // ------------------------------------------------------------------ records

    private record RecordRow(Candidate candidate, Map<ImportField, String> data, RecordForm form, EventInput event,
            String province) {
    }

    private List<Verdict> judgeRecords(TheodoiUser user, List<Candidate> chunk) {
        LocalDate today = records.today();
        OrganizationDirectory directory = organizations.directory();
        List<Object> read = new ArrayList<>(chunk.size());
        Set<String> codes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Candidate candidate : chunk) {
            try {
                RecordRow row = readRecord(user, candidate, directory, today);
                read.add(row);
                if (row.form().code() != null) {
                    codes.add(row.form().code());
                }
                titles.add(row.form().title());
            } catch (Refusal refusal) {
                read.add(refused(candidate, refusal));
            }
        }
        List<RecordMatch> matches = records.matching(user, codes, titles);
        Map<String, RecordMatch> byCode = matches.stream()
                .collect(Collectors.toMap(RecordMatch::code, m -> m, (a, b) -> a));
        Set<String> taken = records.codesTaken(codes);
        List<Verdict> verdicts = new ArrayList<>(chunk.size());
        for (Object item : read) {
            if (item instanceof Verdict refused) {
                verdicts.add(refused);
                continue;
            }
            RecordRow row = (RecordRow) item;
            try {
                verdicts.add(decideRecord(user, row, byCode, matches, taken));
            } catch (Refusal refusal) {
                verdicts.add(refused(row.candidate(), refusal, row));
            }
        }
        return verdicts;
    }

    private RecordRow readRecord(TheodoiUser user, Candidate candidate, OrganizationDirectory directory,
            LocalDate today) {
        Map<ImportField, String> in = candidate.values();
        Map<ImportField, String> data = new EnumMap<>(ImportField.class);
        String title = required(in, ImportField.RECORD_TITLE);
        data.put(ImportField.RECORD_TITLE, title);
        RecordKind kind = word(in, ImportField.RECORD_KIND, kinds, true);
        data.put(ImportField.RECORD_KIND, kind.name());
        String provinceText = required(in, ImportField.RECORD_PROVINCE);
        Province province = province(directory, provinceText)
                .orElseThrow(() -> new Refusal("import.row.unknownProvince", provinceText));
        data.put(ImportField.RECORD_PROVINCE, province.getCode());
        String code = text(in, ImportField.RECORD_CODE);
        if (code != null) {
            code = code.toUpperCase(java.util.Locale.ROOT);
            data.put(ImportField.RECORD_CODE, code);
        }
        String summary = text(in, ImportField.RECORD_SUMMARY);
        put(data, ImportField.RECORD_SUMMARY, summary);
        Integer level = null;
        String levelText = text(in, ImportField.RECORD_LEVEL);
        if (levelText != null) {
            try {
                level = Integer.valueOf(levelText.replaceFirst("\\.0+$", "").strip());
            } catch (NumberFormatException notANumber) {
                throw new Refusal("import.row.unknownValue", ImportField.RECORD_LEVEL.name(), levelText);
            }
            data.put(ImportField.RECORD_LEVEL, level.toString());
        }
        Severity severity = word(in, ImportField.RECORD_SEVERITY, severities, false);
        put(data, ImportField.RECORD_SEVERITY, severity == null ? null : severity.name());
        Clearance classification = word(in, ImportField.RECORD_CLASSIFICATION, clearances, false);
        put(data, ImportField.RECORD_CLASSIFICATION, classification == null ? null : classification.name());
        String agencyText = text(in, ImportField.RECORD_AGENCY);
        OrganizationView agency = null;
        if (agencyText != null) {
            agency = organization(directory, agencyText, OrganizationType.AGENCY)
                    .orElseThrow(() -> new Refusal("import.row.unknownAgency", agencyText));
            data.put(ImportField.RECORD_AGENCY, agency.code());
        }
        LocalDate since = pastDate(in, ImportField.RECORD_MONITORED_SINCE, today, data);
        EventType eventType = word(in, ImportField.RECORD_EVENT, events, false);
        LocalDate eventDate = pastDate(in, ImportField.RECORD_EVENT_DATE, today, data);
        EventInput event = null;
        if (eventType != null) {
            if (eventType == EventType.SPLIT) {
                throw new Refusal("import.row.unknownValue", ImportField.RECORD_EVENT.name(), in.get(
                        ImportField.RECORD_EVENT));
            }
            if (eventDate == null) {
                throw new Refusal("import.row.missing", ImportField.RECORD_EVENT_DATE.name());
            }
            data.put(ImportField.RECORD_EVENT, eventType.name());
            event = new EventInput(eventType, eventDate, null, null, null, null, null, null);
        } else if (eventDate != null) {
            throw new Refusal("import.row.missing", ImportField.RECORD_EVENT.name());
        }
        String[] owner = defaultOwner(user, directory);
        RecordForm form = new RecordForm(kind, code, title, summary,
                level != null ? level : user.has(Role.PROVINCIAL_OFFICER) ? 3 : 2, since, null, severity,
                classification == null ? Clearance.UNCLASSIFIED : classification, owner[0], owner[1],
                user.getUsername(), Set.of(province.getCode()), agency == null ? Set.of() : Set.of(agency.code()),
                Set.of(), Set.of(), null);
        validate(form);
        if (event != null) {
            validate(event);
        }
        return new RecordRow(candidate, data, form, event, province.getCode());
    }

    private Verdict decideRecord(TheodoiUser user, RecordRow row, Map<String, RecordMatch> byCode,
            List<RecordMatch> matches, Set<String> taken) {
        RecordForm form = row.form();
        RecordMatch same = form.code() == null ? null : byCode.get(form.code());
        if (same == null && form.code() != null && taken.contains(form.code())) {
            throw new Refusal("import.row.codeTaken", form.code());
        }
        for (RecordMatch match : matches) {
            if (match != same && match.title().equals(form.title()) && match.provinceCodes().contains(row.province())) {
                throw new Refusal("import.row.duplicateRecord", match.code());
            }
        }
        EventInput event = row.event();
        if (same == null) {
            if (event != null) {
                EventPreview judged = records.previewNew(form.severity(), List.of(event));
                if (!judged.isLawful()) {
                    throw lawRefuses(judged);
                }
            }
            return verdict(row, ImportOutcome.CREATE, null, event);
        }
        if (event != null) {
            RecordView view = records.data(user, same.id());
            boolean known = view.events().stream().anyMatch(e -> e.isCurrent() && e.type() == event.type()
                    && e.date().equals(event.date()));
            if (known) {
                return verdict(row, ImportOutcome.UPDATE, same.id(), null);
            }
            EventPreview judged;
            try {
                judged = records.preview(user, same.id(), event);
            } catch (DomainRuleViolation refused) {
                throw new Refusal(refused.messageKey(), strings(refused.arguments()));
            }
            if (!judged.isLawful()) {
                throw lawRefuses(judged);
            }
        }
        return verdict(row, ImportOutcome.UPDATE, same.id(), event);
    }

    private static Refusal lawRefuses(EventPreview judged) {
        List<String> arguments = new ArrayList<>();
        arguments.add(judged.refusalCode());
        judged.refusalArguments().forEach(a -> arguments.add(String.valueOf(a)));
        return new Refusal("import.row.eventRefused", arguments.toArray(String[]::new));
    }

    private static Verdict verdict(RecordRow row, ImportOutcome outcome, Long target, EventInput event) {
        RecordForm form = row.form();
        return new Verdict(row.candidate().rowNumber(), outcome, null, List.of(), target, form.code(), form.title(),
                form.code(), VietnameseText.fold(form.title()) + "|" + row.province(), row.data(), form, event, null);
    }

    /** The owner the record form proposes: the person's unit (a department's records: the Commission's, with it). */
    private static String[] defaultOwner(TheodoiUser user, OrganizationDirectory directory) {
        OrganizationView own = directory.byId(user.organizationId()).orElse(null);
        if (own != null && own.type() == OrganizationType.DEPARTMENT) {
            return new String[] {own.parentCode(), own.code()};
        }
        return new String[] {user.organizationCode(), null};
    }

    // ------------------------------------------------------------------ tasks

    private List<Verdict> judgeTasks(TheodoiUser user, List<Candidate> chunk) {
        LocalDate today = tasks.today();
        OrganizationDirectory directory = organizations.directory();
        List<Verdict> read = new ArrayList<>(chunk.size());
        Set<String> titles = new HashSet<>();
        for (Candidate candidate : chunk) {
            try {
                Verdict verdict = readTask(candidate, directory, today);
                read.add(verdict);
                titles.add(verdict.title());
            } catch (Refusal refusal) {
                read.add(refused(candidate, refusal));
            }
        }
        Map<String, String> existing = new HashMap<>();
        for (TaskSummary task : tasks.visibleWithTitles(user, titles)) {
            existing.putIfAbsent(VietnameseText.fold(task.title()) + "|" + task.leadOrganizationCode(), task.code());
        }
        List<Verdict> verdicts = new ArrayList<>(chunk.size());
        for (Verdict verdict : read) {
            String duplicate = verdict.accepted() ? existing.get(verdict.titleKey()) : null;
            verdicts.add(duplicate == null ? verdict : new Verdict(verdict.rowNumber(), ImportOutcome.REFUSED,
                    "import.row.duplicateTask", List.of(duplicate), null, null, verdict.title(), null, null,
                    verdict.data(), null, null, null));
        }
        return verdicts;
    }

    private Verdict readTask(Candidate candidate, OrganizationDirectory directory, LocalDate today) {
        Map<ImportField, String> in = candidate.values();
        Map<ImportField, String> data = new EnumMap<>(ImportField.class);
        String title = required(in, ImportField.TASK_TITLE);
        data.put(ImportField.TASK_TITLE, title);
        String leadText = required(in, ImportField.TASK_LEAD);
        OrganizationView lead = organization(directory, leadText, null)
                .orElseThrow(() -> new Refusal("import.row.unknownOrganization", leadText));
        data.put(ImportField.TASK_LEAD, lead.code());
        TaskSourceType source = word(in, ImportField.TASK_SOURCE, sources, false);
        if (source == null) {
            source = TaskSourceType.AD_HOC;
        }
        data.put(ImportField.TASK_SOURCE, source.name());
        String reference = text(in, ImportField.TASK_REFERENCE);
        put(data, ImportField.TASK_REFERENCE, reference);
        LocalDate assigned = pastDate(in, ImportField.TASK_ASSIGNED_ON, today, data);
        LocalDate due = date(in, ImportField.TASK_DUE_DATE);
        put(data, ImportField.TASK_DUE_DATE, due == null ? null : due.toString());
        Clearance classification = word(in, ImportField.TASK_CLASSIFICATION, clearances, false);
        put(data, ImportField.TASK_CLASSIFICATION, classification == null ? null : classification.name());
        if (due != null && assigned != null && due.isBefore(assigned)) {
            throw new Refusal("import.row.dueBeforeAssigned", DateText.format(due), DateText.format(assigned));
        }
        TaskForm form = new TaskForm(title, source, reference, null, null, lead.code(), Set.of(), due,
                classification, List.of(), Set.of(), null, null, null, assigned);
        validate(form);
        return new Verdict(candidate.rowNumber(), ImportOutcome.CREATE, null, List.of(), null, null, title, null,
                VietnameseText.fold(title) + "|" + lead.code(), data, null, null, form);
    }

    // ------------------------------------------------------------------ values

    private static Verdict refused(Candidate candidate, Refusal refusal) {
        Map<ImportField, String> values = candidate.values();
        String title = values.getOrDefault(ImportField.RECORD_TITLE, values.get(ImportField.TASK_TITLE));
        String code = values.get(ImportField.RECORD_CODE);
        return new Verdict(candidate.rowNumber(), ImportOutcome.REFUSED, refusal.reason, refusal.arguments, null,
                cut(code, 40), cut(title, 500), null, null, new EnumMap<>(ImportField.class), null, null, null);
    }

    private static Verdict refused(Candidate candidate, Refusal refusal, RecordRow row) {
        return new Verdict(candidate.rowNumber(), ImportOutcome.REFUSED, refusal.reason, refusal.arguments, null,
                row.form().code(), row.form().title(), null, null, row.data(), null, null, null);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String text(Map<ImportField, String> in, ImportField field) {
        String value = VietnameseText.clean(in.get(field));
        if (value != null && InputText.refusal(value).isPresent()) {
            throw new Refusal("import.row.invalidText", field.name());
        }
        return value;
    }

    private static String required(Map<ImportField, String> in, ImportField field) {
        String value = text(in, field);
        if (value == null) {
            throw new Refusal("import.row.missing", field.name());
        }
        return value;
    }

    private static void put(Map<ImportField, String> data, ImportField field, String value) {
        if (value != null) {
            data.put(field, value);
        }
    }

    private static <E extends Enum<E>> E word(Map<ImportField, String> in, ImportField field,
            Vocabulary<E> vocabulary, boolean required) {
        String value = required ? required(in, field) : text(in, field);
        if (value == null) {
            return null;
        }
        E found = vocabulary.of(value);
        if (found == null) {
            throw new Refusal("import.row.unknownValue", field.name(), value);
        }
        return found;
    }

    private static LocalDate date(Map<ImportField, String> in, ImportField field) {
        String value = text(in, field);
        try {
            return DateText.parse(value);
        } catch (IllegalArgumentException notADate) {
            throw new Refusal("import.row.invalidDate", field.name(), value);
        }
    }

    /** A date of something that happened: not after today. */
    private static LocalDate pastDate(Map<ImportField, String> in, ImportField field, LocalDate today,
            Map<ImportField, String> data) {
        LocalDate day = date(in, field);
        if (day != null && day.isAfter(today)) {
            throw new Refusal("import.row.futureDate", field.name(), DateText.format(day));
        }
        put(data, field, day == null ? null : day.toString());
        return day;
    }

    private void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String template = first.getMessageTemplate();
            throw new Refusal("import.row.invalid", first.getPropertyPath().toString(),
                    template.startsWith("{") ? template.substring(1, template.length() - 1) : template);
        }
    }

    private static Optional<Province> province(OrganizationDirectory directory, String text) {
        Optional<Province> byCode = directory.province(text.toUpperCase(java.util.Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = withoutPrefix(VietnameseText.fold(text), "tinh ", "thanh pho ", "tp. ", "tp ");
        Province former = null;
        for (Province province : directory.provinces()) {
            if (withoutPrefix(VietnameseText.fold(province.getName()), "tinh ", "thanh pho ").equals(folded)) {
                if (province.isCurrent()) {
                    return Optional.of(province);
                }
                former = province;
            }
        }
        return Optional.ofNullable(former);
    }

    private static String withoutPrefix(String folded, String... prefixes) {
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix)) {
                return folded.substring(prefix.length()).strip();
            }
        }
        return folded;
    }

    private static Optional<OrganizationView> organization(OrganizationDirectory directory, String text,
            OrganizationType type) {
        Optional<OrganizationView> byCode = directory.byCode(text.toUpperCase(java.util.Locale.ROOT))
                .or(() -> directory.byCode(text));
        if (byCode.isPresent()) {
            return byCode.filter(o -> type == null || o.type() == type);
        }
        String folded = VietnameseText.fold(text);
        return directory.all().stream().filter(o -> o.active() && (type == null || o.type() == type))
                .filter(o -> VietnameseText.fold(o.name()).equals(folded)
                        || o.shortName() != null && VietnameseText.fold(o.shortName()).equals(folded))
                .findFirst();
    }

    private static String[] strings(Object[] arguments) {
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return texts;
    }

    /** The set, with one more element. */
    static Set<String> with(Set<String> set, String one) {
        Set<String> more = new LinkedHashSet<>(set);
        if (one != null) {
            more.add(one);
        }
        return more;
    }
}
